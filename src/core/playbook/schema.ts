import { isValidTimeZone } from '../calendar/working-time.js';
import { defaultRequirementTemplates } from './requirement-templates.js';
import { z } from 'zod';

const key = z.string().regex(/^[a-z][a-z0-9_]*$/i, 'key: letters, digits and _');
const labelled = { key, label: z.string().min(1), labelEn: z.string().min(1).optional() };

export const scopeSchema = z
  .object({
    grades: z.array(z.enum(['A', 'B', 'C', 'D'])).optional(),
    types: z.array(z.enum(['B2B', 'B2C'])).optional(),
    regions: z.array(z.string()).optional(),
    productLines: z.array(z.string()).optional(),
  })
  .strict();

const requirementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('followups'), channel: z.string(), min: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('files'), fileKind: z.string(), min: z.number().int().min(1) }).strict(),
]);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

const slaSchema = z
  .object({
    businessHours: z
      .object({ start: hhmm, end: hhmm, timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone') })
      .strict()
      .refine((h) => h.start < h.end, 'business hours must end after they start'),
    responsePolicies: z
      .array(
        z
          .object({
            type: z.enum(['B2B', 'B2C']),
            hours: z
              .number()
              .positive()
              .max(24 * 60),
            clock: z.enum(['business', 'natural']),
          })
          .strict(),
      )
      .min(1),
    /** The owner is warned when this share of the response time has passed. */
    warnAtRatio: z.number().gt(0).lt(1),
    /** A breached lead still untouched after this share of its response time again goes to the regional manager. */
    secondEscalationRatio: z.number().positive(),
    /** Follow-up channels that count as a first response. */
    qualifyingChannels: z.array(z.string()).min(1),
  })
  .strict();

const assignmentSchema = z
  .object({
    /** Leads arriving without an owner are dealt round-robin along the first matching route. */
    autoAssign: z.boolean(),
    routes: z.array(
      z
        .object({
          region: z.string().min(1),
          productLine: z.string().min(1),
          /** Explicit reps by username; else the sales reps of the named teams; else of every team of the lead's region. */
          usernames: z.array(z.string()).optional(),
          teams: z.array(z.string()).optional(),
        })
        .strict(),
    ),
    unassignedAlertMinutes: z.number().positive(),
    recycleEnabled: z.boolean(),
    recycleAfterDays: z.number().positive(),
    recycleReminderDays: z.number().positive(),
  })
  .strict()
  .refine((a) => a.recycleReminderDays < a.recycleAfterDays, 'the recycle reminder must come before the recycle');

const departments = ['product', 'finance', 'delivery'] as const;
const collaborationSchema = z
  .object({
    /** Working days each department has for its card (the article: 2 / 1 / 3). */
    slaDays: z.object({ product: z.number().positive(), finance: z.number().positive(), delivery: z.number().positive() }).strict(),
    /** Who gets a department's cards and confirmations: the first matching route; else any active user of that role. */
    routing: z.array(z.object({ department: z.enum(departments), region: z.string().min(1), username: z.string().min(1) }).strict()),
    /** Department heads receive overdue alerts about their side; directors when unset. */
    heads: z.object({ product: z.string().optional(), finance: z.string().optional(), delivery: z.string().optional() }).strict(),
    requirementTemplates: z
      .array(
        z
          .object({
            key,
            name: z.string().min(1),
            items: z
              .array(
                z
                  .object({
                    key,
                    label: z.string().min(1),
                    params: z.array(
                      z.object({ key, label: z.string().min(1), type: z.enum(['text', 'number', 'date', 'boolean']), unit: z.string().optional() }).strict(),
                    ),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    reportDay: z.number().int().min(1).max(28),
  })
  .strict();

const schedulesSchema = z.object({ staleDigestAt: hhmm }).strict();

/** 防伪跟进: thresholds of the authenticity checks and the weekly spot check. */
const authenticitySchema = z
  .object({
    /** Jaccard similarity of 3-character shingles from which a follow-up is flagged 疑似雷同. */
    similarityThreshold: z.number().gt(0).max(1),
    /** How far back the rep's own and the team's follow-ups are compared. */
    lookbackDays: z.number().int().min(1).max(3650),
    /** More than maxEntries follow-ups by one author within windowMinutes is a burst. */
    burst: z
      .object({
        windowMinutes: z
          .number()
          .positive()
          .max(24 * 60),
        maxEntries: z.number().int().min(1),
      })
      .strict(),
    /** Entries written in [from, to) local time (playbook time zone) are flagged; from = to turns it off. */
    oddHours: z.object({ from: hhmm, to: hhmm }).strict(),
    /** Each supervisor gets `size` random follow-ups of the team's previous week on `weekday` (1 = Monday) at `at`. */
    spotCheck: z.object({ enabled: z.boolean(), weekday: z.number().int().min(1).max(7), at: hhmm, size: z.number().int().min(1).max(50) }).strict(),
  })
  .strict();

export const defaultAuthenticity: z.infer<typeof authenticitySchema> = {
  similarityThreshold: 0.8,
  lookbackDays: 90,
  burst: { windowMinutes: 10, maxEntries: 5 },
  oddHours: { from: '00:00', to: '05:00' },
  spotCheck: { enabled: true, weekday: 1, at: '09:00', size: 5 },
};

/** 三维贡献模型: weights per business phase (业务阶段) and the points behind 客户培育积分. */
const contributionWeightsSchema = z
  .object({ newCustomers: z.number().min(0).max(1), upsell: z.number().min(0).max(1), customerSuccess: z.number().min(0).max(1) })
  .strict();
const contributionSchema = z
  .object({
    /** Business phases (e.g. 拓展期 / 成长期 / 成熟期), each with weights that add up to 1. */
    phases: z.array(z.object({ ...labelled, weights: contributionWeightsSchema }).strict()).min(1),
    activePhase: key,
    /** 客户培育积分 per CSM event type; the keys are the event types the CSM integration accepts. */
    csmPoints: z.record(key, z.number().min(0)),
    /** Follow-up value tags that count as a customer-success intervention, and the points each earns. */
    customerSuccessTags: z.array(z.string().min(1)).min(1),
    customerSuccessFollowupPoints: z.number().min(0),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.phases.forEach((p, i) => {
      if (seen.has(p.key)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'key'], message: `duplicate key "${p.key}"` });
      seen.add(p.key);
      const sum = p.weights.newCustomers + p.weights.upsell + p.weights.customerSuccess;
      if (Math.abs(sum - 1) > 0.001) ctx.addIssue({ code: 'custom', path: ['phases', i, 'weights'], message: `weights must add up to 1 (now ${sum})` });
    });
    if (!seen.has(c.activePhase)) ctx.addIssue({ code: 'custom', path: ['activePhase'], message: `unknown phase "${c.activePhase}"` });
  });

/** 客户健康度: how the 0–100 score weighs its components (alert thresholds are in `thresholds`). */
const healthSchema = z
  .object({
    weights: z
      .object({ recency: z.number().min(0), nps: z.number().min(0), renewal: z.number().min(0), complaints: z.number().min(0) })
      .strict()
      .refine((w) => w.recency + w.nps + w.renewal + w.complaints > 0, 'at least one weight must be positive'),
    /** Interaction recency scores 100 up to this many days, falling to 0 at thresholds.inactiveCustomerDays. */
    recentDays: z.number().min(0),
    /** Points each open complaint takes off the complaints component (from 100). */
    complaintPenalty: z.number().min(0).max(100),
    /** Remedial tasks created by the health alerts are due this many hours after they fire. */
    taskDueHours: z
      .number()
      .positive()
      .max(24 * 30),
  })
  .strict();

/** Management KPIs: what counts as a high-intent lead and its response window. */
const kpiSchema = z
  .object({
    highIntentStatuses: z.array(z.enum(['new', 'contacted', 'qualified', 'converted', 'disqualified'])).min(1),
    highIntentResponseHours: z.number().positive(),
  })
  .strict();

export function defaultContribution(): z.infer<typeof contributionSchema> {
  return {
    phases: [
      { key: 'expansion', label: '拓展期', labelEn: 'Expansion', weights: { newCustomers: 0.6, upsell: 0.25, customerSuccess: 0.15 } },
      { key: 'growth', label: '成长期', labelEn: 'Growth', weights: { newCustomers: 0.45, upsell: 0.35, customerSuccess: 0.2 } },
      { key: 'mature', label: '成熟期', labelEn: 'Mature', weights: { newCustomers: 0.25, upsell: 0.45, customerSuccess: 0.3 } },
    ],
    activePhase: 'growth',
    csmPoints: { ticket: 2, training: 5, whitepaper_download: 1, webinar: 3, nps: 1 },
    customerSuccessTags: ['customer_success'],
    customerSuccessFollowupPoints: 1,
  };
}

export const defaultHealth: z.infer<typeof healthSchema> = {
  weights: { recency: 0.35, nps: 0.25, renewal: 0.2, complaints: 0.2 },
  recentDays: 7,
  complaintPenalty: 40,
  taskDueHours: 24,
};

/** 回款 and 合同签署时效性: when an unpaid receivable raises the payment anomaly, when an unsigned won contract is listed. */
const receivablesSchema = z
  .object({
    /** A receivable still unpaid this many working days after its due date raises the payment anomaly (freeze). */
    overdueWorkingDays: z.number().int().min(1).max(250),
    /** A contract whose opportunity was won this many days ago and is still unsigned is listed for the director. */
    signingDeadlineDays: z.number().int().min(1).max(365),
  })
  .strict();
export const defaultReceivables: z.infer<typeof receivablesSchema> = { overdueWorkingDays: 10, signingDeadlineDays: 30 };

/** 续约 and LTV: when the renewal opportunity is created, and how far customer lifetime value looks ahead. */
const renewalsSchema = z
  .object({
    /** Days before a running contract ends when its renewal opportunity is created (on the first working day from then). */
    leadDays: z.number().int().min(1).max(730),
    /** LTV counts expected renewals over this many years. */
    ltvHorizonYears: z.number().min(0).max(20),
    /** The share of a contract's yearly value LTV expects to renew (0–1). */
    expectedRenewalRate: z.number().min(0).max(1),
  })
  .strict();
export const defaultRenewals: z.infer<typeof renewalsSchema> = { leadDays: 90, ltvHorizonYears: 3, expectedRenewalRate: 0.8 };

/** 投诉分类: the categories complaints are filed under; `coordinationCategory` is 「内部协调不畅」, whose share the appraisal reports. */
const complaintsSchema = z
  .object({ categories: z.array(z.object(labelled).strict()).min(1), coordinationCategory: key })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.categories.some((x) => x.key === c.coordinationCategory))
      ctx.addIssue({ code: 'custom', path: ['coordinationCategory'], message: `unknown category "${c.coordinationCategory}"` });
    if (new Set(c.categories.map((x) => x.key)).size !== c.categories.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'duplicate key' });
  });
export function defaultComplaints(): z.infer<typeof complaintsSchema> {
  return {
    categories: [
      { key: 'product_quality', label: '产品质量', labelEn: 'Product quality' },
      { key: 'delivery_delay', label: '交付延迟', labelEn: 'Delivery delay' },
      { key: 'service_attitude', label: '服务态度', labelEn: 'Service attitude' },
      { key: 'coordination', label: '内部协调不畅', labelEn: 'Poor internal coordination' },
      { key: 'billing', label: '账单问题', labelEn: 'Billing' },
    ],
    coordinationCategory: 'coordination',
  };
}

export const APPRAISAL_COMPONENTS = ['newCustomerAmount', 'renewalRate', 'incubationQuality', 'customerHealth'] as const;
/** 月度考核: the components of a rep's monthly appraisal, their weights (adding up to 100) and targets. */
const appraisalSchema = z
  .object({
    components: z
      .array(
        z
          .object({
            key: z.enum(APPRAISAL_COMPONENTS),
            label: z.string().min(1),
            labelEn: z.string().min(1).optional(),
            weight: z.number().min(0).max(100),
            /** The raw value that scores 100 (amount in yuan, or a rate 0–1); the health component scores its raw value. */
            target: z.number().positive(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((a, ctx) => {
    const sum = a.components.reduce((t, c) => t + c.weight, 0);
    if (Math.abs(sum - 100) > 0.001) ctx.addIssue({ code: 'custom', path: ['components'], message: `weights must add up to 100 (now ${sum})` });
    if (new Set(a.components.map((c) => c.key)).size !== a.components.length) ctx.addIssue({ code: 'custom', path: ['components'], message: 'duplicate key' });
  });
/**
 * The article's bonus weights 新客户签约额 45 %, 老客户续约率 28 %, 商机孵化质量 17 % keep their
 * proportions in the 85 % the monthly appraisal leaves after 客户健康度 15 %: 45/90 × 85 = 42.5,
 * 28/90 × 85 ≈ 26.4, 17/90 × 85 ≈ 16.1.
 */
export function defaultAppraisal(): z.infer<typeof appraisalSchema> {
  return {
    components: [
      { key: 'newCustomerAmount', label: '新客户签约额', labelEn: 'New-customer signing amount', weight: 42.5, target: 500000 },
      { key: 'renewalRate', label: '老客户续约率', labelEn: 'Renewal rate', weight: 26.4, target: 0.9 },
      { key: 'incubationQuality', label: '商机孵化质量', labelEn: 'Opportunity incubation quality', weight: 16.1, target: 0.3 },
      { key: 'customerHealth', label: '客户健康度', labelEn: 'Customer health', weight: 15, target: 100 },
    ],
  };
}

/** 会话存档: how long archived chat messages are kept, and when the daily purge runs. */
const chatArchiveSchema = z
  .object({
    /** Messages (and their media) older than this many days are deleted by a daily time rule. */
    retentionDays: z.number().int().min(1).max(3650),
    /** Local time of the daily retention purge. */
    purgeAt: hhmm,
  })
  .strict();

export const defaultChatArchive: z.infer<typeof chatArchiveSchema> = { retentionDays: 180, purgeAt: '03:00' };

/** 客户关注点: categories of customer concerns, each recognised by its keywords (a jieba user dictionary). */
const concernsSchema = z
  .object({
    categories: z
      .array(
        z
          .object({
            key,
            label: z.string().min(1),
            labelEn: z.string().min(1),
            keywords: z.array(z.string().trim().min(1).max(30)).min(1).max(200),
          })
          .strict(),
      )
      .max(50),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.categories.forEach((cat, i) => {
      if (seen.has(cat.key)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'key'], message: `duplicate key "${cat.key}"` });
      seen.add(cat.key);
      cat.keywords.forEach((word, j) => {
        if (/\s/.test(word)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'keywords', j], message: `a keyword is one word: "${word}"` });
      });
    });
  });

export function defaultConcerns(): z.infer<typeof concernsSchema> {
  return {
    categories: [
      {
        key: 'price',
        label: '价格',
        labelEn: 'Price',
        keywords: [
          '价格',
          '报价',
          '太贵',
          '贵',
          '便宜',
          '折扣',
          '优惠',
          '降价',
          '预算',
          '成本',
          '费用',
          '单价',
          '总价',
          '性价比',
          '打折',
          'price',
          'discount',
          'budget',
        ],
      },
      {
        key: 'delivery_time',
        label: '交付周期',
        labelEn: 'Delivery time',
        keywords: ['交付周期', '交期', '货期', '工期', '到货', '发货', '交付', '上线时间', '排期', '多久', '延期', '加急', '进度', 'deadline', 'delivery'],
      },
      {
        key: 'quality',
        label: '质量',
        labelEn: 'Quality',
        keywords: ['质量', '品质', '稳定性', '故障', '缺陷', '次品', '良率', '返工', '可靠性', '精度', '寿命', '认证', 'bug', 'quality'],
      },
      {
        key: 'after_sales',
        label: '售后',
        labelEn: 'After-sales',
        keywords: ['售后', '售后服务', '维修', '保修', '质保', '维保', '退货', '换货', '上门', '响应时间', '技术支持', '运维', '投诉', 'support', 'warranty'],
      },
      {
        key: 'competitor',
        label: '竞品',
        labelEn: 'Competitors',
        keywords: ['竞品', '竞争对手', '友商', '对手', '别家', '其他厂家', '同行', '对比', '比较', '替代', '国外品牌', 'competitor'],
      },
      {
        key: 'payment',
        label: '付款',
        labelEn: 'Payment',
        keywords: ['付款', '账期', '首付', '尾款', '预付款', '分期', '发票', '开票', '回款', '结算', '汇款', '转账', '付款方式', 'invoice', 'payment'],
      },
      {
        key: 'features',
        label: '功能需求',
        labelEn: 'Feature requests',
        keywords: ['功能', '需求', '定制', '定制化', '接口', '对接', '集成', '二次开发', '参数', '配置', '兼容', '扩展', '升级', 'API', 'feature'],
      },
      {
        key: 'training',
        label: '培训',
        labelEn: 'Training',
        keywords: ['培训', '教程', '手册', '操作指导', '上手', '说明书', '演示', '实操', '课程', '使用方法', 'training'],
      },
      {
        key: 'contract_terms',
        label: '合同条款',
        labelEn: 'Contract terms',
        keywords: ['合同', '条款', '违约', '违约金', '签约', '盖章', '法务', '补充协议', '验收', '验收标准', 'contract'],
      },
      {
        key: 'implementation',
        label: '实施与交付资源',
        labelEn: 'Implementation',
        keywords: ['实施', '部署', '安装', '调试', '现场', '驻场', '工程师', '上线', '迁移', '试运行', 'implementation'],
      },
    ],
  };
}

/** 报价单: tax, the discount above which a supervisor approves before sending, and the PDF's header. */
const quotesSchema = z
  .object({
    /** VAT added to the net amount (0.13 = 13 %). */
    taxRate: z.number().min(0).max(1),
    /** A line discounted more than this percentage below its list price needs a supervisor's approval. */
    approvalDiscountPct: z.number().min(0).max(100),
    /** The company name in the PDF's header. */
    companyName: z.string().trim().min(1).max(200),
    /** Address, phone… under the header (optional). */
    companyDetails: z.string().trim().max(500).default(''),
    /** Days a new quote is valid when the request names no date (the UI's default). */
    validityDays: z.number().int().min(1).max(365),
  })
  .strict();

export const defaultQuotes: z.infer<typeof quotesSchema> = {
  taxRate: 0.13,
  approvalDiscountPct: 10,
  companyName: '销售过程管理示范有限公司',
  companyDetails: '',
  validityDays: 30,
};

/** 设备台账: whether an unauthenticated scanner of a device's QR label sees its public card. */
const devicesSchema = z
  .object({
    /** Model, serial, customer name, dates, status and last service date; no prices, contacts or faults. */
    publicView: z.boolean(),
  })
  .strict();

export const defaultDevices: z.infer<typeof devicesSchema> = { publicView: false };

/** 销售预测: the win probability (percent) of an open opportunity per stage, unless the opportunity sets its own. */
const forecastSchema = z
  .object({
    stageProbabilities: z.record(z.string(), z.number().int().min(0).max(100)),
  })
  .strict();

export const defaultForecast: z.infer<typeof forecastSchema> = {
  stageProbabilities: { initial: 10, needs: 20, proposal: 40, negotiation: 60, contract: 80, won: 100, lost: 0 },
};
/**
 * 外勤: check-ins and the locations they record. A check-in farther than `checkinMaxDistanceM` from
 * the customer is refused (TOO_FAR); a position less accurate than `maxAccuracyM` too
 * (LOCATION_INACCURATE). Check-in positions are personal data: older than `locationRetentionDays`
 * they are purged by a time rule (the fact of the visit stays, the position goes).
 */
const fieldSchema = z
  .object({
    checkinMaxDistanceM: z.number().int().min(10).max(100_000),
    maxAccuracyM: z.number().int().min(10).max(100_000),
    locationRetentionDays: z.number().int().min(1).max(3650),
  })
  .strict();

export const defaultField: z.infer<typeof fieldSchema> = {
  checkinMaxDistanceM: 500,
  maxAccuracyM: 1000,
  locationRetentionDays: 90,
};

/**
 * 语音跟进: keywords that suggest a follow-up's value tag from its (transcribed) text. A value tag
 * is suggested when its keywords are words of the text (jieba, like the concern categories); the
 * tag with the most distinct matched keywords wins, ties go to the first in this list.
 */
const voiceSchema = z
  .object({
    valueTagKeywords: z
      .array(
        z
          .object({
            valueTag: key,
            keywords: z.array(z.string().trim().min(1).max(30)).min(1).max(200),
          })
          .strict(),
      )
      .max(50),
  })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.valueTagKeywords.forEach((entry, i) => {
      if (seen.has(entry.valueTag))
        ctx.addIssue({ code: 'custom', path: ['valueTagKeywords', i, 'valueTag'], message: `duplicate value tag "${entry.valueTag}"` });
      seen.add(entry.valueTag);
      entry.keywords.forEach((word, j) => {
        if (/\s/.test(word)) ctx.addIssue({ code: 'custom', path: ['valueTagKeywords', i, 'keywords', j], message: `a keyword is one word: "${word}"` });
      });
    });
  });

export function defaultVoice(): z.infer<typeof voiceSchema> {
  return {
    valueTagKeywords: [
      { valueTag: 'needs_discovery', keywords: ['需求', '痛点', '预算', '现状', '调研', '规划', '产能', '瓶颈', '改造'] },
      { valueTag: 'objection_handling', keywords: ['顾虑', '担心', '异议', '疑虑', '不满意', '打消', '质疑', '犹豫'] },
      { valueTag: 'value_presentation', keywords: ['价值', '案例', '收益', '回报', '节省', '效益', 'ROI', '标杆'] },
      { valueTag: 'solution_demo', keywords: ['演示', '试用', '样机', '展示', '测试', '试运行', '方案'] },
      { valueTag: 'negotiation', keywords: ['谈判', '折扣', '优惠', '合同', '条款', '让步', '议价', '签约'] },
      { valueTag: 'customer_success', keywords: ['回访', '满意度', '续约', '验收', '使用情况', '上线', '复购'] },
    ],
  };
}

/**
 * Modules a company switches on and off (按需开启). Off: their menus are hidden, their time rules
 * and event reactions stop, their routes answer 403 MODULE_DISABLED; on again, everything resumes
 * on the data kept meanwhile. `field` (外勤): visits, check-ins, competitor stores and the map.
 */
export const MODULE_SWITCHES = ['collaboration', 'authenticity', 'analytics', 'chatArchive', 'field'] as const;
export type ModuleSwitch = (typeof MODULE_SWITCHES)[number];
const modulesSchema = z
  .object({ collaboration: z.boolean(), authenticity: z.boolean(), analytics: z.boolean(), chatArchive: z.boolean(), field: z.boolean() })
  .strict();

export const defaultModules: z.infer<typeof modulesSchema> = { collaboration: true, authenticity: true, analytics: true, chatArchive: true, field: true };

export const defaultKpi: z.infer<typeof kpiSchema> = { highIntentStatuses: ['qualified', 'converted'], highIntentResponseHours: 48 };

export const defaultSla: z.infer<typeof slaSchema> = {
  businessHours: { start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' },
  responsePolicies: [
    { type: 'B2B', hours: 2, clock: 'business' },
    { type: 'B2C', hours: 24, clock: 'natural' },
  ],
  warnAtRatio: 0.75,
  secondEscalationRatio: 1,
  qualifyingChannels: ['visit', 'phone', 'wechat', 'meeting', 'email'],
};

export const defaultAssignment: z.infer<typeof assignmentSchema> = {
  autoAssign: false,
  routes: [{ region: '*', productLine: '*' }],
  unassignedAlertMinutes: 30,
  recycleEnabled: true,
  recycleAfterDays: 15,
  recycleReminderDays: 3,
};

export const stageSchema = z
  .object({ ...labelled, kind: z.enum(['open', 'won', 'lost']) })
  .strict()
  .meta({ id: 'PlaybookStage', description: 'A pipeline stage: open, or the one won and the one lost stage' });

export const playbookDocumentSchema = z
  .object({
    name: z.string().min(1),
    stages: z.array(stageSchema).min(3).meta({ description: 'The pipeline in order' }),
    fields: z
      .array(
        z
          .object({
            ...labelled,
            type: z.enum(['text', 'datetime']),
            minLength: z.number().int().min(0).optional(),
            future: z.boolean().optional(),
            hint: z.string().optional(),
          })
          .strict(),
      )
      .min(0),
    channels: z.array(z.object(labelled).strict()).min(1),
    valueTags: z.array(z.object(labelled).strict()).min(1),
    fileKinds: z.array(z.object(labelled).strict()).min(1),
    regions: z.array(z.string().min(1)).min(1),
    productLines: z.array(z.string().min(1)).min(1),
    leadSources: z.array(z.string().min(1)).default([]),
    rules: z
      .object({
        stageFields: z.array(
          z
            .object({
              id: key,
              name: z.string(),
              enabled: z.boolean(),
              scope: scopeSchema.default({}),
              stages: z.array(z.string()).min(1),
              fields: z.array(z.string()).min(1),
            })
            .strict(),
        ),
        gradeRules: z.array(
          z
            .object({
              id: key,
              name: z.string(),
              enabled: z.boolean(),
              scope: scopeSchema.default({}),
              toStage: z.string(),
              requirements: z.array(requirementSchema).min(1),
            })
            .strict(),
        ),
      })
      .strict(),
    thresholds: z
      .object({
        staleHours: z.number().positive(),
        inactiveCustomerDays: z.number().positive(),
        renewalWarningDays: z.number().positive(),
        npsAlertBelow: z.number(),
      })
      .strict(),
    // Sections added after version 1 default, so playbooks saved before them stay valid.
    sla: slaSchema.default(defaultSla),
    assignment: assignmentSchema.default(defaultAssignment),
    schedules: schedulesSchema.default({ staleDigestAt: '08:30' }),
    collaboration: collaborationSchema.default(() => defaultCollaboration()),
    authenticity: authenticitySchema.default(defaultAuthenticity),
    contribution: contributionSchema.default(() => defaultContribution()),
    health: healthSchema.default(defaultHealth),
    kpi: kpiSchema.default(defaultKpi),
    chatArchive: chatArchiveSchema.default(defaultChatArchive),
    concerns: concernsSchema.default(() => defaultConcerns()),
    quotes: quotesSchema.default(defaultQuotes),
    forecast: forecastSchema.default(defaultForecast),
    receivables: receivablesSchema.default(defaultReceivables),
    renewals: renewalsSchema.default(defaultRenewals),
    complaints: complaintsSchema.default(() => defaultComplaints()),
    appraisal: appraisalSchema.default(() => defaultAppraisal()),
    modules: modulesSchema.default(defaultModules),
    devices: devicesSchema.default(defaultDevices),
    field: fieldSchema.default(defaultField),
    voice: voiceSchema.default(() => defaultVoice()),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const stageKeys = new Set(doc.stages.map((s) => s.key));
    const fieldKeys = new Set(doc.fields.map((f) => f.key));
    const channelKeys = new Set(doc.channels.map((c) => c.key));
    const fileKinds = new Set(doc.fileKinds.map((k) => k.key));
    const unique = (list: { key: string }[], path: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: `duplicate key "${item.key}"` });
        seen.add(item.key);
      });
    };
    unique(doc.stages, 'stages');
    unique(doc.fields, 'fields');
    unique(doc.channels, 'channels');
    unique(doc.valueTags, 'valueTags');
    unique(doc.fileKinds, 'fileKinds');
    if (doc.stages[0]?.kind !== 'open') ctx.addIssue({ code: 'custom', path: ['stages', 0], message: 'the first stage must be an open stage' });
    if (doc.stages.filter((s) => s.kind === 'won').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['stages'], message: 'exactly one stage must be of kind "won"' });
    if (doc.stages.filter((s) => s.kind === 'lost').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['stages'], message: 'exactly one stage must be of kind "lost"' });
    doc.rules.stageFields.forEach((rule, i) => {
      rule.stages.forEach(
        (s) => stageKeys.has(s) || ctx.addIssue({ code: 'custom', path: ['rules', 'stageFields', i, 'stages'], message: `unknown stage "${s}"` }),
      );
      rule.fields.forEach(
        (f) => fieldKeys.has(f) || ctx.addIssue({ code: 'custom', path: ['rules', 'stageFields', i, 'fields'], message: `unknown field "${f}"` }),
      );
    });
    doc.sla.qualifyingChannels.forEach(
      (c, i) => channelKeys.has(c) || ctx.addIssue({ code: 'custom', path: ['sla', 'qualifyingChannels', i], message: `unknown channel "${c}"` }),
    );
    for (const type of ['B2B', 'B2C']) {
      if (doc.sla.responsePolicies.filter((p) => p.type === type).length > 1)
        ctx.addIssue({ code: 'custom', path: ['sla', 'responsePolicies'], message: `more than one policy for ${type}` });
    }
    Object.keys(doc.forecast.stageProbabilities).forEach(
      (s) => stageKeys.has(s) || ctx.addIssue({ code: 'custom', path: ['forecast', 'stageProbabilities', s], message: `unknown stage "${s}"` }),
    );
    doc.rules.gradeRules.forEach((rule, i) => {
      if (!stageKeys.has(rule.toStage))
        ctx.addIssue({ code: 'custom', path: ['rules', 'gradeRules', i, 'toStage'], message: `unknown stage "${rule.toStage}"` });
      rule.requirements.forEach((r, j) => {
        if (r.kind === 'followups' && !channelKeys.has(r.channel))
          ctx.addIssue({ code: 'custom', path: ['rules', 'gradeRules', i, 'requirements', j], message: `unknown channel "${r.channel}"` });
        if (r.kind === 'files' && !fileKinds.has(r.fileKind))
          ctx.addIssue({ code: 'custom', path: ['rules', 'gradeRules', i, 'requirements', j], message: `unknown file kind "${r.fileKind}"` });
      });
    });
  })
  .meta({ id: 'PlaybookDocument', description: '销售流程手册: stages, fields, rules, lists and thresholds; sections added after version 1 have defaults' });

