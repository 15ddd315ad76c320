/**
 * Server texts in Chinese, the source language: in-app notices, group-bot messages and the
 * headers of exported sheets. ICU MessageFormat; `catalogue.en.ts` must cover every key.
 *
 * Notices are keyed by their kind, with `#variant` for a second wording of the same kind (a batch
 * summary instead of one record). Times arrive already formatted in the business time zone;
 * string lists arrive quoted and joined.
 */
export const zhCN = {
  notices: {
    'lead.sla.warning': {
      title: '线索「{leadName}」即将超过响应时限',
      body: '请在 {dueAt} 前完成首次联系（{leadType, select, B2B {B端} other {C端}}黄金响应时效）。',
    },
    'lead.sla.breached': {
      title: '线索「{leadName}」响应超时，已升级至主管',
      body: '{region} · {productLine} · {leadType, select, B2B {B端} other {C端}}线索，响应截止 {dueAt}，至今未首次联系。',
    },
    'lead.sla.breached#batch': {
      title: '{count} 条公海线索响应超时，请尽快分配',
      body: '{names}{more, plural, =0 {} other { 等 {count} 条}}超过黄金响应时效，至今无人联系。',
    },
    'lead.sla.escalated': {
      title: '线索「{leadName}」超时未处理，已升级至区域经理',
      body: '响应截止 {dueAt}，升级主管后仍无人联系。',
    },
    'lead.sla.escalated#batch': {
      title: '{count} 条超时线索升级至区域经理',
      body: '{names}{more, plural, =0 {} other { 等 {count} 条}}升级主管后仍无人联系。',
    },
    'lead.unassigned': {
      title: '线索「{leadName}」在公海超过 {minutes} 分钟无人领取',
      body: '{region} · {productLine}，请尽快分配。',
    },
    'lead.unassigned#batch': {
      title: '{count} 条公海线索超过 {minutes} 分钟无人领取',
      body: '{names}{more, plural, =0 {} other { 等 {count} 条}}，请尽快分配。',
    },
    'lead.recycle.reminder': {
      title: '跟进线索「{leadName}」，避免回收公海',
      body: '已 {idleDays} 天无跟进，超过 {recycleAfterDays} 天未跟进将于 {recycleAt} 自动回收至公海',
    },
    'lead.recycled': {
      title: '线索「{leadName}」已回收至公海',
      body: '超过 {recycleAfterDays} 天无跟进，已从原负责人名下回收，可被重新领取。',
    },
    'health.inactive': {
      title: '客户「{customerName}」已 {idleDays} 天无互动，请尽快联系',
      body: '最近一次互动在 {lastActivityAt}，已超过 {thresholdDays} 天没有任何跟进（健康度预警：客户长期无互动）。请安排拜访或沟通，并记录跟进。',
    },
    'health.renewal': {
      title: '客户「{customerName}」合同「{contractTitle}」将于 {endDate} 到期，尚未启动续费沟通',
      body: '合同还有 {daysLeft} 天到期；自 {windowStart} 进入到期前 {windowDays} 天以来，客户没有新的跟进、商机或合同（健康度预警：合同到期前未启动续费沟通）。请尽快启动续费沟通。',
    },
    'renewal.created': {
      title: '客户「{customerName}」合同「{contractTitle}」将于 {endDate} 到期，已为您创建续约商机',
      body: '距合同到期不足 {leadDays} 天，系统已自动创建续约商机，请尽快启动续约沟通。',
    },
    'health.nps': {
      title: '客户「{customerName}」NPS {score} 分，低于 {threshold} 分',
      body: '客户最新的 NPS 评分为 {score} 分（{answeredAt}），低于预警阈值 {threshold} 分（健康度预警：NPS 低于阈值）{hasComment, select, true {；客户反馈：「{comment}」} other {}}。请联系客户了解不满原因并制定改进计划。',
    },
    'contract.confirmation': {
      title: '请确认合同「{contractTitle}」',
      body: '{customerName}，金额 {amount, number} 元。请以{party, select, product {产品负责人（技术可行性）} finance {财务负责人（账期合规）} other {{party}}}身份确认或否决。',
    },
    'contract.confirmed': {
      title: '{party, select, product {产品负责人（技术可行性）} finance {财务负责人（账期合规）} other {{party}}}已确认合同「{contractTitle}」',
      body: '{hasReason, select, true {{reason}} other {可以在双方确认后提交审批。}}',
    },
    'contract.vetoed': {
      title: '{party, select, product {产品负责人（技术可行性）} finance {财务负责人（账期合规）} other {{party}}}否决了合同「{contractTitle}」',
      body: '{reason}',
    },
    'contract.frozen': {
      title: '客户「{customerName}」付款异常，合同「{contractTitle}」已冻结',
      body: '财务标记付款异常：{reason}。请与客户沟通回款并跟进解冻。',
    },
    'contract.approved': {
      title: '合同「{contractTitle}」已通过产品、财务、交付三方审核',
      body: '可以进入交付。',
    },
    'card.created': {
      title: '新任务卡：{department, select, product {需求评审} finance {信用核验 / 账期审核} delivery {排期预审} other {{department}}}「{contractTitle}」',
      body: '时限 {slaDays} 个工作日。',
    },
    'card.overdue': {
      title: '【协作超时】{department, select, product {需求评审} finance {信用核验 / 账期审核} delivery {排期预审} other {{department}}}：{contractTitle}',
      body: '{department, select, product {需求评审} finance {信用核验 / 账期审核} delivery {排期预审} other {{department}}}时限 {slaDays} 个工作日，已超时未完成。',
    },
    'card.rejected': {
      title: '合同「{contractTitle}」被退回',
      body: '{reason}',
    },
    'report.collaboration': {
      title: '{month} 协作堵点分析报告已生成',
      body: 'SLA 达成率最低：{department, select, product {产品} finance {财务} delivery {交付} other {{department}}} {ratePercent}%。驳回原因 TOP1：{reasons, plural, =0 {无} other {{topReason}}}',
    },
    'report.collaboration#empty': {
      title: '{month} 协作堵点分析报告已生成',
      body: '本月无跨部门协作记录。',
    },
    'report.stale': {
      title: '昨日断点清单（{date}）：{teamName} {count} 条超 {hours} 小时未更新',
      body: '{breakdown}',
    },
    'authenticity.spot_check': {
      title: '每周跟进抽检（{week}）：{count} 条待判定',
      body: '系统从团队上周的跟进记录中随机抽取了 {count} 条，请对照客户的阶段变化、附件和其他跟进判断是否为有效动作。',
    },
  },

  text: {
    // Parts of notices: one line of the stale digest per rep, and how list items are joined.
    'notice.staleRep': '{pool, select, true {公海} other {{name}}}：{count} 条',
    'list.separator': '；',

    // Group-bot messages (Feishu, WeCom, team e-mail), in the team's language.
    'bot.time': '时间：{time}',
    'bot.leads.breached': '【响应超时】{count} 条线索超过黄金响应时效未联系',
    'bot.leads.escalated': '【二次升级】{count} 条超时线索仍未联系，已升级至区域经理',
    'bot.leads.unassigned': '【待分配】{count} 条公海线索超过 {minutes} 分钟无人领取',
    'bot.leads.lead': '线索',
    'bot.leads.region': '区域',
    'bot.leads.productLine': '产品线',
    'bot.leads.type': '类型',
    'bot.leads.dueAt': '截止时间',
    'bot.leads.open': '打开线索列表',
    'bot.card.overdue':
      '{department, select, product {需求评审} finance {信用核验 / 账期审核} delivery {排期预审} other {{department}}}已超过 {slaDays} 个工作日时限。',
    'bot.card.open': '打开协作看板',
    'bot.stale.hint': '晨会前请逐条确认下一步动作。规则：进行中的线索/商机超过 {hours} 小时无更新。',
    'bot.stale.rep': '销售',
    'bot.stale.count': '断点数',
    'bot.stale.oldest': '最久未更新',
    'bot.stale.pool': '公海（未分配）',
    'bot.stale.open': '查看完整清单',
    'bot.test.title': '测试消息：通知渠道已连通',
    'bot.test.body': '由 {name} 发送。收到这条消息说明机器人配置正确。',
    'bot.test.open': '打开系统',

    // 会话存档: per-record results of an ingestion call, and a recalled message in the timeline.
    'chat.rejected':
      '{reason, select, not_an_object {不是 JSON 对象} missing_field {缺少字段 {field}} invalid_field {字段 {field} 无效} unknown_action {未知的 action} other {无法识别的记录}}',
    'chat.skipped': '{reason, select, switch {切换企业记录，无需存档} no_consent {该外部联系人未同意存档} expired {早于保留期限（{days} 天）} other {已跳过}}',
    'chat.recalled': '已撤回',
    'chat.unassigned': '未分配',

    // 断点清单 export.
    'sheet.stale.file': '昨日断点清单-{date}.xlsx',
    'sheet.stale.detail': '断点明细',
    'sheet.stale.type': '类型',
    'sheet.stale.name': '名称',
    'sheet.stale.region': '区域',
    'sheet.stale.productLine': '产品线',
    'sheet.stale.owner': '负责人',
    'sheet.stale.team': '团队',
    'sheet.stale.stage': '状态/阶段',
    'sheet.stale.last': '最后更新',
    'sheet.stale.idle': '未更新（小时）',
    'sheet.stale.entity': '{entity, select, lead {线索} other {商机}}',
    'sheet.stale.status': '{status, select, new {新线索} contacted {已联系} qualified {已确认需求} other {{status}}}',
    'sheet.stale.pool': '公海（未分配）',
    'sheet.stale.byRegion': '按区域',
    'sheet.stale.byProductLine': '按产品线',
    'sheet.stale.byOwner': '按销售',
    'sheet.stale.groupRegion': '区域',
    'sheet.stale.groupProductLine': '产品线',
    'sheet.stale.groupOwner': '销售',
    'sheet.stale.count': '断点数',
    'sheet.stale.info': '说明',
    'sheet.stale.generatedAt': '生成时间',
    'sheet.stale.rule': '规则',
    'sheet.stale.ruleText': '进行中的线索和商机超过 {hours} 小时无更新',
    'sheet.stale.total': '总数',
    'sheet.stale.notice': '注意',
    'sheet.stale.truncated': '明细仅导出最久未更新的 {count} 条',

    // 协作堵点分析报告 export.
    'sheet.collab.file': '协作堵点分析报告-{month}.xlsx',
    'sheet.collab.steps': '环节耗时',
    'sheet.collab.step': '环节',
    'sheet.collab.completed': '完成数',
    'sheet.collab.avgWorkingDays': '平均耗时（工作日）',
    'sheet.collab.stepName':
      '{step, select, confirm_product {三方确认：产品} confirm_finance {三方确认：财务} product {需求评审} finance {信用核验} delivery {排期预审} other {{step}}}',
    'sheet.collab.reasons': '驳回原因TOP3',
    'sheet.collab.reason': '原因',
    'sheet.collab.count': '次数',
    'sheet.collab.clauses': '争议条款',
    'sheet.collab.clause': '条款',
    'sheet.collab.clauseKey': '编码',
    'sheet.collab.vetoes': '否决次数',
    'sheet.collab.sla': 'SLA达成率',
    'sheet.collab.department': '部门',
    'sheet.collab.departmentName': '{department, select, product {产品} finance {财务} delivery {交付} other {{department}}}',
    'sheet.collab.onTime': '按时完成',
    'sheet.collab.rate': '达成率',
    'sheet.collab.overdueOpen': '超时未完成',

    // 销售能力雷达图 export.
    'sheet.radar.file': '销售能力雷达图-{month}.xlsx',
    'sheet.radar.scores': '能力得分',
    'sheet.radar.rep': '销售',
    'sheet.radar.team': '团队',
    'sheet.radar.teamAverage': '团队均值',
    'sheet.radar.raw': '原始数据',
    'sheet.radar.raw.leadsConverted': '转化线索',
    'sheet.radar.raw.leadsDisqualified': '无效线索',
    'sheet.radar.raw.needsDiscoveryActions': '需求挖掘动作',
    'sheet.radar.raw.proposals': '定制化方案',
    'sheet.radar.raw.valueActions': '价值呈现/演示动作',
    'sheet.radar.raw.lateStageWon': '后期赢单',
    'sheet.radar.raw.lateStageLost': '后期输单',
    'sheet.radar.raw.wonDeals': '赢单数',
    'sheet.radar.raw.avgCycleDays': '平均成交周期(天)',
    'sheet.radar.raw.contractsEnding': '到期合同',
    'sheet.radar.raw.contractsRenewed': '已续约',
    'sheet.radar.raw.npsAverage': 'NPS均值',
    'sheet.radar.raw.upsellAmount': '老客增购金额',
    'sheet.radar.formulas': '计算公式',
    'sheet.radar.dimension': '维度',
    'sheet.radar.formula': '公式',
    'sheet.radar.note': '说明',
    // 回款、续约、考核与 LTV exports.
    'sheet.money.file':
      '{kind, select, receivables {应收明细} receivablesReport {回款报表} signing {合同签署时效} renewals {续约统计} appraisal {月度考核} ltv {客户LTV} other {{kind}}}-{date}.xlsx',
    'sheet.money.sheet':
      '{kind, select, receivables {应收明细} customer {按客户} rep {按销售} month {按月份} unsignedLate {超期未签署} signing {签署时效} renewals {续约统计} contracts {到期合同} appraisal {考核明细} ranking {团队排名} customers {客户LTV} reps {销售LTV占比} other {{kind}}}',
    'sheet.money.status': '{status, select, open {未结清} paid {已结清} overdue {已逾期} other {{status}}}',
    'sheet.money.column':
      '{key, select, contractNumber {合同编号} number {合同编号} contractTitle {合同名称} customerName {客户} ownerName {销售} teamName {团队} seq {期次} milestone {节点} amount {金额} received {已收} outstanding {未收} due {应收} overdue {逾期未收} dueDate {到期日} status {状态} daysOverdue {逾期天数} label {分组} count {笔数} wonAt {赢单时间} signedAt {签署时间} daysToSign {赢单至签署（天）} daysSinceWin {赢单至今（天）} key {分组} month {月份} ending {到期合同数} renewed {已续约} rate {续约率} averageAmount {平均续约金额} endDate {到期日} renewedAmount {续约金额} component {考核项} raw {原始值} score {得分} weight {权重} weighted {加权得分} total {总分} rank {团队排名} coordinationShare {「内部协调不畅」投诉占比} complaints {投诉数} ltv {LTV} expectedRenewals {预期续约} share {LTV占比} customers {客户数} other {{key}}}',
  },
};
