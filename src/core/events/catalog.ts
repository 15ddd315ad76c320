/**
 * Every domain event of the app and its payload: the vocabulary capabilities use to react to each
 * other, and later the body of signed outgoing webhooks. Payloads are stable, documented,
 * JSON-serialisable objects (ids, ISO-8601 times, plain values; `null` for "none", never
 * `undefined`), so a payload can be stored or sent as it is. Who publishes and who subscribes:
 * docs/events.md (checked against the modules by src/modules.test.ts).
 *
 * Adding a field is compatible; renaming or removing one is not: add a new event instead.
 */

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

/** A lead arrived (POST /leads, or one row of an import). Carries its first owner, if any. */
export type LeadCreated = {
  leadId: string;
  name: string;
  type: string;
  region: string;
  productLine: string;
  company: string | null;
  source: string | null;
  status: string;
  /** The first owner (given, or dealt round-robin); null while the lead waits in the pool. */
  ownerId: string | null;
  teamId: string | null;
  /** The golden response deadline; null when no response policy covers the lead's type. */
  responseDueAt: string | null;
  via: 'api' | 'import';
  actorId: string | null;
  createdAt: string;
};

/** A lead changed hands after it arrived: claimed from the pool, assigned, or recycled back to the pool. */
export type LeadAssigned = {
  leadId: string;
  /** null: the lead went back to the pool of its region. */
  ownerId: string | null;
  teamId: string | null;
  previousOwnerId: string | null;
  via: 'claim' | 'assign' | 'recycle';
  /** null for the recycling time rule. */
  actorId: string | null;
  assignedAt: string;
};

/** Nobody answered a lead within its golden response time; it was escalated to the supervisor(s). */
export type LeadSlaBreached = {
  leadId: string;
  name: string;
  type: string;
  region: string;
  productLine: string;
  ownerId: string | null;
  teamId: string | null;
  responseDueAt: string;
  /** Users the escalation went to (the team's supervisor, or the region's supervisors for a pool lead). */
  escalatedTo: string[];
  breachedAt: string;
};

/** An opportunity moved through the stage gate: to the next stage, to won, or to lost with a reason. */
export type OpportunityStageChanged = {
  opportunityId: string;
  customerId: string;
  name: string;
  from: string;
  to: string;
  status: 'open' | 'won' | 'lost';
  lostReason: string | null;
  amount: number;
  ownerId: string | null;
  teamId: string | null;
  actorId: string;
  playbookVersion: number;
  changedAt: string;
};

/** A follow-up (跟进记录) was recorded on a lead, customer or opportunity. */
export type FollowupCreated = {
  followupId: string;
  targetType: 'lead' | 'customer' | 'opportunity';
  targetId: string;
  /** The records it touches: the lead, or the customer and (for an opportunity) the opportunity. */
  leadId: string | null;
  customerId: string | null;
  opportunityId: string | null;
  channel: string;
  valueTag: string;
  content: string;
  /** The record's stage (lead status or opportunity stage) when it was written. */
  stage: string | null;
  attachmentIds: string[];
  /** The attachments of kind `recording` (the only files that can have a transcription). */
  recordingIds: string[];
  /** The next follow-up this entry plans; null plans none. */
  nextFollowUpAt: string | null;
  authorId: string;
  /** The author's team when writing (whose texts the near-duplicate check compares). */
  authorTeamId: string | null;
  /** The record's team. */
  teamId: string | null;
  correctsId: string | null;
  createdAt: string;
  /** Customer concerns (playbook `concerns` keys) the author confirmed, e.g. suggested from a voice transcript. */
  concerns: string[];
};

/** The authenticity checks marked a follow-up (疑似雷同, 异常时段, 批量录入, 缺少会话存档): a yellow mark for review, never a refusal. */
export type FollowupFlagged = {
  followupId: string;
  authorId: string;
  flags: {
    kind: 'similar' | 'burst' | 'evidence';
    reason: 'own' | 'teammate' | 'odd_hours' | 'rate' | 'no_chat_evidence';
    matchedFollowupId: string | null;
    similarity: number | null;
  }[];
  /** The follow-up whose check raised the flags: itself, or a later entry that made an earlier one part of a burst. */
  triggeredBy: string;
  flaggedAt: string;
};

/** Both parties confirmed (三方确认) and the rep submitted the contract for approval. */
export type ContractSubmitted = {
  contractId: string;
  number: string;
  title: string;
  amount: number;
  opportunityId: string;
  customerId: string;
  ownerId: string | null;
  teamId: string | null;
  region: string;
  confirmationRound: number;
  actorId: string;
  submittedAt: string;
};

/** A payment anomaly froze an undelivered contract. */
export type ContractFrozen = {
  contractId: string;
  number: string;
  title: string;
  customerId: string;
  ownerId: string | null;
  teamId: string | null;
  /** The status it had, and returns to when unfrozen. */
  previousStatus: string;
  reason: string;
  anomalyId: string | null;
  frozenAt: string;
};

