// Shapes from docs/api-v1.md. Ids are kept as string | number because the doc does not fix the type.
export type Id = string | number;

export type Role =
  | 'sales'
  | 'supervisor'
  | 'regional_manager'
  | 'director'
  | 'product'
  | 'delivery'
  | 'finance'
  | 'admin';

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

export type GradeRequirement =
  | { kind: 'followups'; channel: string; min: number }
  | { kind: 'files'; fileKind: string; min: number };

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
