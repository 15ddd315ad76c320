import { describe, expect, it } from 'vitest';
import { playbookDocumentSchema } from '../core/playbook/schema.js';
import { playbookTemplates } from '../core/playbook/templates/index.js';
import { responseDeadline } from '../leads/index.js';
import { contractStageOf, missingRequirements, nextStageOf } from './stage-gate.js';

const now = new Date('2026-11-20T02:00:00.000Z');
const subject = { grade: 'A', type: 'B2B', region: '', productLine: '' };
const alwaysWorking = () => true;

describe('playbook templates', () => {
  it('offers the article’s playbook and three others, each with a unique key', () => {
    expect(playbookTemplates.map((t) => t.key)).toEqual(['b2b_manufacturing', 'store_sales', 'saas', 'medical_devices']);
  });

  for (const template of playbookTemplates) {
    describe(template.key, () => {
      const doc = template.document;

      it('is a valid playbook as stored (nothing left to defaults)', () => {
        const parsed = playbookDocumentSchema.safeParse(doc);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toEqual(doc);
      });

      it('blocks the first move of an empty opportunity, naming its required fields and rule', () => {
        const first = doc.stages[0].key;
        const next = nextStageOf(doc, first)!;
        const missing = missingRequirements({
          document: doc,
          from: first,
          to: next,
          subject: { ...subject, region: doc.regions[0], productLine: doc.productLines[0] },
          fields: {},
          facts: { followupsByChannel: {}, filesByKind: {} },
          now,
          locale: 'zh-CN',
        });
        const rule = doc.rules.stageFields.find((r) => r.stages.includes(first))!;
        expect(missing.map((m) => m.key)).toEqual(rule.fields);
        expect(new Set(missing.map((m) => m.rule))).toEqual(new Set([rule.id]));
      });

      it('holds an A customer back at its grade rule until the evidence is on record', () => {
        const rule = doc.rules.gradeRules[0];
        const before = doc.stages[doc.stages.findIndex((s) => s.key === rule.toStage) - 1].key;
        const region = doc.regions[0];
        const productLine = doc.productLines[0];
        const input = { document: doc, from: before, to: rule.toStage, subject: { ...subject, region, productLine }, fields: {}, now, locale: 'zh-CN' };
        const blocked = missingRequirements({ ...input, facts: { followupsByChannel: {}, filesByKind: {} } }).filter((m) => m.rule === rule.id);
        expect(blocked).toHaveLength(rule.requirements.length);
        const facts = { followupsByChannel: {} as Record<string, number>, filesByKind: {} as Record<string, number> };
        for (const r of rule.requirements) {
          if (r.kind === 'followups') facts.followupsByChannel[r.channel] = r.min;
          else facts.filesByKind[r.fileKind] = r.min;
        }
        expect(missingRequirements({ ...input, facts }).filter((m) => m.rule === rule.id)).toEqual([]);
        expect(contractStageOf(doc)).not.toBeNull();
      });

      it('gives every lead type a response deadline by its own policy', () => {
        for (const policy of doc.sla.responsePolicies) {
          const deadline = responseDeadline(now, policy.type, doc.sla, alwaysWorking)!;
          expect(deadline.policy).toEqual(policy);
          expect(deadline.dueAt.getTime()).toBeGreaterThan(now.getTime());
          expect(deadline.warnAt.getTime()).toBeLessThan(deadline.dueAt.getTime());
        }
      });
    });
  }

  it('store sales answers a walk-in within the hour and runs without cross-department cards', () => {
    const store = playbookTemplates.find((t) => t.key === 'store_sales')!.document;
    const deadline = responseDeadline(now, 'B2C', store.sla, alwaysWorking)!;
    expect(deadline.dueAt.getTime() - now.getTime()).toBe(3_600_000);
    expect(store.modules.collaboration).toBe(false);
  });
});
