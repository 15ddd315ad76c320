import type { PlaybookDocument } from '../core/playbook/schema.js';
import { labelOf } from '../core/playbook/labels.js';
import { gateLang, matchesScope, missingFieldRequirements, type GateSubject, type MissingReason } from './gate-rules.js';

/** Pure rules of the stage pipeline: which moves exist and what each move still needs. */

export { applicableFieldRules, checkFieldValue, matchesScope, type GateSubject } from './gate-rules.js';

export interface GateFacts {
  followupsByChannel: Record<string, number>;
  filesByKind: Record<string, number>;
}

export interface MissingItem {
  key: string;
  label: string;
  rule: string;
  ruleName: string;
  kind: 'field' | 'followups' | 'files';
  reason: MissingReason;
  required?: number;
  actual?: number;
}

export type TransitionCheck =
  { ok: true; kind: 'advance' | 'win' | 'lose' } | { ok: false; code: 'UNKNOWN_STAGE' | 'STAGE_CLOSED' | 'STAGE_TRANSITION' | 'LOST_REASON_REQUIRED' };

/** The pipeline is walked one open stage at a time; any open stage may end as lost. */
export function nextStageOf(document: PlaybookDocument, from: string): string | null {
  const pipeline = document.stages.filter((s) => s.kind !== 'lost');
  const index = pipeline.findIndex((s) => s.key === from);
  if (index < 0 || pipeline[index].kind !== 'open') return null;
  return pipeline[index + 1]?.key ?? null;
}

export function checkTransition(document: PlaybookDocument, from: string, to: string, reason: string | undefined): TransitionCheck {
  const current = document.stages.find((s) => s.key === from);
  const target = document.stages.find((s) => s.key === to);
  if (!target) return { ok: false, code: 'UNKNOWN_STAGE' };
  if (!current || current.kind !== 'open') return { ok: false, code: 'STAGE_CLOSED' };
  if (target.kind === 'lost') return reason?.trim() ? { ok: true, kind: 'lose' } : { ok: false, code: 'LOST_REASON_REQUIRED' };
  if (nextStageOf(document, from) !== to) return { ok: false, code: 'STAGE_TRANSITION' };
  return { ok: true, kind: target.kind === 'won' ? 'win' : 'advance' };
}

/** Grade rules that apply to entering `to`; the service counts facts only when one applies. */
export function applicableGradeRules(document: PlaybookDocument, to: string, subject: GateSubject) {
  return document.rules.gradeRules.filter((r) => r.enabled && r.toStage === to && matchesScope(r.scope, subject));
}

/**
 * Every unmet requirement of leaving `from` for `to`, all at once: the stage's required fields
 * (with `fields` already merged from storage and the request) and the grade rules of `to`.
 */
export function missingRequirements(input: {
  document: PlaybookDocument;
  from: string;
  to: string;
  subject: GateSubject;
  fields: Record<string, string>;
  facts: GateFacts;
  now: Date;
  locale: string;
}): MissingItem[] {
  const { document, from, to, subject, fields, facts, now, locale } = input;
  const missing: MissingItem[] = missingFieldRequirements({ document, from, subject, fields, now, locale });
  missing.push(...missingGradeRequirements(document, to, subject, facts, gateLang(locale)));
  return missing;
}

/** The unmet grade rules (visits, proposals…) of entering `to`, given the facts on record. */
export function missingGradeRequirements(document: PlaybookDocument, to: string, subject: GateSubject, facts: GateFacts, lang: 'zh-CN' | 'en'): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const rule of applicableGradeRules(document, to, subject)) {
    for (const req of rule.requirements) {
      const isFollowups = req.kind === 'followups';
      const actual = isFollowups ? (facts.followupsByChannel[req.channel] ?? 0) : (facts.filesByKind[req.fileKind] ?? 0);
      if (actual >= req.min) continue;
      const what = isFollowups
        ? labelOf(
            document.channels.find((c) => c.key === req.channel),
            lang,
            req.channel,
          )
        : labelOf(
            document.fileKinds.find((k) => k.key === req.fileKind),
            lang,
            req.fileKind,
          );
      const label =
        lang === 'en'
          ? `${what}: at least ${req.min} on record (now ${actual})`
          : isFollowups
            ? `${what}记录 ≥ ${req.min} 次（已有 ${actual} 次）`
            : `${what} ≥ ${req.min} 份（已有 ${actual} 份）`;
      missing.push({
        key: isFollowups ? `followups:${req.channel}` : `files:${req.fileKind}`,
        label,
        rule: rule.id,
        ruleName: rule.name,
        kind: req.kind,
        reason: 'insufficient',
        required: req.min,
        actual,
      });
    }
  }
  return missing;
}

/**
 * The stage a contract is signed in: the playbook's `contract` stage, or else its last open stage
 * (the one before the win). Submitting a contract must satisfy every rule of entering it.
 */
export function contractStageOf(document: PlaybookDocument): string | null {
  const open = document.stages.filter((s) => s.kind === 'open');
  return (open.find((s) => s.key === 'contract') ?? open.at(-1))?.key ?? null;
}
