import type { components } from './schema';

/**
 * Names for the API's shapes, all taken from the generated schema.d.ts (`npm run api:types`):
 * change the server's zod schema to change one, never this file's right-hand sides by hand.
 */
type Schemas = components['schemas'];

// ---- Users, teams, session ----
export type Role = Schemas['Role'];
/** The languages the server speaks (accounts, notices, exports) and the app is written in. */
export type Locale = NonNullable<Schemas['UpdateMeRequest']['locale']>;
export type Permission = Schemas['Permission'];
export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type Team = Schemas['Team'];
export type TeamChannels = Schemas['TeamChannels'];
export type SetTeamChannelsRequest = Schemas['SetTeamChannelsRequest'];
export type ApiToken = Schemas['ApiToken'];
export type CreatedApiToken = Schemas['CreatedApiToken'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditChainCheck = Schemas['AuditChainCheck'];

// ---- Playbook ----
export type Playbook = Schemas['Playbook'];
export type PlaybookDocument = Schemas['PlaybookDocument'];
export type PlaybookDocumentInput = Schemas['PlaybookDocumentInput'];
export type PlaybookVersion = Schemas['PlaybookVersion'];
export type PlaybookDraft = Schemas['PlaybookDraft'];
export type PlaybookImpact = Schemas['PlaybookImpact'];
export type PlaybookSchema = Schemas['PlaybookSchema'];
export type PlaybookComparison = Schemas['PlaybookComparison'];
export type PlaybookChange = Schemas['PlaybookChange'];
export type PlaybookTemplate = Schemas['PlaybookTemplate'];
export type OrgImportResult = Schemas['OrgImportResult'];
export type StageDef = Schemas['PlaybookStage'];
export type FieldDef = PlaybookDocument['fields'][number];
export type LabeledItem = PlaybookDocument['channels'][number];
export type StageFieldRule = PlaybookDocument['rules']['stageFields'][number];
export type GradeRule = PlaybookDocument['rules']['gradeRules'][number];
export type GradeRequirement = GradeRule['requirements'][number];
export type RuleScope = StageFieldRule['scope'];
export type CollaborationPolicy = PlaybookDocument['collaboration'];
export type RequirementTemplate = CollaborationPolicy['requirementTemplates'][number];

// ---- Leads, customers, opportunities, follow-ups ----
export type CustomerType = Schemas['CustomerType'];
export type CustomerGrade = Schemas['CustomerGrade'];
export type Lead = Schemas['Lead'];
export type LeadConversion = Schemas['LeadConversion'];
export type LeadImportResult = Schemas['LeadImportResult'];
export type LeadStatus = Schemas['LeadStatus'];
export type Customer = Schemas['Customer'];
export type Opportunity = Schemas['Opportunity'];
export type OpportunityDetail = Schemas['OpportunityDetail'];
export type OpportunityStatus = Schemas['OpportunityStatus'];
export type StageChange = Schemas['StageChange'];
export type MissingRequirement = Schemas['MissingRequirement'];
export type Followup = Schemas['Followup'];
export type FollowupTargetType = Schemas['FollowupTargetType'];
export type FollowupAttachment = Schemas['FollowupAttachment'];
/** An uploaded file's metadata (POST /files); not the DOM's File. */
export type StoredFile = Schemas['File'];
export type Transcription = Schemas['Transcription'];
export type TagSuggestions = Schemas['TagSuggestions'];
export type TranscriptionEngine = Schemas['TranscriptionEngine'];
export type SlaStatus = Schemas['SlaStatus'];

// ---- Time engine, notifications, operations ----
export type HealthCheck = Schemas['HealthCheck'];
export type Notification = Schemas['Notification'];
export type NotificationList = Schemas['NotificationList'];
export type Queue = Schemas['Queue'];
export type QueueItem = Schemas['QueueItem'];
export type QueueKind = QueueItem['kind'];
export type QueueState = QueueItem['state'];
export type StaleGroup = Schemas['StaleGroup'];
export type StaleItem = Schemas['StaleItem'];
export type StaleReport = Schemas['StaleReport'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type OutboxAttempt = Schemas['OutboxAttempt'];
export type OutboxStatus = Schemas['OutboxStatus'];
export type OutboxChannel = Schemas['OutboxChannel'];
export type CalendarDay = Schemas['CalendarDay'];
export type CalendarYear = Schemas['CalendarYear'];
export type ClockAdvance = Schemas['ClockAdvance'];
export type TimeRuleStatus = Schemas['TimeRuleStatus'];
export type Webhook = Schemas['Webhook'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type WebhookDeliveryStatus = Schemas['WebhookDeliveryStatus'];
export type WebhookDeliveryDetail = Schemas['WebhookDeliveryDetail'];

// ---- Contracts and collaboration ----
export type Contract = Schemas['Contract'];
export type ContractDetail = Schemas['ContractDetail'];
export type ContractStatus = Schemas['ContractStatus'];
export type ContractClause = Schemas['ContractClause'];
export type UpdateContractRequest = Schemas['UpdateContractRequest'];
export type PaymentTerms = Schemas['PaymentTerms'];
export type Instalment = PaymentTerms['instalments'][number];
export type RequirementDocument = Schemas['RequirementDocument'];
export type RequirementEntry = RequirementDocument['items'][number];
export type ParamValue = RequirementEntry['params'][string];
export type Confirmation = Schemas['Confirmation'];
export type ConfirmationParty = Schemas['ConfirmationParty'];
export type ConfirmationDecision = Schemas['ConfirmationDecision'];
export type DecideConfirmationRequest = Schemas['DecideConfirmationRequest'];
export type SubmissionBlocker = Schemas['SubmissionBlocker'];
export type Department = Schemas['Department'];
export type TaskCard = Schemas['TaskCard'];
export type TaskCardPayload = Schemas['TaskCardPayload'];
export type CommunicationSummary = NonNullable<TaskCardPayload['communication']>;
export type TaskCardStatus = Schemas['TaskCardStatus'];
export type CreditCheckResult = Schemas['CreditCheckResult'];
export type RecordCreditCheckRequest = Schemas['RecordCreditCheckRequest'];
export type EngineerSchedule = Schemas['EngineerSchedule'];
export type EngineerSchedules = Schemas['EngineerSchedules'];
export type Booking = EngineerSchedule['bookings'][number];
export type PaymentAnomaly = Schemas['PaymentAnomaly'];
export type CollaborationReport = Schemas['CollaborationReport'];

// ---- Analytics and customer health ----
export type ContributionReport = Schemas['ContributionReport'];
export type ContributionRow = Schemas['ContributionRow'];
export type ContributionWeights = Schemas['ContributionWeights'];
export type ContributionDimension = keyof ContributionWeights;
export type RadarReport = Schemas['RadarReport'];
export type RadarRep = Schemas['RadarRep'];
export type RadarScores = Schemas['RadarScores'];
export type RadarDimension = keyof RadarScores;
export type KpiReport = Schemas['KpiReport'];
export type KpiGroup = Schemas['KpiGroup'];
export type KpiNumbers = Schemas['KpiNumbers'];
export type CustomerHealth = Schemas['CustomerHealth'];
export type HealthLevel = Schemas['HealthLevel'];
export type HealthAlert = Schemas['HealthAlert'];
export type NpsAnswer = Schemas['NpsAnswer'];
export type Complaint = Schemas['Complaint'];
export type ComplaintSeverity = Schemas['ComplaintSeverity'];
export type CsmEvent = Schemas['CsmEventListItem'];

// ---- Authenticity ----
export type FollowupFlag = Schemas['FollowupFlag'];
export type FollowupFlagList = Schemas['FollowupFlagList'];
export type FollowupFlagListItem = Schemas['FollowupFlagListItem'];
export type FollowupFlagStatus = Schemas['FollowupFlagStatus'];
export type FollowupFlagKind = Schemas['FollowupFlagKind'];
export type SpotCheck = Schemas['SpotCheck'];
export type SpotCheckWeek = Schemas['SpotCheckWeek'];

// ---- Chat archive ----
export type ChatMessage = Schemas['ChatMessage'];
export type ConcernHeatmap = Schemas['ConcernHeatmap'];
export type ConcernBlindSpot = Schemas['ConcernBlindSpot'];
export type ConcernGroupBy = Schemas['ConcernGroupBy'];
export type WecomIdentities = Schemas['WecomIdentities'];

// ---- Customer 360: contacts, price list, quotes, forecast ----
export type Contact = Schemas['Contact'];
export type Product = Schemas['Product'];
export type QuoteSummary = Schemas['QuoteSummary'];
export type Quote = Schemas['Quote'];
export type QuoteStatus = Schemas['QuoteStatus'];
export type Forecast = Schemas['Forecast'];
// ---- Receivables (回款) ----
export type Receivable = Schemas['Receivable'];
export type ReceivableGroup = Schemas['ReceivableGroup'];
export type ReceivablesReport = Schemas['ReceivablesReport'];

// ---- 月度考核 and LTV ----
export type MonthlyAppraisal = Schemas['MonthlyAppraisal'];
export type AppraisalItem = Schemas['AppraisalItem'];
export type CustomerLtv = Schemas['CustomerLtv'];
export type RepLtvShare = Schemas['RepLtvShare'];

// ---- Customer 360: contacts, price list, commitments, site photos, delivery's view ----
export type ContactRole = Schemas['ContactRole'];
export type CreateContactRequest = Schemas['CreateContactRequest'];
export type ProductKind = Schemas['ProductKind'];
export type ProductImportResult = Schemas['ProductImportResult'];
export type CreateProductRequest = Schemas['CreateProductRequest'];
export type SlaCommitment = Schemas['SlaCommitment'];
export type SitePhoto = Schemas['SitePhoto'];
export type CustomerDeliveryView = Schemas['CustomerDeliveryView'];
export type RenewalGroup = Schemas['RenewalGroup'];
export type EndingContract = Schemas['EndingContract'];
export type ContractSigningItem = Schemas['ContractSigningItem'];
export type Home = Schemas['Home'];

// ---- Devices (installed base, QR labels, the scan page) ----
export type Device = Schemas['Device'];
export type DeviceStatus = Schemas['DeviceStatus'];
export type DeviceScan = Schemas['DeviceScan'];
export type DeviceCompatibleProduct = Schemas['DeviceCompatibleProduct'];
export type DeviceMaintenance = Schemas['DeviceMaintenance'];
export type PublicDevice = Schemas['PublicDevice'];
export type DeviceQuoteResult = Schemas['DeviceQuoteResult'];
export type CreateDeviceRequest = Schemas['CreateDeviceRequest'];
export type CreateDeviceMaintenanceRequest = Schemas['CreateDeviceMaintenanceRequest'];
