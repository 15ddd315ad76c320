import { labelOf } from '../core/playbook/service.js';
import type { FieldDef, PlaybookDocument, PlaybookScope } from '../core/playbook/schema.js';

/** Pure rules of the stage pipeline: which moves exist and what each move still needs. */

export interface GateSubject {
  grade: string;
  type: string;
  region: string;
  productLine: string;
}

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
  reason: 'missing' | 'too_short' | 'invalid' | 'not_future' | 'insufficient';
  required?: number;
  actual?: number;
}

export type TransitionCheck =
  { ok: true; kind: 'advance' | 'win' | 'lose' } | { ok: false; code: 'UNKNOWN_STAGE' | 'STAGE_CLOSED' | 'STAGE_TRANSITION' | 'LOST_REASON_REQUIRED' };

export function matchesScope(scope: PlaybookScope, subject: GateSubject): boolean {
  return (
    (!scope.grades?.length || scope.grades.includes(subject.grade as never)) &&
    (!scope.types?.length || scope.types.includes(subject.type as never)) &&
    (!scope.regions?.length || scope.regions.includes(subject.region)) &&
    (!scope.productLines?.length || scope.productLines.includes(subject.productLine))
  );
}

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

export function checkFieldValue(def: FieldDef, value: string | undefined, now: Date): MissingItem['reason'] | null {
  const text = value?.trim() ?? '';
  if (!text) return 'missing';
  if (def.type === 'datetime') {
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) return 'invalid';
    if (def.future && at.getTime() <= now.getTime()) return 'not_future';
    return null;
  }
  return text.length < (def.minLength ?? 1) ? 'too_short' : null;
}

/** Grade rules that apply to entering `to`; the service counts facts only when one applies. */
export function applicableGradeRules(document: PlaybookDocument, to: string, subject: GateSubject) {
  return document.rules.gradeRules.filter((r) => r.enabled && r.toStage === to && matchesScope(r.scope, subject));
}

export function applicableFieldRules(document: PlaybookDocument, from: string, subject: GateSubject) {
  return document.rules.stageFields.filter((r) => r.enabled && r.stages.includes(from) && matchesScope(r.scope, subject));
}

const fieldReasonText: Record<MissingItem['reason'], { 'zh-CN': string; en: string }> = {
  missing: { 'zh-CN': '未填写', en: 'missing' },
  too_short: { 'zh-CN': '内容过短', en: 'too short' },
  invalid: { 'zh-CN': '格式无效', en: 'invalid' },
  not_future: { 'zh-CN': '须晚于当前时间', en: 'must be in the future' },
  insufficient: { 'zh-CN': '数量不足', en: 'not enough' },
};

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
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const missing: MissingItem[] = [];
  const seen = new Set<string>();
  for (const rule of applicableFieldRules(document, from, subject)) {
    for (const key of rule.fields) {
      const def = document.fields.find((f) => f.key === key);
      if (!def || seen.has(key)) continue;
      seen.add(key);
      const reason = checkFieldValue(def, fields[key], now);
      if (!reason) continue;
      const label = labelOf(def, lang, key);
      missing.push({
        key,
        label: reason === 'missing' ? label : `${label}（${fieldReasonText[reason][lang]}）`,
        rule: rule.id,
        ruleName: rule.name,
        kind: 'field',
        reason,
      });
    }
  }
  missing.push(...missingGradeRequirements(document, to, subject, facts, lang));
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
