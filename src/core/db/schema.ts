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
  /** Language of the team's group bots and e-mail: 'zh-CN' | 'en'. */
  locale: Generated<string>;
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
  /** The region a user without a team works (delivery, product, finance); a team's region wins. */
  region: string | null;
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

export interface PlaybookDraftsTable {
  id: string;
  document: Json;
  base_version: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ImportJobsTable {
  id: string;
  kind: string;
  user_id: string;
  filename: string;
  state: string;
  mode: string | null;
  locale: string;
  headers: Json<string[]>;
  cells: Json<unknown[][]>;
  mapping: Json<Record<string, string | null>> | null;
  total: number;
  validated: Generated<number>;
  processed: Generated<number>;
  created: Generated<number>;
  skipped: Generated<number>;
  failed: Generated<number>;
  problems: ColumnType<{ line: number; reasons: string[] }[], string | undefined, string>;
  error: string | null;
  claimed_by: string | null;
  heartbeat_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface ImportMappingsTable {
  user_id: string;
  kind: string;
  mapping: Json<Record<string, string | null>>;
  updated_at: Timestamp;
}

export interface SavedViewsTable {
  id: string;
  user_id: string;
  list: string;
  name: string;
  query: string;
  created_at: Timestamp;
}

export interface TranscriptionsTable {
  id: string;
  file_id: string;
  requested_by: string;
  status: string;
  provider: string;
  language: string;
  text: string | null;
  segments: ColumnType<{ start: number; end: number; text: string }[], string | undefined, string>;
  detected_language: string | null;
  error: string | null;
  attempts: Generated<number>;
  next_attempt_at: NullableTimestamp;
  claimed_at: NullableTimestamp;
  followup_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  completed_at: NullableTimestamp;
}

export interface FollowupConcernsTable {
  followup_id: string;
  category: string;
  created_at: Timestamp;
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
  /** When a record took the file (null: not yet, or stored before 0024 and not yet looked at by the purge rule). */
  attached_at: Timestamp | null;
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
  response_due_at: NullableTimestamp;
  response_warn_at: NullableTimestamp;
  sla_status: ColumnType<string, string | undefined, string>;
  responded_at: NullableTimestamp;
  escalation_level: ColumnType<number, number | undefined, number>;
  next_escalation_at: NullableTimestamp;
  pool_since: NullableTimestamp;
  unassigned_alerted_at: NullableTimestamp;
  recycle_reminded_at: NullableTimestamp;
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
  /** The last_activity_at the 30-day silence alert last fired for (health rules). */
  health_inactive_for: NullableTimestamp;
  address: ColumnType<string | null, string | null | undefined, string | null>;
  /** WGS-84 coordinates (both or neither). */
  lat: ColumnType<number | null, number | null | undefined, number | null>;
  lng: ColumnType<number | null, number | null | undefined, number | null>;
  /** Where the coordinates came from: manual, import, geocoder, demo. */
  geo_source: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** 'YYYY-MM-DD' (read as a string, see connect.ts). */
  expected_close_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** null: the playbook's default for the stage. */
  win_probability: ColumnType<number | null, number | null | undefined, number | null>;
  competitors: ColumnType<string[], string | undefined, string>;
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
  /** The queued entry it was chained from (null for entries chained before the queue kept ids). */
  pending_id: number | null;
}

export interface AuthFailuresTable {
  id: Generated<number>;
  username: string;
  address: string;
  reason: string;
  at: Timestamp;
}

export interface AuthLockoutsTable {
  username: string;
  locked_until: Timestamp;
  level: number;
  failures_after: number;
  updated_at: Timestamp;
}

export interface CalendarDaysTable {
  day: string;
  working: boolean;
  source: string;
  name: string | null;
}

export interface CalendarOverridesTable {
  day: string;
  working: boolean;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface JobRunsTable {
  job: string;
  slot: string;
  node: string;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
  result: ColumnType<unknown, string | null | undefined, string | null>;
}

/** State all app nodes share (0017): the time machine's clock. */
export interface ClusterStateTable {
  key: string;
  value: Json;
  updated_at: Timestamp;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  severity: string;
  title: string;
  body: string;
  link: string | null;
  data: Json<Record<string, unknown>>;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface TeamChannelsTable {
  team_id: string;
  feishu_url: string | null;
  feishu_secret: string | null;
  wecom_url: string | null;
  email_to: string[] | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface WebhooksTable {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  active: boolean;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  dedupe_key: string;
  channel: string;
  target_key: string;
  target: Json<Record<string, unknown>>;
  message: Json<Record<string, unknown>>;
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface OutboxAttemptsTable {
  id: Generated<number>;
  outbox_id: number;
  attempt: number;
  at: Timestamp;
  ok: boolean;
  http_status: number | null;
  code: string | null;
  response: string | null;
  error: string | null;
  duration_ms: number;
}

export interface TasksTable {
  id: string;
  kind: string;
  title: string;
  assignee_id: string;
  team_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  rule_id: string | null;
  reason: string | null;
  facts: Json<Record<string, unknown>>;
  playbook_version: number | null;
  due_at: NullableTimestamp;
  status: ColumnType<string, string | undefined, string>;
  dedupe_key: string | null;
  created_at: Timestamp;
  completed_at: NullableTimestamp;
  completed_by: string | null;
  completion_note: string | null;
}

export interface AssignmentCursorsTable {
  route_key: string;
  position: number;
}

export interface ContractsTable {
  id: string;
  number: string;
  opportunity_id: string;
  customer_id: string;
  title: string;
  amount: number;
  payment_terms: ColumnType<PaymentTerms | null, string | null | undefined, string | null>;
  clauses: ColumnType<ContractClause[], string | undefined, string>;
  requirement: ColumnType<RequirementDocument | null, string | null | undefined, string | null>;
  start_date: string | null;
  end_date: string | null;
  status: string;
  frozen_from: string | null;
  frozen_reason: string | null;
  confirmation_round: ColumnType<number, number | undefined, number>;
  owner_id: string | null;
  team_id: string | null;
  region: string;
  submitted_at: NullableTimestamp;
  approved_at: NullableTimestamp;
  delivery_started_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  signed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PaymentTerms {
  /** 账期: days after invoice */
  creditDays: number;
  instalments: { percent: number; milestone: string; dueDays: number }[];
}

export interface ContractClause {
  key: string;
  title: string;
  text: string;
}

export interface RequirementDocument {
  items: { template: string; item: string; params: Record<string, string | number | boolean> }[];
  notes?: string;
}

export interface ContractConfirmationsTable {
  id: string;
  contract_id: string;
  round: number;
  party: string;
  assignee_id: string | null;
  decision: string;
  reason: string | null;
  clause_keys: ColumnType<string[], string[] | undefined, string[]>;
  decided_by: string | null;
  requested_at: Timestamp;
  decided_at: NullableTimestamp;
}

export interface TaskCardsTable {
  id: string;
  contract_id: string;
  department: string;
  kind: string;
  title: string;
  assignee_id: string | null;
  status: string;
  payload: Json<Record<string, unknown>>;
  sla_days: number;
  due_at: Timestamp;
  remaining_ms: number | null;
  paused_at: NullableTimestamp;
  overdue_at: NullableTimestamp;
  result: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  rejection_reason: string | null;
  completed_by: string | null;
  completed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface CreditChecksTable {
  id: string;
  card_id: string;
  customer_id: string;
  provider: string;
  ok: boolean;
  rating: string | null;
  score: number | null;
  credit_limit: number | null;
  summary: string | null;
  raw_response: string | null;
  error: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface EngineersTable {
  id: string;
  name: string;
  region: string;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  user_id: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}

export interface EngineerBookingsTable {
  id: string;
  engineer_id: string;
  contract_id: string | null;
  starts_on: string;
  ends_on: string;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PaymentAnomaliesTable {
  id: string;
  customer_id: string;
  external_id: string | null;
  source: string;
  status: string;
  reason: string;
  amount: number | null;
  reported_by: string | null;
  created_at: Timestamp;
  resolved_by: string | null;
  resolved_at: NullableTimestamp;
  resolution: string | null;
}

export interface AuditPendingTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  data: Json<object>;
}

export interface FollowupFingerprintsTable {
  followup_id: string;
  author_id: string;
  team_key: string;
  normalized: string;
  created_at: Timestamp;
}

export interface FollowupLshBucketsTable {
  band: number;
  bucket: number;
  team_key: string;
  created_at: Timestamp;
  followup_id: string;
}

export interface FollowupFlagsTable {
  id: string;
  followup_id: string;
  author_id: string;
  kind: string;
  reason: string;
  details: Json<Record<string, unknown>>;
  matched_followup_id: string | null;
  similarity: number | null;
  status: ColumnType<string, string | undefined, string>;
  reviewed_by: string | null;
  review_comment: string | null;
  reviewed_at: NullableTimestamp;
  playbook_version: number | null;
  created_at: Timestamp;
}

export interface SpotChecksTable {
  id: string;
  supervisor_id: string;
  week: string;
  followup_id: string;
  position: number;
  verdict: string | null;
  comment: string | null;
  judged_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface CsmEventsTable {
  id: string;
  external_id: string;
  customer_id: string;
  type: string;
  occurred_at: Timestamp;
  points: number;
  credited_user_id: string | null;
  credited_team_id: string | null;
  payload: Json<Record<string, unknown>>;
  received_by: string | null;
  created_at: Timestamp;
}

export interface NpsResponsesTable {
  id: string;
  seq: Generated<number>;
  customer_id: string;
  /** 0–100 (a 0–10 answer is stored ×10). */
  score: number;
  raw_score: number;
  scale: number;
  comment: string | null;
  source: string;
  csm_event_id: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
  evaluated_at: NullableTimestamp;
}

export interface ComplaintsTable {
  id: string;
  customer_id: string;
  title: string;
  description: string | null;
  severity: string;
  status: string;
  created_by: string | null;
  created_at: Timestamp;
  closed_by: string | null;
  closed_at: NullableTimestamp;
  resolution: string | null;
  category: string | null;
}

export interface ReceivablesTable {
  id: string;
  contract_id: string;
  customer_id: string;
  seq: number;
  milestone: string;
  percent: number;
  amount: number;
  received: ColumnType<number, number | undefined, number>;
  due_date: string;
  status: string;
  paid_at: NullableTimestamp;
  overdue_raised_at: NullableTimestamp;
  anomaly_id: string | null;
  owner_id: string | null;
  team_id: string | null;
  region: string;
  created_at: Timestamp;
}

export interface PaymentsTable {
  id: string;
  contract_id: string;
  customer_id: string;
  amount: number;
  received_at: Timestamp;
  reference: string;
  via: string;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface PaymentAllocationsTable {
  payment_id: string;
  receivable_id: string;
  amount: number;
}

export interface ContractRenewalsTable {
  contract_id: string;
  opportunity_id: string;
  source: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SlaCommitmentsTable {
  id: string;
  customer_id: string;
  contract_id: string | null;
  response_hours: number | null;
  onsite_hours: number | null;
  uptime_percent: number | null;
  free_services: ColumnType<string[], string[] | undefined, string[]>;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SitePhotosTable {
  id: string;
  customer_id: string;
  file_id: string;
  caption: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ChatStaffIdentitiesTable {
  wecom_user_id: string;
  user_id: string;
  updated_at: Timestamp;
}

export interface ChatExternalContactsTable {
  external_user_id: string;
  customer_id: string;
  name: string | null;
  updated_at: Timestamp;
}

export interface ChatConsentEventsTable {
  msgid: string;
  external_user_id: string;
  kind: string;
  at: Timestamp;
  received_at: Timestamp;
}

export interface ChatConsentsTable {
  external_user_id: string;
  state: string;
  last_disagree_at: NullableTimestamp;
  agreed_again_at: NullableTimestamp;
  changed_at: Timestamp;
  updated_at: Timestamp;
}

export interface ChatMessagesTable {
  msgid: string;
  msgtime: Timestamp;
  msgtype: string;
  direction: string;
  from_id: string;
  external_id: string | null;
  staff_id: string | null;
  room_id: string | null;
  customer_id: string | null;
  user_id: string | null;
  /** Masked text only. */
  text: string;
  sdkfileids: ColumnType<string[], string[] | undefined, string[]>;
  concerns: ColumnType<string[], string[] | undefined, string[]>;
  recalled: ColumnType<boolean, boolean | undefined, boolean>;
  received_at: Timestamp;
}

export interface ChatRecallsTable {
  msgid: string;
  pre_msgid: string;
  at: Timestamp;
  received_at: Timestamp;
}

export interface ChatMediaTable {
  sdkfileid: string;
  msgid: string;
  mime: string;
  size: number;
  sha256: string;
  storage_path: string;
  created_at: Timestamp;
}

export interface ContactsTable {
  id: string;
  customer_id: string;
  name: string;
  title: string | null;
  mobile: string | null;
  wechat_id: string | null;
  email: string | null;
  role: string;
  is_primary: boolean;
  wecom_external_user_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FollowupContactsTable {
  followup_id: string;
  contact_id: string;
}

export interface ProductsTable {
  id: string;
  sku: string;
  name: string;
  product_line: string;
  kind: string;
  unit: string;
  list_price: number;
  compatible_models: ColumnType<string[], string, string>;
  active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 库存; null when the stock is not kept here (pg answers numerics as strings). */
  stock_quantity: ColumnType<number | string | null, number | null | undefined, number | null>;
}

export interface QuoteNumbersTable {
  year: number;
  last_value: number;
}

export interface QuotesTable {
  id: string;
  number: string;
  opportunity_id: string;
  customer_id: string;
  owner_id: string | null;
  team_id: string | null;
  region: string;
  status: string;
  version: number;
  /** 'YYYY-MM-DD'. */
  valid_until: string;
  subtotal: number;
  tax: number;
  total: number;
  max_discount_pct: number;
  needs_approval: boolean;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_note: string | null;
  sent_at: NullableTimestamp;
  sent_file_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The device the quote was made for (the scan page's 生成报价单). */
  device_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface QuoteVersionsTable {
  quote_id: string;
  version: number;
  items: ColumnType<unknown[], string, string>;
  totals: ColumnType<Record<string, number>, string, string>;
  valid_until: string;
  terms: string | null;
  notes: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface OpportunityFilesTable {
  opportunity_id: string;
  file_id: string;
  source: string;
  created_at: Timestamp;
}

export interface DB {
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  playbooks: PlaybooksTable;
  playbook_drafts: PlaybookDraftsTable;
  import_jobs: ImportJobsTable;
  import_mappings: ImportMappingsTable;
  saved_views: SavedViewsTable;
  files: FilesTable;
  leads: LeadsTable;
  customers: CustomersTable;
  opportunities: OpportunitiesTable;
  stage_changes: StageChangesTable;
  followups: FollowupsTable;
  followup_attachments: FollowupAttachmentsTable;
  audit_log: AuditLogTable;
  audit_pending: AuditPendingTable;
  calendar_days: CalendarDaysTable;
  calendar_overrides: CalendarOverridesTable;
  job_runs: JobRunsTable;
  cluster_state: ClusterStateTable;
  notifications: NotificationsTable;
  team_channels: TeamChannelsTable;
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  outbox_attempts: OutboxAttemptsTable;
  tasks: TasksTable;
  assignment_cursors: AssignmentCursorsTable;
  contracts: ContractsTable;
  contract_confirmations: ContractConfirmationsTable;
  task_cards: TaskCardsTable;
  credit_checks: CreditChecksTable;
  engineers: EngineersTable;
  engineer_bookings: EngineerBookingsTable;
  payment_anomalies: PaymentAnomaliesTable;
  csm_events: CsmEventsTable;
  nps_responses: NpsResponsesTable;
  complaints: ComplaintsTable;
  followup_fingerprints: FollowupFingerprintsTable;
  followup_lsh_buckets: FollowupLshBucketsTable;
  followup_flags: FollowupFlagsTable;
  spot_checks: SpotChecksTable;
  auth_failures: AuthFailuresTable;
  auth_lockouts: AuthLockoutsTable;
  chat_staff_identities: ChatStaffIdentitiesTable;
  chat_external_contacts: ChatExternalContactsTable;
  chat_consent_events: ChatConsentEventsTable;
  chat_consents: ChatConsentsTable;
  chat_messages: ChatMessagesTable;
  chat_recalls: ChatRecallsTable;
  chat_media: ChatMediaTable;
  contacts: ContactsTable;
  followup_contacts: FollowupContactsTable;
  products: ProductsTable;
  quote_numbers: QuoteNumbersTable;
  quotes: QuotesTable;
  quote_versions: QuoteVersionsTable;
  opportunity_files: OpportunityFilesTable;
  receivables: ReceivablesTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  contract_renewals: ContractRenewalsTable;
  sla_commitments: SlaCommitmentsTable;
  site_photos: SitePhotosTable;
  devices: DevicesTable;
  device_maintenance: DeviceMaintenanceTable;
  device_maintenance_photos: DeviceMaintenancePhotosTable;
  fault_codes: FaultCodesTable;
  competitor_stores: CompetitorStoresTable;
  visits: VisitsTable;
  checkins: CheckinsTable;
  transcriptions: TranscriptionsTable;
  followup_concerns: FollowupConcernsTable;
}

export interface DevicesTable {
  id: string;
  customer_id: string;
  model: string;
  serial_no: string;
  site_address: string | null;
  /** 'YYYY-MM-DD'. */
  install_date: string | null;
  warranty_end: string | null;
  status: string;
  label_token: string;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeviceMaintenanceTable {
  id: string;
  device_id: string;
  performed_at: Timestamp;
  engineer_id: string | null;
  engineer_name: string;
  fault_codes: ColumnType<string[], string, string>;
  work_done: string;
  parts_used: ColumnType<{ productId: string; quantity: number }[], string, string>;
  created_at: Timestamp;
}

export interface DeviceMaintenancePhotosTable {
  maintenance_id: string;
  file_id: string;
}

export interface FaultCodesTable {
  id: string;
  model: string;
  code: string;
  meaning: string;
  likely_cause: string | null;
  recommended_action: string | null;
  parts: ColumnType<string[], string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompetitorStoresTable {
  id: string;
  brand: string;
  name: string;
  address: string | null;
  /** WGS-84. */
  lat: number;
  lng: number;
  region: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VisitsTable {
  id: string;
  customer_id: string;
  rep_id: string;
  /** The local date (YYYY-MM-DD) in the playbook's time zone. */
  visit_date: string;
  planned_time: string | null;
  purpose: string;
  status: string;
  checkin_id: string | null;
  followup_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CheckinsTable {
  id: string;
  rep_id: string;
  customer_id: string;
  visit_id: string | null;
  /** WGS-84; null once the retention rule purged the position. */
  lat: number | null;
  lng: number | null;
  accuracy_m: number | null;
  distance_m: number | null;
  coord_system: string;
  photo_file_id: string | null;
  followup_id: string | null;
  local_date: string;
  checked_in_at: Timestamp;
  purged_at: NullableTimestamp;
}
