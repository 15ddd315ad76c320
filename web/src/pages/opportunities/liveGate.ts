import type { MissingRequirement, OpportunityDetail, PlaybookDocument, StageDef } from '../../api/types';
import { missingFieldRequirements } from '../../../../src/opportunities/gate-rules';
import { filledFields } from '../../components/StageFieldInput';

/**
 * The next stage's checklist re-computed from what is typed, with the server's own field rules
 * (shared pure module): stored values merged with the non-empty typed ones, exactly as a stage
 * move merges them. Grade requirements (follow-ups, files) depend on records, not on typing, so
 * they stay as the server last reported them.
 */
export function liveMissing(
  opportunity: OpportunityDetail,
  doc: PlaybookDocument | null,
  typed: Record<string, unknown> | null,
  locale: string,
  now: Date,
): MissingRequirement[] {
  const gate = opportunity.gate;
  if (!gate || !gate.nextStage || !doc || !typed) return gate?.missing ?? [];
  const fields = { ...(opportunity.stageFields?.[opportunity.stage] ?? {}), ...filledFields(typed) };
  const fieldItems = missingFieldRequirements({ document: doc, from: opportunity.stage, subject: gate.subject, fields, now, locale });
  return [...fieldItems, ...gate.missing.filter((item) => item.kind !== undefined && item.kind !== 'field')];
}

export interface CarriedOver {
  value: string;
  stage: string;
}

/**
 * Answers recorded in earlier stages for fields the current stage has not recorded yet: the most
 * recent earlier stage wins. Offered prefilled for the user to confirm, never saved silently.
 */
export function carriedOverFields(opportunity: OpportunityDetail, stages: StageDef[]): Record<string, CarriedOver> {
  const byStage = opportunity.stageFields ?? {};
  const current = byStage[opportunity.stage] ?? {};
  const index = stages.findIndex((s) => s.key === opportunity.stage);
  const result: Record<string, CarriedOver> = {};
  for (const stage of stages.slice(0, Math.max(index, 0))) {
    for (const [key, value] of Object.entries(byStage[stage.key] ?? {})) {
      if (typeof value === 'string' && value.trim() !== '' && !current[key]?.trim()) result[key] = { value, stage: stage.key };
    }
  }
  return result;
}
