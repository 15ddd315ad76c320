import { addBusinessTime, type BusinessHours, type IsWorkingDay } from '../core/calendar/working-time.js';
import type { SlaPolicy } from '../core/playbook/schema.js';

/** Golden response time: pure deadline arithmetic for a lead, from the playbook's SLA policy. */

export interface ResponseDeadline {
  dueAt: Date;
  warnAt: Date;
  policy: SlaPolicy['responsePolicies'][number];
}

const HOUR = 3_600_000;

function later(from: Date, ms: number, clock: 'business' | 'natural', isWorkingDay: IsWorkingDay, hours: BusinessHours): Date {
  return clock === 'business' ? addBusinessTime(from, ms, isWorkingDay, hours) : new Date(from.getTime() + ms);
}

/** Deadline and warning instant for a lead arriving at `arrival`; null when no policy covers its type. */
export function responseDeadline(arrival: Date, type: string, sla: SlaPolicy, isWorkingDay: IsWorkingDay): ResponseDeadline | null {
  const policy = sla.responsePolicies.find((p) => p.type === type);
  if (!policy) return null;
  const duration = policy.hours * HOUR;
  return {
    dueAt: later(arrival, duration, policy.clock, isWorkingDay, sla.businessHours),
    warnAt: later(arrival, Math.round(duration * sla.warnAtRatio), policy.clock, isWorkingDay, sla.businessHours),
    policy,
  };
}

/** When a breached, still unanswered lead goes up to the regional manager. */
export function secondEscalationAt(dueAt: Date, type: string, sla: SlaPolicy, isWorkingDay: IsWorkingDay): Date | null {
  const policy = sla.responsePolicies.find((p) => p.type === type);
  if (!policy) return null;
  return later(dueAt, Math.round(policy.hours * HOUR * sla.secondEscalationRatio), policy.clock, isWorkingDay, sla.businessHours);
}
