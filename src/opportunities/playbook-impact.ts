import type { AppContext } from '../core/context.js';
import type { ImpactContribution, ImpactInput } from '../core/playbook/impact.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { labelOf, stageOf } from '../core/playbook/service.js';
import { evaluateGate } from './opportunity.service.js';
import { nextStageOf, type MissingItem } from './stage-gate.js';

type Item = NonNullable<ImpactContribution['opportunities']>['items'][number];

/**
 * The draft's effect on the pipeline: every open opportunity's next stage move checked by the
 * same stage gate as a real move (`evaluateGate`), under the draft and under the active version.
 */
export async function opportunityImpact(ctx: AppContext, { draft, active, locale, now }: ImpactInput): Promise<ImpactContribution> {
  const rows = await ctx.db
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .selectAll('opportunities')
    .select(['customers.name as customer_name', 'customers.grade as customer_grade', 'customers.type as customer_type'])
    .where('opportunities.status', '=', 'open')
    .orderBy('opportunities.updated_at', 'desc')
    .execute();
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  const stageLabel = (doc: PlaybookDocument, key: string | null) => (key ? labelOf(stageOf(doc, key), lang, key) : null);
  const check = async (doc: PlaybookDocument, row: (typeof rows)[number]): Promise<{ next: string | null; missing: MissingItem[] | Item['missing'] }> => {
    if (!stageOf(doc, row.stage))
      return {
        next: null,
        missing: [
          {
            key: row.stage,
            label: lang === 'en' ? `Stage "${row.stage}" no longer exists` : `阶段「${row.stage}」已不存在`,
            rule: 'stages',
            ruleName: lang === 'en' ? 'Stages' : '阶段',
            kind: 'stage',
            reason: 'stage_removed',
          },
        ],
      };
    const next = nextStageOf(doc, row.stage);
    return { next, missing: next ? await evaluateGate(ctx.db, doc, row, next, {}, now, locale) : [] };
  };
  const items: Item[] = [];
  let newlyBlocked = 0;
  for (const row of rows) {
    const underDraft = await check(draft, row);
    if (!underDraft.missing.length) continue;
    const blockedNow = (await check(active.document, row)).missing.length > 0;
    if (!blockedNow) newlyBlocked += 1;
    items.push({
      id: row.id,
      name: row.name,
      customerName: row.customer_name,
      stage: row.stage,
      stageLabel: stageLabel(active.document, row.stage) ?? row.stage,
      nextStage: underDraft.next,
      nextStageLabel: stageLabel(draft, underDraft.next),
      blockedNow,
      missing: underDraft.missing.map((m) => ({ key: m.key, label: m.label, rule: m.rule, ruleName: m.ruleName, kind: m.kind, reason: m.reason })),
    });
  }
  // Newly blocked first: those are what the draft changes.
  items.sort((a, b) => Number(a.blockedNow) - Number(b.blockedNow));
  return { opportunities: { checked: rows.length, blocked: items.length, newlyBlocked, items } };
}
