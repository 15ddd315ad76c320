import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Json<T extends object | null = Record<string, unknown>> = JSONColumnType<T, string, string>;

export interface TeamsTable {
  id: string;
  name: string;
  region: string;
  supervisor_id: string | null;
  parent_team_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  team_id: string | null;
  active: boolean;
  locale: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface PlaybooksTable {
  version: number;
  document: Json;
  created_at: Timestamp;
  created_by: string | null;
  note: string | null;
}

export interface FilesTable {
  id: string;
  name: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  storage_path: string;
  uploaded_by: string;
  created_at: Timestamp;
}

export interface LeadsTable {
  id: string;
  name: string;
  type: string;
  region: string;
  product_line: string;
  phone: string | null;
  company: string | null;
  source: string | null;
  status: string;
  owner_id: string | null;
  team_id: string | null;
  customer_id: string | null;
  assigned_at: NullableTimestamp;
  first_contact_at: NullableTimestamp;
  next_follow_up_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_activity_at: Timestamp;
}

export interface CustomersTable {
  id: string;
  name: string;
  type: string;
  grade: string;
  region: string;
  industry: string | null;
  phone: string | null;
  owner_id: string | null;
  team_id: string | null;
  lead_id: string | null;
  next_follow_up_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_activity_at: Timestamp;
}

export interface OpportunitiesTable {
  id: string;
  customer_id: string;
  name: string;
  amount: number;
  product_line: string;
  region: string;
  stage: string;
  status: string;
  lost_reason: string | null;
  stage_entered_at: Timestamp;
  stage_fields: Json<Record<string, Record<string, string>>>;
  owner_id: string | null;
  team_id: string | null;
  next_follow_up_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_activity_at: Timestamp;
}

export interface StageChangesTable {
  id: Generated<number>;
  opportunity_id: string;
  from_stage: string | null;
  to_stage: string;
  actor_id: string | null;
  reason: string | null;
  playbook_version: number;
  at: Timestamp;
}

export interface FollowupsTable {
  id: string;
  target_type: string;
  target_id: string;
  lead_id: string | null;
  customer_id: string | null;
  opportunity_id: string | null;
  channel: string;
  value_tag: string;
  content: string;
  next_follow_up_at: NullableTimestamp;
  stage: string | null;
  author_id: string;
  team_id: string | null;
  corrects_id: string | null;
  created_at: Timestamp;
}

export interface FollowupAttachmentsTable {
  followup_id: string;
  file_id: string;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: Json<object>;
  prev_hash: string;
  hash: string;
}

export interface DB {
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  playbooks: PlaybooksTable;
  files: FilesTable;
  leads: LeadsTable;
  customers: CustomersTable;
  opportunities: OpportunitiesTable;
  stage_changes: StageChangesTable;
  followups: FollowupsTable;
  followup_attachments: FollowupAttachmentsTable;
  audit_log: AuditLogTable;
}
