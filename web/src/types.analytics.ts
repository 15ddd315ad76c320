// Shapes of the analytics (贡献度, 雷达图, KPI) and customer-health API responses.

export type ContributionDimension = 'newCustomers' | 'upsell' | 'customerSuccess';
export type DimensionValues = Record<ContributionDimension, number>;

export interface ContributionPhase {
  key: string;
  label: string;
  labelEn: string | null;
  weights: DimensionValues;
}

export interface ContributionItem {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  raw: DimensionValues;
  details: { upsellWonAmount: number; upsellContractAmount: number; csFollowups: number; csmPoints: number; csmEvents: number };
  normalised: DimensionValues;
  score: number;
  rank: number;
}

export interface ContributionReport {
  from: string;
  to: string;
  teamId: string | null;
  playbookVersion: number;
  phases: ContributionPhase[];
  activePhase: string;
  phase: string;
  weights: DimensionValues;
  weightsSource: 'phase' | 'query';
  customerSuccessFollowupPoints: number;
  csmPoints: Record<string, number>;
  formula: string;
  normalisation: string;
  items: ContributionItem[];
}

export type RadarDimension = 'opportunity' | 'solution' | 'negotiation' | 'account';
export type RadarScores = Record<RadarDimension, number>;

export interface RadarComponent {
  key: string;
  weight: number;
  value: number | null;
}

export interface RadarRep {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  scores: RadarScores;
  teamAverage: RadarScores;
  components: Record<RadarDimension, RadarComponent[]>;
  raw: Record<string, number | null>;
}

export interface RadarReport {
  month: string;
  from: string;
  to: string;
  dimensions: { key: RadarDimension; label: string; labelEn: string; formula: string; formulaEn: string }[];
  note: { 'zh-CN': string; en: string };
  teams: { teamId: string | null; teamName: string | null; reps: number; average: RadarScores }[];
  reps: RadarRep[];
}

export interface KpiNumbers {
  leadCycle: { closed: number; avgDays: number | null };
  highIntent: { total: number; answeredInWindow: number; rate: number | null };
  responseSla: { met: number; breached: number; rate: number | null };
  conversion: { arrived: number; converted: number; rate: number | null };
  contractToDelivery: { contracts: number; avgWorkingDays: number | null; avgDays: number | null };
  fakeFollowupRate: number | null;
  effectiveActionDensity: number | null;
}

export interface KpiGroup extends KpiNumbers {
  key: string | null;
  label: string | null;
}

export interface KpiReport {
  from: string;
  to: string;
  groupBy: 'team' | 'region';
  groups: KpiGroup[];
  total: KpiNumbers;
  fakeFollowupAvailable: boolean;
  highIntentStatuses: string[];
  highIntentResponseHours: number;
  definitions: Record<string, string>;
}

export type HealthLevel = 'healthy' | 'attention' | 'risk';
export type HealthComponentKey = 'recency' | 'nps' | 'renewal' | 'complaints';

export interface HealthAlert {
  taskId: string;
  ruleId: string;
  ruleName: string;
  title: string;
  reason: string | null;
  facts: Record<string, unknown>;
  dueAt: string | null;
  createdAt: string;
}

export interface CustomerHealth {
  customerId: string;
  score: number;
  level: HealthLevel;
  components: { key: HealthComponentKey; weight: number; score: number | null; detail: Record<string, string | number | boolean | null> }[];
  alerts: HealthAlert[];
}

export interface HealthAlertRow {
  taskId: string;
  ruleId: string;
  ruleName: string | null;
  title: string;
  reason: string | null;
  facts: Record<string, unknown>;
  dueAt: string | null;
  createdAt: string | null;
  playbookVersion: number | null;
  assigneeId: string;
  assigneeName: string;
  customer: { id: string; name: string; grade: string; health: number | null; level: HealthLevel | null };
}

export interface NpsAnswer {
  id: string;
  score: number;
  rawScore: number;
  scale: number;
  comment: string | null;
  source: string;
  recordedByName: string | null;
  createdAt: string;
}

export interface Complaint {
  id: string;
  customerId: string;
  title: string;
  description: string | null;
  severity: 'low' | 'medium' | 'high';
  status: 'open' | 'closed';
  createdByName: string | null;
  createdAt: string;
  closedAt: string | null;
  resolution: string | null;
}

export interface CsmEvent {
  id: string;
  externalId: string;
  type: string;
  occurredAt: string;
  points: number;
  creditedUserId: string | null;
  creditedUserName: string | null;
}
