import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Locale } from '../i18n/locale.js';

/**
 * What an auditor reads instead of codes: action and entity type names in both languages, and
 * the name of the record an entry is about. Core knows no capability: names are looked up by
 * table, generically, from this list of record tables and the column that names a record.
 */

type Labels = Record<Locale, string>;

export const ENTITY_TYPE_LABELS: Record<string, Labels> = {
  lead: { 'zh-CN': '线索', en: 'Lead' },
  customer: { 'zh-CN': '客户', en: 'Customer' },
  opportunity: { 'zh-CN': '商机', en: 'Opportunity' },
  contact: { 'zh-CN': '联系人', en: 'Contact' },
  followup: { 'zh-CN': '跟进记录', en: 'Follow-up' },
  followup_flag: { 'zh-CN': '疑似异常跟进', en: 'Flagged follow-up' },
  spot_check: { 'zh-CN': '抽检', en: 'Spot check' },
  contract: { 'zh-CN': '合同', en: 'Contract' },
  card: { 'zh-CN': '协作卡片', en: 'Collaboration card' },
  quote: { 'zh-CN': '报价单', en: 'Quote' },
  product: { 'zh-CN': '产品', en: 'Product' },
  receivable: { 'zh-CN': '应收款', en: 'Receivable' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  engineer: { 'zh-CN': '工程师', en: 'Engineer' },
  task: { 'zh-CN': '任务', en: 'Task' },
  file: { 'zh-CN': '文件', en: 'File' },
  user: { 'zh-CN': '用户', en: 'User' },
  team: { 'zh-CN': '团队', en: 'Team' },
  token: { 'zh-CN': 'API 令牌', en: 'API token' },
  webhook: { 'zh-CN': 'Webhook', en: 'Webhook' },
  playbook: { 'zh-CN': '销售流程配置', en: 'Playbook' },
  calendar: { 'zh-CN': '工作日历', en: 'Calendar' },
  chat_archive: { 'zh-CN': '会话存档', en: 'Chat archive' },
  chat_message: { 'zh-CN': '会话消息', en: 'Chat message' },
  system: { 'zh-CN': '系统', en: 'System' },
};

export const ACTION_LABELS: Record<string, Labels> = {
  'lead.create': { 'zh-CN': '新建线索', en: 'Lead created' },
  'lead.update': { 'zh-CN': '修改线索', en: 'Lead updated' },
  'lead.assign': { 'zh-CN': '分配线索', en: 'Lead assigned' },
  'lead.claim': { 'zh-CN': '认领线索', en: 'Lead claimed' },
  'lead.convert': { 'zh-CN': '线索转客户', en: 'Lead converted' },
  'lead.recycle': { 'zh-CN': '线索回收公海', en: 'Lead recycled to the pool' },
  'lead.duplicate_allowed': { 'zh-CN': '允许重复线索', en: 'Duplicate lead allowed' },
  'lead.sla.warned': { 'zh-CN': '线索响应时限预警', en: 'Lead response deadline warned' },
  'lead.sla.breached': { 'zh-CN': '线索响应超时', en: 'Lead response deadline breached' },
  'lead.sla.escalated': { 'zh-CN': '线索超时升级', en: 'Lead escalated' },
  'lead.sla_replanned': { 'zh-CN': '线索时限重算', en: 'Lead deadline re-planned' },
  'customer.create': { 'zh-CN': '新建客户', en: 'Customer created' },
  'customer.update': { 'zh-CN': '修改客户', en: 'Customer updated' },
  'customer.duplicate_allowed': { 'zh-CN': '允许重复客户', en: 'Duplicate customer allowed' },
  'customer.nps': { 'zh-CN': '记录 NPS', en: 'NPS recorded' },
  'contact.create': { 'zh-CN': '新建联系人', en: 'Contact created' },
  'contact.update': { 'zh-CN': '修改联系人', en: 'Contact updated' },
  'contact.delete': { 'zh-CN': '删除联系人', en: 'Contact deleted' },
  'opportunity.create': { 'zh-CN': '新建商机', en: 'Opportunity created' },
  'opportunity.update': { 'zh-CN': '修改商机', en: 'Opportunity updated' },
  'opportunity.stage': { 'zh-CN': '商机阶段推进', en: 'Opportunity stage changed' },
  'opportunity.stage_refused': { 'zh-CN': '阶段推进被拒', en: 'Stage move refused' },
  'followup.create': { 'zh-CN': '新建跟进记录', en: 'Follow-up logged' },
  'followup.flag': { 'zh-CN': '标记疑似异常跟进', en: 'Follow-up flagged' },
  'followup_flag.review': { 'zh-CN': '复核异常跟进', en: 'Flag reviewed' },
  'spot_check.judge': { 'zh-CN': '抽检判定', en: 'Spot check judged' },
  'contract.create': { 'zh-CN': '新建合同', en: 'Contract created' },
  'contract.update': { 'zh-CN': '修改合同', en: 'Contract updated' },
  'contract.sign': { 'zh-CN': '合同签订', en: 'Contract signed' },
  'contract.payment': { 'zh-CN': '合同回款', en: 'Contract payment' },
  'credit.check': { 'zh-CN': '信用审核', en: 'Credit check' },
  'cards.create': { 'zh-CN': '生成协作卡片', en: 'Cards created' },
  'card.complete': { 'zh-CN': '完成协作卡片', en: 'Card completed' },
  'card.reject': { 'zh-CN': '退回协作卡片', en: 'Card rejected' },
  'card.overdue': { 'zh-CN': '协作卡片逾期', en: 'Card overdue' },
  'engineer.create': { 'zh-CN': '新建工程师', en: 'Engineer created' },
  'engineer.book': { 'zh-CN': '预约工程师', en: 'Engineer booked' },
  'engineer.unbook': { 'zh-CN': '取消工程师预约', en: 'Engineer booking cancelled' },
  'quote.create': { 'zh-CN': '新建报价', en: 'Quote created' },
  'quote.update': { 'zh-CN': '修改报价', en: 'Quote updated' },
  'quote.send': { 'zh-CN': '发送报价', en: 'Quote sent' },
  'quote.expire': { 'zh-CN': '报价过期', en: 'Quote expired' },
  'product.update': { 'zh-CN': '修改产品', en: 'Product updated' },
  'receivable.create': { 'zh-CN': '新建应收款', en: 'Receivable created' },
  'receivable.overdue': { 'zh-CN': '应收款逾期', en: 'Receivable overdue' },
  'payment.anomaly': { 'zh-CN': '回款异常', en: 'Payment anomaly' },
  'payment.resolve': { 'zh-CN': '处理回款异常', en: 'Payment anomaly resolved' },
  'renewal.create': { 'zh-CN': '生成续约', en: 'Renewal created' },
  'renewal.mark': { 'zh-CN': '标记续约', en: 'Renewal marked' },
  'commitment.create': { 'zh-CN': '新建服务承诺', en: 'Commitment created' },
  'commitment.update': { 'zh-CN': '修改服务承诺', en: 'Commitment updated' },
  'commitment.delete': { 'zh-CN': '删除服务承诺', en: 'Commitment deleted' },
  'complaint.create': { 'zh-CN': '新建投诉', en: 'Complaint created' },
  'complaint.close': { 'zh-CN': '关闭投诉', en: 'Complaint closed' },
  'csm.event': { 'zh-CN': '客户成功事件', en: 'Customer success event' },
  'health.alert': { 'zh-CN': '健康度预警', en: 'Health alert' },
  'health.alert.clear': { 'zh-CN': '解除健康度预警', en: 'Health alert cleared' },
  'site_photo.add': { 'zh-CN': '上传现场照片', en: 'Site photo added' },
  'site_photo.remove': { 'zh-CN': '删除现场照片', en: 'Site photo removed' },
  'task.complete': { 'zh-CN': '完成任务', en: 'Task completed' },
  'file.upload': { 'zh-CN': '上传文件', en: 'File uploaded' },
  'file.generate': { 'zh-CN': '生成文件', en: 'File generated' },
  'file.purge': { 'zh-CN': '清除文件', en: 'File purged' },
  'user.create': { 'zh-CN': '新建用户', en: 'User created' },
  'user.update': { 'zh-CN': '修改用户', en: 'User updated' },
  'user.update_self': { 'zh-CN': '修改个人设置', en: 'Own settings updated' },
  'user.unlock': { 'zh-CN': '解锁用户', en: 'User unlocked' },
  'team.create': { 'zh-CN': '新建团队', en: 'Team created' },
  'team.update': { 'zh-CN': '修改团队', en: 'Team updated' },
  'team.channels.update': { 'zh-CN': '修改团队通知渠道', en: 'Team channels updated' },
  'token.create': { 'zh-CN': '创建 API 令牌', en: 'API token created' },
  'token.revoke': { 'zh-CN': '吊销 API 令牌', en: 'API token revoked' },
  'webhook.create': { 'zh-CN': '新建 Webhook', en: 'Webhook created' },
  'webhook.update': { 'zh-CN': '修改 Webhook', en: 'Webhook updated' },
  'webhook.delete': { 'zh-CN': '删除 Webhook', en: 'Webhook deleted' },
  'webhook.redeliver': { 'zh-CN': '重发 Webhook', en: 'Webhook redelivered' },
  'playbook.draft_save': { 'zh-CN': '保存流程草稿', en: 'Playbook draft saved' },
  'playbook.draft_discard': { 'zh-CN': '丢弃流程草稿', en: 'Playbook draft discarded' },
  'playbook.publish': { 'zh-CN': '发布销售流程', en: 'Playbook published' },
  'calendar.override': { 'zh-CN': '调整工作日历', en: 'Calendar day overridden' },
  'calendar.override.remove': { 'zh-CN': '撤销日历调整', en: 'Calendar override removed' },
  'chat.ingest': { 'zh-CN': '导入会话存档', en: 'Chat archive ingested' },
  'chat.media': { 'zh-CN': '会话媒体存档', en: 'Chat media archived' },
  'chat.identities': { 'zh-CN': '绑定会话身份', en: 'Chat identities linked' },
  'chat.identity.remove': { 'zh-CN': '解除会话身份', en: 'Chat identity removed' },
  'chat.retention': { 'zh-CN': '会话存档到期清理', en: 'Chat retention applied' },
  'clock.advance': { 'zh-CN': '调整演示时钟', en: 'Demo clock advanced' },
  'demo.seed': { 'zh-CN': '生成演示数据', en: 'Demo data created' },
};

/** A code's name in the reader's language; an unknown code reads as itself. */
export const actionLabel = (code: string, locale: Locale) => ACTION_LABELS[code]?.[locale] ?? code;
export const entityTypeLabel = (code: string, locale: Locale) => ENTITY_TYPE_LABELS[code]?.[locale] ?? code;

/** Record tables by entity type, and the column that names a record of it. */
const NAMED_TABLES: Record<string, { table: keyof DB; column: string }> = {
  lead: { table: 'leads', column: 'name' },
  customer: { table: 'customers', column: 'name' },
  opportunity: { table: 'opportunities', column: 'name' },
  contact: { table: 'contacts', column: 'name' },
  contract: { table: 'contracts', column: 'title' },
  card: { table: 'task_cards', column: 'title' },
  quote: { table: 'quotes', column: 'number' },
  product: { table: 'products', column: 'name' },
  complaint: { table: 'complaints', column: 'title' },
  engineer: { table: 'engineers', column: 'name' },
  file: { table: 'files', column: 'name' },
  user: { table: 'users', column: 'display_name' },
  team: { table: 'teams', column: 'name' },
  webhook: { table: 'webhooks', column: 'url' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `type:id` → the record's name, for the entries of one page (one query per entity type). */
export async function entityNames(db: Kysely<DB>, entries: readonly { entity_type: string; entity_id: string | null }[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!e.entity_id || !NAMED_TABLES[e.entity_type] || !UUID.test(e.entity_id)) continue;
    let ids = idsByType.get(e.entity_type);
    if (!ids) idsByType.set(e.entity_type, (ids = new Set()));
    ids.add(e.entity_id.toLowerCase());
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const { table, column } = NAMED_TABLES[type];
      const { rows } = await sql<{ id: string; name: string | null }>`
        select id::text as id, ${sql.ref(column)}::text as name from ${sql.table(table)} where id = any(${[...ids]}::uuid[])`.execute(db);
      for (const row of rows) if (row.name) names.set(`${type}:${row.id}`, row.name);
    }),
  );
  return names;
}