/** The customer's last open payment anomaly was resolved: the contract returned to its previous status. */
export type ContractUnfrozen = {
  contractId: string;
  customerId: string;
  status: string;
  anomalyId: string | null;
  unfrozenAt: string;
};

/** A department's task card passed its working-day SLA unfinished (marked red once). */
export type CardOverdue = {
  cardId: string;
  contractId: string;
  department: 'product' | 'finance' | 'delivery';
  title: string;
  assigneeId: string | null;
  /** The contract's rep and team. */
  ownerId: string | null;
  teamId: string | null;
  dueAt: string;
  overdueAt: string;
};

/** Finance or the ERP reported a customer's payment as abnormal; the customer's undelivered contracts froze. */
export type PaymentAnomalyCreated = {
  anomalyId: string;
  customerId: string;
  /** `overdue`: raised by the receivables' overdue rule. */
  source: 'finance' | 'erp' | 'overdue';
  externalId: string | null;
  reason: string;
  amount: number | null;
  /** Null when the overdue rule raised it. */
  reportedBy: string | null;
  frozenContractIds: string[];
  createdAt: string;
};

/** Finance lifted a payment anomaly; contracts unfroze unless another anomaly of the customer is still open. */
export type PaymentAnomalyResolved = {
  anomalyId: string;
  customerId: string;
  resolution: string;
  resolvedBy: string;
  unfrozenContractIds: string[];
  resolvedAt: string;
};

/** A customer-health condition fired and created one remedial task for the rep. */
export type CustomerHealthAlert = {
  customerId: string;
  /** 'health-inactive' (no interaction for N days), 'health-renewal' (contract ending, no renewal talk), 'health-nps' (NPS below the threshold). */
  rule: string;
  taskId: string;
  assigneeId: string;
  teamId: string | null;
  /** The numbers the rule fired on (idle days, contract and end date, NPS score…), as in the task. */
  facts: JsonObject;
  createdAt: string;
};

/**
 * Newly archived WeCom messages of a customer raised concerns (客户关注点): one event per customer
 * and ingestion call. Carries categories and counts, never the messages' text.
 */
export type ChatConcernRaised = {
  customerId: string;
  ownerId: string | null;
  teamId: string | null;
  /** Each category raised, with how many of the new messages raised it. */
  concerns: { category: string; label: string; count: number }[];
  /** The archived messages that raised them (WeCom msgids). */
  msgids: string[];
  firstRaisedAt: string;
  lastRaisedAt: string;
  archivedAt: string;
};

/** A contact person was added or changed; carries the WeCom external user id the chat archive maps to the customer. */
export type ContactSaved = {
  contactId: string;
  customerId: string;
  wecomExternalUserId: string | null;
  /** The id before this change (null for a new contact or when it had none). */
  previousWecomExternalUserId: string | null;
  actorId: string;
  savedAt: string;
};

/** A quote was sent to the customer; its PDF is stored as a proposal file of the opportunity. */
export type QuoteSent = {
  quoteId: string;
  number: string;
  version: number;
  opportunityId: string;
  customerId: string;
  ownerId: string | null;
  total: number;
  fileId: string;
  actorId: string;
  sentAt: string;
};

type JsonPayloads<T extends { [K in keyof T]: JsonObject }> = T;

/** Event name → payload. A payload that is not plain JSON does not compile. */
export type DomainEvents = JsonPayloads<{
  'lead.created': LeadCreated;
  'lead.assigned': LeadAssigned;
  'lead.sla_breached': LeadSlaBreached;
  'opportunity.stage_changed': OpportunityStageChanged;
  'followup.created': FollowupCreated;
  'followup.flagged': FollowupFlagged;
  'contract.submitted': ContractSubmitted;
  'contract.frozen': ContractFrozen;
  'contract.unfrozen': ContractUnfrozen;
  'card.overdue': CardOverdue;
  'payment_anomaly.created': PaymentAnomalyCreated;
  'payment_anomaly.resolved': PaymentAnomalyResolved;
  'customer.health_alert': CustomerHealthAlert;
  'chat.concern_raised': ChatConcernRaised;
  'contact.saved': ContactSaved;
  'quote.sent': QuoteSent;
}>;

export type EventName = keyof DomainEvents;

/** Every event name, for listings and checks. */
export const EVENT_NAMES = [
  'lead.created',
  'lead.assigned',
  'lead.sla_breached',
  'opportunity.stage_changed',
  'followup.created',
  'followup.flagged',
  'contract.submitted',
  'contract.frozen',
  'contract.unfrozen',
  'card.overdue',
  'payment_anomaly.created',
  'payment_anomaly.resolved',
  'customer.health_alert',
  'chat.concern_raised',
  'contact.saved',
  'quote.sent',
] as const satisfies readonly EventName[];

// Compile-time: the list names every event of the map (an event missing from it does not compile).
type Unlisted = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyEventListed;
