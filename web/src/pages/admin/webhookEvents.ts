import type { WebhookEventType } from '../../api/types';

/**
 * Every event a webhook can subscribe to, with its label key. Keyed by the generated type: an
 * event added to the API document and missing here (or misspelt) fails the typecheck.
 */
export const WEBHOOK_EVENT_LABELS = {
  'lead.created': 'webhooks.event.leadCreated',
  'lead.assigned': 'webhooks.event.leadAssigned',
  'lead.sla_breached': 'webhooks.event.leadSlaBreached',
  'opportunity.stage_changed': 'webhooks.event.stageChanged',
  'followup.created': 'webhooks.event.followupCreated',
  'followup.flagged': 'webhooks.event.followupFlagged',
  'contract.submitted': 'webhooks.event.contractSubmitted',
  'contract.frozen': 'webhooks.event.contractFrozen',
  'contract.unfrozen': 'webhooks.event.contractUnfrozen',
  'card.overdue': 'webhooks.event.cardOverdue',
  'payment_anomaly.created': 'webhooks.event.paymentAnomalyCreated',
  'payment_anomaly.resolved': 'webhooks.event.paymentAnomalyResolved',
  'customer.health_alert': 'webhooks.event.healthAlert',
  'chat.concern_raised': 'webhooks.event.concernRaised',
  'contact.saved': 'webhooks.event.contactSaved',
  'quote.sent': 'webhooks.event.quoteSent',
} as const satisfies Record<WebhookEventType, string>;

export const WEBHOOK_EVENTS = Object.keys(WEBHOOK_EVENT_LABELS) as WebhookEventType[];

export const isWebhookEvent = (value: string): value is WebhookEventType => value in WEBHOOK_EVENT_LABELS;