export type PlaybookDocument = z.infer<typeof playbookDocumentSchema>;
export type PlaybookScope = z.infer<typeof scopeSchema>;
export type StageDef = PlaybookDocument['stages'][number];
export type FieldDef = PlaybookDocument['fields'][number];
export type CollaborationPolicy = PlaybookDocument['collaboration'];
export type Department = (typeof departments)[number];
export const DEPARTMENTS = departments;
export type SlaPolicy = PlaybookDocument['sla'];
export type AssignmentPolicy = PlaybookDocument['assignment'];
export type AuthenticityPolicy = PlaybookDocument['authenticity'];
export type ContributionPolicy = PlaybookDocument['contribution'];
export type ContributionWeights = ContributionPolicy['phases'][number]['weights'];
export type KpiPolicy = PlaybookDocument['kpi'];
export type ChatArchivePolicy = PlaybookDocument['chatArchive'];
export type ConcernsPolicy = PlaybookDocument['concerns'];
export type ModuleSwitches = PlaybookDocument['modules'];
export type ConcernCategory = ConcernsPolicy['categories'][number];
export type QuotesPolicy = PlaybookDocument['quotes'];
export type ReceivablesPolicy = PlaybookDocument['receivables'];
export type RenewalsPolicy = PlaybookDocument['renewals'];
export type ComplaintsPolicy = PlaybookDocument['complaints'];
export type AppraisalPolicy = PlaybookDocument['appraisal'];
export type DevicesPolicy = PlaybookDocument['devices'];
export type FieldPolicy = PlaybookDocument['field'];
export type VoicePolicy = PlaybookDocument['voice'];
export type AppraisalComponentKey = (typeof APPRAISAL_COMPONENTS)[number];

export function defaultCollaboration(): z.infer<typeof collaborationSchema> {
  return { slaDays: { product: 2, finance: 1, delivery: 3 }, routing: [], heads: {}, requirementTemplates: defaultRequirementTemplates, reportDay: 1 };
}
