import type { Catalogue } from './catalogue-shape.js';

/** English server texts: the same keys as `catalogue.zh-CN.ts` (the type refuses a missing or extra key). */
export const en: Catalogue = {
  notices: {
    'lead.sla.warning': {
      title: 'Lead “{leadName}” is about to miss its response deadline',
      body: 'Make the first contact before {dueAt} (golden response time for {leadType, select, B2B {B2B} other {B2C}} leads).',
    },
    'lead.sla.breached': {
      title: 'Lead “{leadName}” missed its response deadline and was escalated to the supervisor',
      body: '{region} · {productLine} · {leadType, select, B2B {B2B} other {B2C}} lead, due {dueAt}, not contacted yet.',
    },
    'lead.sla.breached#batch': {
      title: '{count, plural, one {# pool lead} other {# pool leads}} missed the response deadline; assign them soon',
      body: '{names}{more, plural, =0 {} other { and # more}} passed the golden response time with no contact yet.',
    },
    'lead.sla.escalated': {
      title: 'Lead “{leadName}” is still unanswered and was escalated to the regional manager',
      body: 'Due {dueAt}; nobody made contact after the supervisor was told.',
    },
    'lead.sla.escalated#batch': {
      title: '{count, plural, one {# overdue lead} other {# overdue leads}} escalated to the regional manager',
      body: '{names}{more, plural, =0 {} other { and # more}}: nobody made contact after the supervisor was told.',
    },
    'lead.unassigned': {
      title: 'Lead “{leadName}” has waited in the pool for more than {minutes, plural, one {# minute} other {# minutes}}',
      body: '{region} · {productLine}; please assign it soon.',
    },
    'lead.unassigned#batch': {
      title: '{count, plural, one {# pool lead has} other {# pool leads have}} waited for more than {minutes, plural, one {# minute} other {# minutes}}',
      body: '{names}{more, plural, =0 {} other { and # more}}; please assign them soon.',
    },
    'lead.recycle.reminder': {
      title: 'Follow up lead “{leadName}” before it returns to the pool',
      body: 'No follow-up for {idleDays, plural, one {# day} other {# days}}; after {recycleAfterDays, plural, one {# day} other {# days}} without one it returns to the pool at {recycleAt}',
    },
    'lead.recycled': {
      title: 'Lead “{leadName}” returned to the pool',
      body: 'No follow-up for more than {recycleAfterDays, plural, one {# day} other {# days}}: it was taken from its owner and can be claimed again.',
    },
    'health.inactive': {
      title: 'No interaction with customer “{customerName}” for {idleDays, plural, one {# day} other {# days}}; get in touch soon',
      body: 'The last interaction was at {lastActivityAt}, more than {thresholdDays, plural, one {# day} other {# days}} without any follow-up (health alert: customer inactive). Plan a visit or a call and record the follow-up.',
    },
    'health.renewal': {
      title: 'Contract “{contractTitle}” of customer “{customerName}” ends {endDate} and renewal talks have not started',
      body: 'The contract ends in {daysLeft, plural, one {# day} other {# days}}; since {windowStart}, {windowDays, plural, one {# day} other {# days}} before the end, the customer has had no new follow-up, opportunity or contract (health alert: renewal not started). Start the renewal talks soon.',
    },
    'renewal.created': {
      title: 'Contract “{contractTitle}” of customer “{customerName}” ends {endDate}: a renewal opportunity was created for you',
      body: 'The contract ends in less than {leadDays, plural, one {# day} other {# days}}; a renewal opportunity was created automatically. Start the renewal talks soon.',
    },
    'health.nps': {
      title: 'Customer “{customerName}” scored NPS {score}, below {threshold}',
      body: 'The customer’s latest NPS score is {score} ({answeredAt}), below the alert threshold of {threshold} (health alert: low NPS){hasComment, select, true {; the customer said: “{comment}”} other {}}. Contact the customer to learn why and agree on an improvement plan.',
    },
    'contract.confirmation': {
      title: 'Please confirm contract “{contractTitle}”',
      body: '{customerName}, amount CNY {amount, number}. Confirm or veto it as {party, select, product {product owner (technical feasibility)} finance {finance owner (credit terms)} other {{party}}}.',
    },
    'contract.confirmed': {
      title:
        '{party, select, product {The product owner (technical feasibility)} finance {The finance owner (credit terms)} other {{party}}} confirmed contract “{contractTitle}”',
      body: '{hasReason, select, true {{reason}} other {It can be submitted for approval once both sides have confirmed.}}',
    },
    'contract.vetoed': {
      title:
        '{party, select, product {The product owner (technical feasibility)} finance {The finance owner (credit terms)} other {{party}}} vetoed contract “{contractTitle}”',
      body: '{reason}',
    },
    'contract.frozen': {
      title: 'Payment anomaly at customer “{customerName}”: contract “{contractTitle}” is frozen',
      body: 'Finance reported a payment anomaly: {reason}. Talk to the customer about the payment and follow up until the freeze is lifted.',
    },
    'contract.approved': {
      title: 'Contract “{contractTitle}” passed the product, finance and delivery reviews',
      body: 'It can go into delivery.',
    },
    'card.created': {
      title:
        'New task card: {department, select, product {requirement review} finance {credit check / payment terms} delivery {scheduling pre-check} other {{department}}} of “{contractTitle}”',
      body: 'Due within {slaDays, plural, one {# working day} other {# working days}}.',
    },
    'card.overdue': {
      title:
        'Collaboration overdue — {department, select, product {Requirement review} finance {Credit check / payment terms} delivery {Scheduling pre-check} other {{department}}}: {contractTitle}',
      body: '{department, select, product {The requirement review} finance {The credit check} delivery {The scheduling pre-check} other {{department}}} had {slaDays, plural, one {# working day} other {# working days}} and is overdue.',
    },
    'card.rejected': {
      title: 'Contract “{contractTitle}” was sent back',
      body: '{reason}',
    },
    'report.collaboration': {
      title: 'Collaboration bottleneck report for {month} is ready',
      body: 'Lowest SLA compliance: {department, select, product {Product} finance {Finance} delivery {Delivery} other {{department}}} {ratePercent}%. Top rejection reason: {reasons, plural, =0 {none} other {{topReason}}}',
    },
    'report.collaboration#empty': {
      title: 'Collaboration bottleneck report for {month} is ready',
      body: 'No cross-department collaboration this month.',
    },
    'report.stale': {
      title:
        'Stale list ({date}): {teamName} has {count, plural, one {# record} other {# records}} without an update for more than {hours, plural, one {# hour} other {# hours}}',
      body: '{breakdown}',
    },
    'authenticity.spot_check': {
      title: 'Weekly follow-up spot check ({week}): {count, plural, one {# follow-up} other {# follow-ups}} to judge',
      body: '{count, plural, one {# follow-up was} other {# follow-ups were}} drawn at random from your team’s last week; judge each against the customer’s stage changes, attachments and other follow-ups.',
    },
  },

  text: {
    'notice.staleRep': '{pool, select, true {Pool} other {{name}}}: {count, plural, one {# record} other {# records}}',
    'list.separator': '; ',

    'bot.time': 'Time: {time}',
    'bot.leads.breached': 'Response overdue: {count, plural, one {# lead has} other {# leads have}} passed the golden response time without contact',
    'bot.leads.escalated':
      'Second escalation: {count, plural, one {# overdue lead is} other {# overdue leads are}} still not contacted and went to the regional manager',
    'bot.leads.unassigned':
      'To assign: {count, plural, one {# pool lead has} other {# pool leads have}} waited for more than {minutes, plural, one {# minute} other {# minutes}}',
    'bot.leads.lead': 'Lead',
    'bot.leads.region': 'Region',
    'bot.leads.productLine': 'Product line',
    'bot.leads.type': 'Type',
    'bot.leads.dueAt': 'Due',
    'bot.leads.open': 'Open the leads list',
    'bot.card.overdue':
      '{department, select, product {The requirement review} finance {The credit check} delivery {The scheduling pre-check} other {{department}}} is past its {slaDays, plural, one {# working day} other {# working days}} limit.',
    'bot.card.open': 'Open the collaboration board',
    'bot.stale.hint':
      'Confirm the next step of each record before the morning meeting. Rule: open leads and opportunities without an update for more than {hours, plural, one {# hour} other {# hours}}.',
    'bot.stale.rep': 'Rep',
    'bot.stale.count': 'Stale records',
    'bot.stale.oldest': 'Oldest update',
    'bot.stale.pool': 'Pool (unassigned)',
    'bot.stale.open': 'See the full list',
    'bot.test.title': 'Test message: the notification channel works',
    'bot.test.body': 'Sent by {name}. This message means the bot is set up correctly.',
    'bot.test.open': 'Open the system',

    'chat.rejected':
      '{reason, select, not_an_object {not a JSON object} missing_field {missing field {field}} invalid_field {invalid field {field}} unknown_action {unknown action} other {unreadable record}}',
    'chat.skipped':
      '{reason, select, switch {a corporate switch record, nothing to archive} no_consent {the external contact has not agreed to archiving} expired {older than the retention ({days, plural, one {# day} other {# days}})} other {skipped}}',
    'chat.recalled': 'Recalled',
    'chat.unassigned': 'Unassigned',

    'sheet.stale.file': 'stale-list-{date}.xlsx',
    'sheet.stale.detail': 'Stale records',
    'sheet.stale.type': 'Type',
    'sheet.stale.name': 'Name',
    'sheet.stale.region': 'Region',
    'sheet.stale.productLine': 'Product line',
    'sheet.stale.owner': 'Owner',
    'sheet.stale.team': 'Team',
    'sheet.stale.stage': 'Status / stage',
    'sheet.stale.last': 'Last update',
    'sheet.stale.idle': 'Idle (hours)',
    'sheet.stale.entity': '{entity, select, lead {Lead} other {Opportunity}}',
    'sheet.stale.status': '{status, select, new {New} contacted {Contacted} qualified {Qualified} other {{status}}}',
    'sheet.stale.pool': 'Pool (unassigned)',
    'sheet.stale.byRegion': 'By region',
    'sheet.stale.byProductLine': 'By product line',
    'sheet.stale.byOwner': 'By rep',
    'sheet.stale.groupRegion': 'Region',
    'sheet.stale.groupProductLine': 'Product line',
    'sheet.stale.groupOwner': 'Rep',
    'sheet.stale.count': 'Stale records',
    'sheet.stale.info': 'About',
    'sheet.stale.generatedAt': 'Generated at',
    'sheet.stale.rule': 'Rule',
    'sheet.stale.ruleText': 'Open leads and opportunities without an update for more than {hours, plural, one {# hour} other {# hours}}',
    'sheet.stale.total': 'Total',
    'sheet.stale.notice': 'Note',
    'sheet.stale.truncated': 'Only the {count, plural, one {# record} other {# records}} idle the longest are listed',

    'sheet.collab.file': 'collaboration-report-{month}.xlsx',
    'sheet.collab.steps': 'Time per step',
    'sheet.collab.step': 'Step',
    'sheet.collab.completed': 'Completed',
    'sheet.collab.avgWorkingDays': 'Average (working days)',
    'sheet.collab.stepName':
      '{step, select, confirm_product {Confirmation: product} confirm_finance {Confirmation: finance} product {Requirement review} finance {Credit check} delivery {Scheduling pre-check} other {{step}}}',
    'sheet.collab.reasons': 'Top 3 rejection reasons',
    'sheet.collab.reason': 'Reason',
    'sheet.collab.count': 'Count',
    'sheet.collab.clauses': 'Disputed clauses',
    'sheet.collab.clause': 'Clause',
    'sheet.collab.clauseKey': 'Key',
    'sheet.collab.vetoes': 'Vetoes',
    'sheet.collab.sla': 'SLA compliance',
    'sheet.collab.department': 'Department',
    'sheet.collab.departmentName': '{department, select, product {Product} finance {Finance} delivery {Delivery} other {{department}}}',
    'sheet.collab.onTime': 'On time',
    'sheet.collab.rate': 'Rate',
    'sheet.collab.overdueOpen': 'Overdue, open',

    'sheet.radar.file': 'sales-capability-radar-{month}.xlsx',
    'sheet.radar.scores': 'Scores',
    'sheet.radar.rep': 'Rep',
    'sheet.radar.team': 'Team',
    'sheet.radar.teamAverage': 'Team average',
    'sheet.radar.raw': 'Raw data',
    'sheet.radar.raw.leadsConverted': 'Leads converted',
    'sheet.radar.raw.leadsDisqualified': 'Leads disqualified',
    'sheet.radar.raw.needsDiscoveryActions': 'Needs-discovery actions',
    'sheet.radar.raw.proposals': 'Tailored proposals',
    'sheet.radar.raw.valueActions': 'Value presentations / demos',
    'sheet.radar.raw.lateStageWon': 'Late-stage wins',
    'sheet.radar.raw.lateStageLost': 'Late-stage losses',
    'sheet.radar.raw.wonDeals': 'Deals won',
    'sheet.radar.raw.avgCycleDays': 'Average sales cycle (days)',
    'sheet.radar.raw.contractsEnding': 'Contracts ending',
    'sheet.radar.raw.contractsRenewed': 'Renewed',
    'sheet.radar.raw.npsAverage': 'Average NPS',
    'sheet.radar.raw.upsellAmount': 'Upsell amount',
    'sheet.radar.formulas': 'Formulas',
    'sheet.radar.dimension': 'Dimension',
    'sheet.radar.formula': 'Formula',
    'sheet.radar.note': 'Note',
    // Receivables, renewals, appraisal and LTV exports.
    'sheet.money.file':
      '{kind, select, receivables {receivables} receivablesReport {receivables-report} signing {contract-signing} renewals {renewals} appraisal {monthly-appraisal} ltv {customer-ltv} other {{kind}}}-{date}.xlsx',
    'sheet.money.sheet':
      '{kind, select, receivables {Receivables} customer {By customer} rep {By rep} month {By month} unsignedLate {Unsigned beyond deadline} signing {Time to signature} renewals {Renewals} contracts {Contracts ending} appraisal {Appraisal} ranking {Team ranking} customers {Customer LTV} reps {LTV share by rep} other {{kind}}}',
    'sheet.money.status': '{status, select, open {Open} paid {Paid} overdue {Overdue} other {{status}}}',
    'sheet.money.column':
      '{key, select, contractNumber {Contract no.} number {Contract no.} contractTitle {Contract} customerName {Customer} ownerName {Rep} teamName {Team} seq {Instalment} milestone {Milestone} amount {Amount} received {Received} outstanding {Outstanding} due {Due} overdue {Overdue} dueDate {Due date} status {Status} daysOverdue {Days overdue} label {Group} count {Count} wonAt {Won at} signedAt {Signed at} daysToSign {Days won → signed} daysSinceWin {Days since won} key {Group} month {Month} ending {Contracts ending} renewed {Renewed} rate {Renewal rate} averageAmount {Average renewal amount} endDate {End date} renewedAmount {Renewal amount} component {Component} raw {Raw value} score {Score} weight {Weight} weighted {Weighted score} total {Total} rank {Team rank} coordinationShare {Share of “poor internal coordination” complaints} complaints {Complaints} ltv {LTV} expectedRenewals {Expected renewals} share {LTV share} customers {Customers} other {{key}}}',
  },
};
