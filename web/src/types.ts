// Shapes from docs/api-v1.md. Ids are kept as string | number because the doc does not fix the type.
export type Id = string | number;

export type Role = 'sales' | 'supervisor' | 'regional_manager' | 'director' | 'product' | 'delivery' | 'finance' | 'admin';

export type Locale = 'zh-CN' | 'en';

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Team {
  id: Id;
  name: string;
  region: string;
  supervisorId: Id | null;
  parentTeamId: Id | null;
  /** Language of the team's group bots and e-mail. */
  locale: Locale;
  createdAt: string;
}

export interface User {
  id: Id;
  username: string;
  displayName: string;
  role: Role;
  teamId: Id | null;
  active: boolean;
  locale: string | null;
  createdAt: string;
}

export interface Me extends Omit<User, 'active' | 'createdAt'> {
  scope?: unknown;
  team?: Team | null;
}

export interface LabeledItem {
  key: string;
  label: string;
  labelEn?: string;
}

export interface StageDef extends LabeledItem {
  kind: 'open' | 'won' | 'lost';
}

export interface FieldDef extends LabeledItem {
  type: 'text' | 'datetime';
  hint?: string;
  minLength?: number;
  /** datetime that must lie in the future when checked */
  future?: boolean;
}

export interface RuleScope {
  grades?: string[];
  types?: string[];
  regions?: string[];
  productLines?: string[];
}

export interface StageFieldRule {
  id: string;
  name: string;
  enabled: boolean;
  scope?: RuleScope;
  stages: string[];
  fields: string[];
}

export type GradeRequirement = { kind: 'followups'; channel: string; min: number } | { kind: 'files'; fileKind: string; min: number };

export interface GradeRule {
  id: string;
  name: string;
  enabled: boolean;
  scope?: RuleScope;
  toStage: string;
  requirements: GradeRequirement[];
}

// Regions and product lines may be plain strings or labelled items depending on the playbook.
export type Choice = string | LabeledItem;

