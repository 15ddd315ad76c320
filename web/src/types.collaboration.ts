// Shapes from docs/collaboration.md (contracts, task cards, engineers, payment anomalies, report).
import type { Id } from './types';

export type ContractStatus = 'draft' | 'confirming' | 'submitted' | 'approved' | 'delivering' | 'delivered' | 'closed' | 'frozen';
export type Party = 'product' | 'finance';
export type Department = 'product' | 'finance' | 'delivery';

export interface Instalment {
  percent: number;
  milestone: string;
  dueDays: number;
}

export interface PaymentTerms {
  creditDays: number;
  instalments: Instalment[];
}

export interface Clause {
  key: string;
  title: string;
  text: string;
}

export type ParamValue = string | number | boolean;

export interface RequirementEntry {
  template: string;
  item: string;
  params: Record<string, ParamValue>;
}

export interface Requirement {
  items: RequirementEntry[];
  notes?: string;
}

export interface Contract {
  id: Id;
  number: string;
  opportunityId: Id;
  customerId: Id;
  customerName: string | null;
  title: string;
  amount: number;
  paymentTerms: PaymentTerms | null;
  clauses: Clause[];
  requirement: Requirement | null;
  startDate: string | null;
  endDate: string | null;
  status: ContractStatus;
  frozenFrom: ContractStatus | null;
  frozenReason: string | null;
  confirmationRound: number;
  ownerId: Id | null;
  ownerName: string | null;
  teamId: Id | null;
  region: string;
  submittedAt: string | null;
  approvedAt: string | null;
  deliveryStartedAt: string | null;
  deliveredAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type Decision = 'pending' | 'confirmed' | 'vetoed';

export interface Confirmation {
  party: Party;
  assigneeId: Id | null;
  assigneeName: string | null;
  decision: Decision;
  reason: string | null;
  clauseKeys: string[];
  decidedAt: string | null;
  requestedAt: string | null;
}

export interface Blocker {
  party: Party;
  state: 'missing' | 'pending' | 'vetoed';
  reason: string | null;
}

export interface ContractDetail extends Contract {
  paymentTermsComplete: boolean;
  confirmations: Confirmation[];
  blockers: Blocker[];
  requirementDocument: string;
}

export type CardStatus = 'open' | 'paused' | 'done' | 'rejected' | 'cancelled';

export interface CommunicationSummary {
  totalFollowups: number;
  byChannel: Record<string, number>;
  recent: { at: string; channel: string; valueTag: string; excerpt: string }[];
}

export interface CardPayload {
  contract?: {
    number: string;
    title: string;
    amount: number;
    customer: string | null;
    paymentTerms: PaymentTerms | null;
    clauses: Clause[];
    startDate: string | null;
    endDate: string | null;
  };
  communication?: CommunicationSummary;
  requirement?: Requirement | null;
  requirementDocument?: string;
  playbookVersion?: number;
}

export interface TaskCard {
  id: Id;
  contractId: Id;
  contractNumber: string;
  contractTitle: string;
  customerName: string;
  region: string;
  ownerId: Id | null;
  ownerName: string | null;
  department: Department;
  kind: string;
  title: string;
  assigneeId: Id | null;
  assigneeName: string | null;
  status: CardStatus;
  slaDays: number;
  dueAt: string;
  overdue: boolean;
  overdueAt: string | null;
  pausedAt: string | null;
  payload: CardPayload;
  result: Record<string, unknown> | null;
  rejectionReason: string | null;
  completedAt: string | null;
  createdAt: string;
}

export interface CreditCheckResult {
  id: Id;
  provider: 'manual' | 'http';
  ok: boolean;
  rating: string | null;
  score: number | null;
  creditLimit: number | null;
  summary: string | null;
  error: string | null;
}

export interface Booking {
  id: Id;
  startsOn: string;
  endsOn: string;
  note: string | null;
  contractId: Id | null;
  contractNumber: string | null;
  contractTitle: string | null;
}

export interface Engineer {
  id: Id;
  name: string;
  region: string;
  skills: string[];
  bookings: Booking[];
  free: { from: string; to: string }[];
}

export interface EngineerList {
  from: string;
  to: string;
  items: Engineer[];
}

export interface PaymentAnomaly {
  id: Id;
  source: 'finance' | 'erp';
  externalId: string | null;
  status: 'open' | 'resolved';
  reason: string;
  amount: number | null;
  createdAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

export interface CollaborationReport {
  month: string;
  steps: { step: string; label: string; count: number; avgWorkingDays: number | null }[];
  rejectionReasons: { reason: string; count: number }[];
  disputedClauses: { key: string; title: string; count: number }[];
  slaCompliance: { department: Department; label: string; completed: number; onTime: number; rate: number | null; overdueOpen: number }[];
}

export type TemplateParamType = 'text' | 'number' | 'date' | 'boolean';

export interface RequirementTemplate {
  key: string;
  name: string;
  items: { key: string; label: string; params: { key: string; label: string; type: TemplateParamType; unit?: string }[] }[];
}

export interface CollaborationPolicy {
  slaDays: Record<Department, number>;
  requirementTemplates: RequirementTemplate[];
}
