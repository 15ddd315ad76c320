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

/**
 * Modules a company switches on and off (按需开启). Off: their menus are hidden, their time rules
 * and event reactions stop, their routes answer 403 MODULE_DISABLED; on again, everything resumes
 * on the data kept meanwhile. `field` (外勤) is reserved for the field-sales module.
 */
export const MODULE_SWITCHES = ['collaboration', 'authenticity', 'analytics', 'chatArchive', 'field'] as const;
export type ModuleSwitch = (typeof MODULE_SWITCHES)[number];
const modulesSchema = z
  .object({ collaboration: z.boolean(), authenticity: z.boolean(), analytics: z.boolean(), chatArchive: z.boolean(), field: z.boolean() })
  .strict();

export const defaultModules: z.infer<typeof modulesSchema> = { collaboration: true, authenticity: true, analytics: true, chatArchive: true, field: false };

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
    modules: modulesSchema.default(defaultModules),
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

export function defaultCollaboration(): z.infer<typeof collaborationSchema> {
  return { slaDays: { product: 2, finance: 1, delivery: 3 }, routing: [], heads: {}, requirementTemplates: defaultRequirementTemplates, reportDay: 1 };
}
