import { z } from 'zod';

/**
 * The authenticity rules a flag can come from, by the id the playbook designer links to
 * (`GET /playbook/rules/{rule}/decisions`): each is raised under the thresholds of the playbook's
 * `authenticity` section (near_duplicate: similarityThreshold, lookbackDays; odd_hours: oddHours;
 * burst: burst.windowMinutes / maxEntries; no_chat_evidence: the chat archive of the day).
 */
export const FLAG_RULES = ['near_duplicate', 'odd_hours', 'burst', 'no_chat_evidence'] as const;
export type FlagRule = (typeof FLAG_RULES)[number];

export const flagRuleSchema = z.enum(FLAG_RULES).meta({
  id: 'FollowupFlagRule',
  description: 'The rule that raised a flag: near_duplicate (疑似雷同), odd_hours (异常时段), burst (批量录入), no_chat_evidence (缺少会话存档)',
});

/** The rule of a stored flag, from its kind and reason. */
export function flagRuleOf(kind: string, reason: string): FlagRule {
  if (kind === 'similar') return 'near_duplicate';
  if (reason === 'odd_hours') return 'odd_hours';
  if (reason === 'no_chat_evidence') return 'no_chat_evidence';
  return 'burst';
}
