/**
 * The pure field rules of the stage gate, shared by the server (which enforces them) and the web
 * page (which shows the checklist live while the user types). No I/O and only pure imports: the
 * documents are described structurally so both the server's parsed playbook and the web's API type fit.
 */
import { labelOf } from '../core/playbook/labels.js';

export interface GateSubject {
  grade: string;
  type: string;
  region: string;
  productLine: string;
}

export interface GateScope {
  grades?: readonly string[];
  types?: readonly string[];
  regions?: readonly string[];
  productLines?: readonly string[];
}

export interface GateFieldDef {
  key: string;
  label: string;
  labelEn?: string;
  type: string;
  minLength?: number;
  future?: boolean;
}

export interface GateFieldRule {
  id: string;
  name: string;
  enabled: boolean;
  stages: readonly string[];
  fields: readonly string[];
  scope: GateScope;
}

export interface GateRulesDocument {
  fields: readonly GateFieldDef[];
  rules: { stageFields: readonly GateFieldRule[] };
}

export type MissingReason = 'missing' | 'too_short' | 'invalid' | 'not_future' | 'insufficient';

export interface MissingFieldItem {
  key: string;
  label: string;
  rule: string;
  ruleName: string;
  kind: 'field';
  reason: MissingReason;
}

export type GateLang = 'zh-CN' | 'en';

export const gateLang = (locale: string): GateLang => (locale === 'en' ? 'en' : 'zh-CN');

export function matchesScope(scope: GateScope, subject: GateSubject): boolean {
  return (
    (!scope.grades?.length || scope.grades.includes(subject.grade)) &&
    (!scope.types?.length || scope.types.includes(subject.type)) &&
    (!scope.regions?.length || scope.regions.includes(subject.region)) &&
    (!scope.productLines?.length || scope.productLines.includes(subject.productLine))
  );
}

export function applicableFieldRules<R extends GateFieldRule>(document: { rules: { stageFields: readonly R[] } }, from: string, subject: GateSubject): R[] {
  return document.rules.stageFields.filter((r) => r.enabled && r.stages.includes(from) && matchesScope(r.scope, subject));
}

export function checkFieldValue(def: GateFieldDef, value: string | undefined, now: Date): MissingReason | null {
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

export const fieldReasonText: Record<MissingReason, Record<GateLang, string>> = {
  missing: { 'zh-CN': '未填写', en: 'missing' },
  too_short: { 'zh-CN': '内容过短', en: 'too short' },
  invalid: { 'zh-CN': '格式无效', en: 'invalid' },
  not_future: { 'zh-CN': '须晚于当前时间', en: 'must be in the future' },
  insufficient: { 'zh-CN': '数量不足', en: 'not enough' },
};

/** The keys of the fields that leaving `from` requires for this subject, in rule order, once each. */
export function requiredFieldKeys(document: GateRulesDocument, from: string, subject: GateSubject): string[] {
  const keys = new Set<string>();
  for (const rule of applicableFieldRules(document, from, subject)) for (const key of rule.fields) keys.add(key);
  return [...keys].filter((key) => document.fields.some((f) => f.key === key));
}

/** Every unmet field requirement of leaving `from`, given the field values (stored merged with typed). */
export function missingFieldRequirements(input: {
  document: GateRulesDocument;
  from: string;
  subject: GateSubject;
  fields: Record<string, string | undefined>;
  now: Date;
  locale: string;
}): MissingFieldItem[] {
  const { document, from, subject, fields, now } = input;
  const lang = gateLang(input.locale);
  const missing: MissingFieldItem[] = [];
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
  return missing;
}
