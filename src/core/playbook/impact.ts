import { z } from 'zod';
import { dateTimeString } from '../http/common.js';
import { permissionSchema } from '../auth/roles.js';
import type { Transaction } from 'kysely';
import type { Permission } from '../auth/roles.js';
import type { DB } from '../db/schema.js';
import type { ModuleSwitch, PlaybookDocument } from './schema.js';

/**
 * The impact preview: what publishing a draft would change on the current data, without changing
 * it. Each capability that owns a rule contributes its part (`CapabilityModule.playbookImpact`),
 * computed with its own pure rule functions; the core adds module switches and permissions.
 */

const missingItemSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    rule: z.string().meta({ description: 'The rule id in the playbook' }),
    ruleName: z.string(),
    kind: z.enum(['field', 'followups', 'files', 'stage']),
    reason: z.string(),
  })
  .meta({ id: 'PlaybookImpactMissing' });

const blockedOpportunitySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    customerName: z.string(),
    stage: z.string(),
    stageLabel: z.string(),
    nextStage: z.string().nullable(),
    nextStageLabel: z.string().nullable(),
    blockedNow: z.boolean().meta({ description: 'Whether the active version already blocks this move' }),
    missing: z.array(missingItemSchema),
  })
  .meta({ id: 'PlaybookImpactOpportunity' });

const movedLeadSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    dueAt: dateTimeString.nullable().meta({ description: 'The response deadline now' }),
    draftDueAt: dateTimeString.nullable().meta({ description: 'The response deadline under the draft' }),
    shiftMinutes: z.number().nullable().meta({ description: 'Later (+) or earlier (−), in minutes; null when one side has no deadline' }),
  })
  .meta({ id: 'PlaybookImpactLead' });

const timeRuleImpactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    effect: z
      .enum(['fires', 'stops', 'resumes'])
      .meta({ description: 'fires: acts at the next tick on `count` records; stops/resumes: its module is switched' }),
    count: z.number().int(),
  })
  .meta({ id: 'PlaybookImpactTimeRule' });

const permissionChangeSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    lost: z.array(permissionSchema),
    gained: z.array(permissionSchema),
  })
  .meta({ id: 'PlaybookImpactPermission' });

export const impactReportSchema = z
  .object({
    activeVersion: z.number().int(),
    opportunities: z.object({ checked: z.number().int(), blocked: z.number().int(), newlyBlocked: z.number().int(), items: z.array(blockedOpportunitySchema) }),
    leads: z.object({ checked: z.number().int(), moved: z.number().int(), items: z.array(movedLeadSchema) }),
    timeRules: z.array(timeRuleImpactSchema),
    permissions: z.array(permissionChangeSchema),
    modules: z.object({ switchedOff: z.array(z.string()), switchedOn: z.array(z.string()) }),
  })
  .meta({ id: 'PlaybookImpact', description: 'What publishing the draft would change on the current data (nothing is changed)' });

export type ImpactReport = z.infer<typeof impactReportSchema>;

/** What one capability contributes to the preview. */
export interface ImpactContribution {
  opportunities?: ImpactReport['opportunities'];
  leads?: ImpactReport['leads'];
  timeRules?: ImpactReport['timeRules'];
}

export interface ImpactInput {
  draft: PlaybookDocument;
  active: { version: number; document: PlaybookDocument };
  locale: string;
  now: Date;
}

/** A module as the playbook sees it: its switch, its permissions, its time rules and its preview. */
export interface RegisteredModule {
  name: string;
  switch?: ModuleSwitch;
  permissions: readonly Permission[];
  sections: readonly string[];
  timeRules: { id: string; name: string }[];
  impact?: (input: ImpactInput) => Promise<ImpactContribution>;
  published?: (trx: Transaction<DB>, change: PublishedChange) => Promise<void>;
}

/** A version just published, inside its transaction: modules adapt the state the playbook plans (e.g. deadlines). */
export interface PublishedChange {
  version: number;
  before: PlaybookDocument | null;
  after: PlaybookDocument;
}