export interface PlaybookDocument {
  name: string;
  stages: StageDef[];
  fields: FieldDef[];
  channels: LabeledItem[];
  valueTags: LabeledItem[];
  fileKinds?: Choice[];
  regions: Choice[];
  productLines: Choice[];
  rules: { stageFields: StageFieldRule[]; gradeRules: GradeRule[] };
  leadSources?: string[];
  thresholds: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface Playbook {
  version: number;
  createdAt: string;
  document: PlaybookDocument;
}

export interface PlaybookVersion {
  version: number;
  createdAt: string;
  createdBy: Id | string | null;
  note: string | null;
}

export type LeadType = 'B2B' | 'B2C';
export type Grade = 'A' | 'B' | 'C' | 'D';

export interface Lead {
  id: Id;
  name: string;
  type: LeadType;
  region: string;
  productLine: string;
  phone: string | null;
  company: string | null;
  source: string | null;
  status: string;
  ownerId: Id | null;
  ownerName: string | null;
  teamId: Id | null;
  customerId: Id | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string | null;
  // Time engine (docs/time-engine.md); optional so an older server still renders.
  responseDueAt?: string | null;
  responseWarnAt?: string | null;
  slaStatus?: SlaStatus;
  respondedAt?: string | null;
  escalationLevel?: number;
  poolSince?: string | null;
}

export interface Customer {
  id: Id;
  name: string;
  type: LeadType;
  grade: Grade;
  region: string;
  industry: string | null;
  phone: string | null;
  ownerId: Id | null;
  ownerName: string | null;
  teamId: Id | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string | null;
}

export interface MissingItem {
  key: string;
  /** Localised by the server; grade-rule labels already include required and actual counts. */
  label: string;
  rule: string;
  ruleName?: string;
  kind?: 'field' | 'followups' | 'files';
  reason?: string;
}

export interface StageHistoryEntry {
  [key: string]: unknown;
}

export interface Opportunity {
  id: Id;
  customerId: Id;
  customerName: string;
  customerGrade: Grade;
  name: string;
  amount: number | string;
  productLine: string;
  region: string;
  stage: string;
  status: 'open' | 'won' | 'lost';
  lostReason: string | null;
  stageEnteredAt: string;
  ownerId: Id | null;
  ownerName: string | null;
  teamId: Id | null;
  /** Values of the current stage's fields. */
  fields: Record<string, unknown>;
  /** Values recorded in earlier stages, by stage key. */
  stageFields: Record<string, Record<string, unknown>> | null;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string | null;
}

export interface OpportunityDetail extends Opportunity {
  history?: StageHistoryEntry[];
  gate?: { nextStage: string | null; missing: MissingItem[] };
}

export type FollowUpTarget = 'lead' | 'customer' | 'opportunity';

export interface FileRef {
  id: Id;
  name: string;
  kind: string;
  mime: string;
  size: number;
}

export interface FollowUp {
  id: Id;
  targetType: FollowUpTarget;
  targetId: Id;
  channel: string;
  valueTag: string;
  content: string;
  attachments: FileRef[];
  nextFollowUpAt: string | null;
  stage: string | null;
  authorId: Id;
  authorName: string;
  correctsId: Id | null;
  createdAt: string;
  flags?: unknown;
}

export interface ApiToken {
  id: Id;
  name: string;
  scopes: string[];
  expiresAt: string | null;
  createdAt?: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  secret?: string;
  token?: string;
}

export interface AuditEntry {
  id: Id;
  [key: string]: unknown;
}

// ---- Time engine (docs/time-engine.md) ----

export type SlaStatus = 'pending' | 'warned' | 'breached' | 'met';

export interface HealthInfo {
  ok: boolean;
  database?: string;
  time?: string;
}

export interface Notification {
  id: Id;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  severity: 'info' | 'warning' | 'critical' | string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList extends ListResult<Notification> {
  unread: number;
}

export type QueueKind = 'first_response' | 'follow_up' | 'task';
export type QueueState = 'upcoming' | 'due_soon' | 'overdue';

export interface QueueItem {
  key: string;
  kind: QueueKind;
  entityType: string | null;
  entityId: Id | null;
  title: string;
  dueAt: string | null;
  state: QueueState;
  ownerId: Id | null;
  ownerName: string | null;
  slaStatus?: SlaStatus | string;
  task?: { id: Id; ruleId: string | null; ruleName: string | null; reason: string | null; facts: Record<string, unknown> };
}

export interface QueueResult {
  items: QueueItem[];
  counts: { overdue: number; dueSoon: number; upcoming: number };
}

export interface StaleGroup {
  key: string | null;
  label: string;
  count: number;
}

export interface StaleItem {
  entityType: 'lead' | 'opportunity';
  id: Id;
  name: string;
  region: string;
  productLine: string;
  ownerId: Id | null;
  ownerName: string | null;
  teamId: Id | null;
  teamName: string | null;
  status: string;
  stage: string | null;
  lastActivityAt: string;
  idleHours: number;
}

export interface StaleReport extends ListResult<StaleItem> {
  generatedAt: string;
  thresholdHours: number;
  groups: { region: StaleGroup[]; productLine: StaleGroup[]; owner: StaleGroup[] };
}

export interface TeamChannels {
  feishu: { url: string; hasSecret: boolean } | null;
  wecom: { url: string } | null;
  email: { to: string[] } | null;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';
export type OutboxChannel = 'feishu' | 'wecom' | 'email';

export interface OutboxItem {
  id: number;
  channel: OutboxChannel | string;
  target: string;
  title: string;
  status: OutboxStatus | string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

export interface OutboxAttempt {
  attempt: number;
  at: string | null;
  ok: boolean;
  httpStatus: number | null;
  code: string | null;
  response: string | null;
  error?: string | null;
  durationMs: number | null;
}

export interface CalendarDay {
  date: string;
  working: boolean;
  source: 'official' | 'weekday' | 'override';
  name: string | null;
}

export interface CalendarYear {
  year: number;
  official: boolean;
  warning: string | null;
  businessHours: { start: string; end: string; timeZone: string };
  days: CalendarDay[];
}

export interface ClockAdvanceResult {
  now: string;
  fired: Record<string, number>;
  delivered?: { sent: number; retried: number; dead: number; deferred: number };
}

export interface SchedulerRule {
  id: string;
  name: string;
  kind?: 'sweep' | 'daily' | string;
  lastRunAt?: string | null;
  lastResult?: unknown;
}
