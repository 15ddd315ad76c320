import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { workbookBuffer } from '../core/export/workbook.js';
import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { storedEnum } from '../core/http/common.js';
import { playbookBasisSchema } from '../core/playbook/explain.js';
import { AppError, forbidden, pickLocale } from '../core/http/errors.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { contributionRaws } from './contribution.query.js';
import { contributionFormula, DIMENSIONS, normaliseWeights, scoreContribution, type Weights } from './contribution.score.js';
import { KPI_DEFINITIONS, kpiReport } from './kpi.query.js';
import { isoDate, isoMonth, lastCompleteMonth, monthPeriod, reportPeriod } from './period.js';
import { radarRaws } from './radar.query.js';
import { RADAR_DIMENSIONS, RADAR_LABELS, RADAR_NOTE, scoreTeam, type RadarRaw } from './radar.score.js';
import { MANAGER_ROLES, repsOf, teamsInReach, type Rep } from './team-scope.js';
import { readContext } from '../core/http/read-side.js';

const SELLING_ROLES = ['sales', ...MANAGER_ROLES];

const weightsSchema = z
  .object({ newCustomers: z.number(), upsell: z.number(), customerSuccess: z.number() })
  .meta({ id: 'ContributionWeights', description: 'One value per dimension of the 三维贡献模型' });

const contributionSchema = z
  .object({
    from: z.string().meta({ format: 'date' }),
    to: z.string().meta({ format: 'date' }),
    teamId: z.string().nullable(),
    playbookVersion: z.number().int(),
    basis: playbookBasisSchema.meta({ description: 'The contribution-score rule, the settings it read and the playbook version' }),
    phases: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string().nullable(), weights: weightsSchema })),
    activePhase: z.string(),
    phase: z.string().meta({ description: 'The phase whose weights apply (unless `weights` was given)' }),
    weights: weightsSchema,
    weightsSource: storedEnum(z.enum(['query', 'phase'])).meta({ description: 'Whether the weights came from the query or the phase' }),
    customerSuccessFollowupPoints: z.number(),
    csmPoints: z.record(z.string(), z.number()).meta({ description: '客户培育积分 per CSM event type' }),
    formula: z.string(),
    normalisation: z.string(),
    items: z.array(
      z
        .object({
          userId: z.string(),
          name: z.string(),
          teamId: z.string().nullable(),
          teamName: z.string().nullable(),
          raw: weightsSchema,
          details: z.object({
            upsellWonAmount: z.number(),
            upsellContractAmount: z.number(),
            csFollowups: z.number(),
            csmPoints: z.number(),
            csmEvents: z.number(),
          }),
          normalised: weightsSchema,
          score: z.number(),
          rank: z.number().int(),
        })
        .meta({ id: 'ContributionRow' }),
    ),
  })
  .meta({ id: 'ContributionReport', description: '三维贡献模型: reps ranked by the weighted, normalised dimensions' });

const radarScoresSchema = z
  .object({ opportunity: z.number(), solution: z.number(), negotiation: z.number(), account: z.number() })
  .meta({ id: 'RadarScores', description: 'Each dimension 0–100' });
const componentsSchema = z.array(
  z
    .object({ key: z.string(), weight: z.number(), value: z.number().nullable().meta({ description: 'In [0, 1]; null when left out for lack of a basis' }) })
    .meta({ id: 'RadarComponent' }),
);
const radarSchema = z
  .object({
    month: z.string().meta({ description: 'YYYY-MM' }),
    from: z.string().meta({ format: 'date' }),
    to: z.string().meta({ format: 'date' }),
    dimensions: z.array(z.object({ key: z.enum(RADAR_DIMENSIONS), label: z.string(), labelEn: z.string(), formula: z.string(), formulaEn: z.string() })),
    note: z.object({ 'zh-CN': z.string(), en: z.string() }),
    teams: z.array(z.object({ teamId: z.string().nullable(), teamName: z.string().nullable(), reps: z.number().int(), average: radarScoresSchema })),
    reps: z.array(
      z
        .object({
          userId: z.string(),
          name: z.string(),
          teamId: z.string().nullable(),
          teamName: z.string().nullable(),
          scores: radarScoresSchema,
          teamAverage: radarScoresSchema,
          components: z.object({ opportunity: componentsSchema, solution: componentsSchema, negotiation: componentsSchema, account: componentsSchema }),
          raw: z.object({
            leadsConverted: z.number(),
            leadsDisqualified: z.number(),
            needsDiscoveryActions: z.number(),
            proposals: z.number(),
            valueActions: z.number(),
            lateStageWon: z.number(),
            lateStageLost: z.number(),
            wonDeals: z.number(),
            avgCycleDays: z.number().nullable(),
            contractsEnding: z.number(),
            contractsRenewed: z.number(),
            npsAverage: z.number().nullable(),
            upsellAmount: z.number(),
          }),
        })
        .meta({ id: 'RadarRep' }),
    ),
  })
  .meta({ id: 'RadarReport', description: '销售能力雷达图 of a month (a sales rep sees only their own radar beside the team average)' });

const rateOf = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, rate: z.number().nullable() });
const kpiNumbers = {
  leadCycle: z.object({ closed: z.number(), avgDays: z.number().nullable() }),
  highIntent: rateOf({ total: z.number(), answeredInWindow: z.number() }),
  responseSla: rateOf({ met: z.number(), breached: z.number() }),
  conversion: rateOf({ arrived: z.number(), converted: z.number() }),
  contractToDelivery: z.object({ contracts: z.number(), avgWorkingDays: z.number().nullable(), avgDays: z.number().nullable() }),
  fakeFollowupRate: z.number().nullable(),
  effectiveActionDensity: z.number().nullable(),
};
const kpiSchema = z
  .object({
    from: z.string().meta({ format: 'date' }),
    to: z.string().meta({ format: 'date' }),
    groupBy: z.enum(['team', 'region']),
    groups: z.array(
      z
        .object({
          key: z.string().nullable().meta({ description: 'Team id or region; null for records without one' }),
          label: z.string().nullable(),
          ...kpiNumbers,
        })
        .meta({ id: 'KpiGroup' }),
    ),
    total: z.object(kpiNumbers).meta({ id: 'KpiNumbers' }),
    fakeFollowupAvailable: z.boolean(),
    highIntentStatuses: z.array(z.string()),
    highIntentResponseHours: z.number(),
    definitions: z.record(z.string(), z.string()).meta({ description: 'How each KPI is computed, in the caller’s language' }),
  })
  .meta({ id: 'KpiReport', description: 'Management KPIs per team or region, in the caller’s data scope' });

/** `0.5,0.3,0.2` (newCustomers, upsell, customerSuccess) or `newCustomers:0.5,upsell:0.3,customerSuccess:0.2`. */
export function parseWeights(text: string): Weights {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const named = parts.every((p) => p.includes(':'));
  const weights: Record<string, number> = {};
  if (named) {
    for (const p of parts) {
      const [k, v] = p.split(':').map((s) => s.trim());
      if (!(DIMENSIONS as readonly string[]).includes(k)) throw new AppError(422, 'VALIDATION', { summary: `weights: unknown dimension "${k}"` });
      weights[k] = Number(v);
    }
  } else {
    if (parts.length !== 3) throw new AppError(422, 'VALIDATION', { summary: 'weights: three numbers (newCustomers,upsell,customerSuccess)' });
    DIMENSIONS.forEach((d, i) => (weights[d] = Number(parts[i])));
  }
  const full = { newCustomers: weights.newCustomers ?? 0, upsell: weights.upsell ?? 0, customerSuccess: weights.customerSuccess ?? 0 };
  try {
    return normaliseWeights(full);
  } catch (error) {
    throw new AppError(422, 'VALIDATION', { summary: `weights: ${(error as Error).message}` });
  }
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function requireRoles(actor: Actor, roles: string[]) {
  if (!roles.includes(actor.role)) throw forbidden();
}

export function analyticsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/analytics/contribution',
    {
      schema: {
        operationId: 'getContribution',
        tags: ['analytics'],
        summary:
          '三维贡献模型: per rep new customers, upsell and customer-success points, normalised, weighted by the business phase, ranked (default period: the last complete month)',
        querystring: z.object({
          from: isoDate.optional(),
          to: isoDate.optional(),
          teamId: z.uuid().optional(),
          phase: z.string().max(50).optional(),
          weights: z
            .string()
            .max(200)
            .optional()
            .meta({ description: '`0.5,0.3,0.2` or `newCustomers:0.5,upsell:0.3,customerSuccess:0.2`, instead of the phase’s weights' }),
        }),
        response: { 200: contributionSchema },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requireRoles(actor, MANAGER_ROLES);
      const reads = await readContext(ctx, reply);
      const q = request.query;
      const { version, document } = await ctx.playbook.active();
      const policy = document.contribution;
      const period = reportPeriod(ctx.clock.now(), document.sla.businessHours.timeZone, q.from, q.to, 'last-month');
      const phase = policy.phases.find((p) => p.key === (q.phase ?? policy.activePhase));
      if (!phase) throw new AppError(422, 'VALIDATION', { summary: `phase: unknown "${q.phase}"` });
      const weights = q.weights ? parseWeights(q.weights) : normaliseWeights(phase.weights);
      const reps = await repsOf(reads, await teamsInReach(reads, actor, q.teamId));
      const rows = scoreContribution(await contributionRaws(reads, reps, period, policy), weights, policy.customerSuccessFollowupPoints);
      const locale = pickLocale(request.headers['accept-language']);
      return {
        from: period.from,
        to: period.to,
        teamId: q.teamId ?? null,
        playbookVersion: version,
        basis: {
          rule: 'contribution-score',
          settings: [
            ...(q.weights ? [] : [`contribution.phases[${phase.key}].weights`]),
            'contribution.customerSuccessFollowupPoints',
            'contribution.csmPoints',
          ],
          playbookVersion: version,
        },
        phases: policy.phases.map((p) => ({ key: p.key, label: p.label, labelEn: p.labelEn ?? null, weights: p.weights })),
        activePhase: policy.activePhase,
        phase: phase.key,
        weights: { newCustomers: round4(weights.newCustomers), upsell: round4(weights.upsell), customerSuccess: round4(weights.customerSuccess) },
        weightsSource: q.weights ? 'query' : 'phase',
        customerSuccessFollowupPoints: policy.customerSuccessFollowupPoints,
        csmPoints: policy.csmPoints,
        formula: contributionFormula(weights, locale),
        normalisation:
          locale === 'en'
            ? 'Each dimension is divided by the largest value among the ranked reps (0 when that is 0). New customers: customers whose first won opportunity the rep won in the period. Upsell: won amounts on customers with an earlier won opportunity, plus further contracts (renewals, extensions) submitted on an opportunity that already had one. Customer success: customer-success follow-ups × points per follow-up + CSM points (客户培育积分).'
            : '每个维度除以参与排名销售中的最大值（最大值为 0 时记 0）。新客获取数：期间内赢单、且该客户此前没有赢单商机的客户数；老客增购金额：此前已有赢单商机的客户的赢单金额，加上在已有合同的商机上再次提交的合同（续约、增购、二期）金额；客户成功介入：客户成功类跟进次数 × 每次积分 + CSM 客户培育积分。',
        items: rows.map((r) => ({
          userId: r.userId,
          name: r.name,
          teamId: r.teamId,
          teamName: r.teamName,
          raw: r.raw,
          details: {
            upsellWonAmount: r.upsellWonAmount,
            upsellContractAmount: r.upsellContractAmount,
            csFollowups: r.csFollowups,
            csmPoints: r.csmPoints,
            csmEvents: r.csmEvents,
          },
          normalised: r.normalised,
          score: r.score,
          rank: r.rank,
        })),
      };
    },
  );

  const radar = async (reply: FastifyReply, actor: Actor, month: string | undefined, teamId: string | undefined) => {
    requireRoles(actor, SELLING_ROLES);
    const { document } = await ctx.playbook.active();
    const timeZone = document.sla.businessHours.timeZone;
    const now = ctx.clock.now();
    const period = monthPeriod(now, timeZone, month ?? lastCompleteMonth(now, timeZone));
    const reads = await readContext(ctx, reply);
    const reps = await repsOf(reads, await teamsInReach(reads, actor, teamId));
    const raws = await radarRaws(
      reads,
      reps.map((r) => r.userId),
      period,
      document,
    );
    const byTeam = new Map<string | null, { rep: Rep; raw: RadarRaw }[]>();
    for (const rep of reps) byTeam.set(rep.teamId, [...(byTeam.get(rep.teamId) ?? []), { rep, raw: raws.get(rep.userId)! }]);
    const teams = [...byTeam.entries()].map(([id, members]) => ({ teamId: id, teamName: members[0].rep.teamName, ...scoreTeam(members) }));
    // A rep sees their own radar against the team average, not their colleagues'.
    const visible = (rep: Rep) => actor.role !== 'sales' || rep.userId === actor.id;
    return {
      month: period.month,
      from: period.from,
      to: period.to,
      dimensions: RADAR_DIMENSIONS.map((d) => ({ key: d, ...RADAR_LABELS[d] })),
      note: RADAR_NOTE,
      teams: teams.map((t) => ({ teamId: t.teamId, teamName: t.teamName, reps: t.reps.length, average: t.average })),
      reps: teams.flatMap((t) =>
        t.reps
          .filter((r) => visible(r.rep))
          .map((r) => ({
            userId: r.rep.userId,
            name: r.rep.name,
            teamId: r.rep.teamId,
            teamName: r.rep.teamName,
            scores: r.scores,
            teamAverage: t.average,
            components: r.components,
            raw: r.raw,
          })),
      ),
    };
  };

  const radarQuery = z.object({ month: isoMonth.optional(), teamId: z.uuid().optional() });
  app.get(
    '/analytics/radar',
    {
      schema: {
        operationId: 'getRadar',
        tags: ['analytics'],
        summary: '销售能力雷达图 for a month (default: the last complete month): four dimensions per rep and the team average, with their formulas',
        querystring: radarQuery,
        response: { 200: radarSchema },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request, reply) => radar(reply, actorOf(request), request.query.month, request.query.teamId),
  );

  app.get(
    '/analytics/radar.xlsx',
    {
      schema: {
        operationId: 'exportRadar',
        tags: ['analytics'],
        summary: '销售能力雷达图 as an Excel workbook',
        querystring: radarQuery,
        download: {
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          description: 'The workbook (.xlsx): scores, raw data and formulas',
        },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request, reply) => {
      const report = await radar(reply, actorOf(request), request.query.month, request.query.teamId);
      const locale = readerLocale(request);
      const tx = textsIn(locale);
      const dimensionLabel = (d: (typeof report.dimensions)[number]) => (locale === 'en' ? d.labelEn : d.label);
      const workbook = new ExcelJS.Workbook();
      const scores = workbook.addWorksheet(tx('sheet.radar.scores'));
      scores.columns = [
        { header: tx('sheet.radar.rep'), key: 'name', width: 14 },
        { header: tx('sheet.radar.team'), key: 'team', width: 14 },
        ...report.dimensions.map((d) => ({ header: dimensionLabel(d), key: d.key, width: 12 })),
      ];
      scores.getRow(1).font = { bold: true };
      for (const r of report.reps) scores.addRow({ name: r.name, team: r.teamName ?? '', ...r.scores });
      for (const t of report.teams) scores.addRow({ name: tx('sheet.radar.teamAverage'), team: t.teamName ?? '', ...t.average }).font = { italic: true };
      const raw = workbook.addWorksheet(tx('sheet.radar.raw'));
      const rawKeys: (keyof RadarRaw)[] = [
        'leadsConverted',
        'leadsDisqualified',
        'needsDiscoveryActions',
        'proposals',
        'valueActions',
        'lateStageWon',
        'lateStageLost',
        'wonDeals',
        'avgCycleDays',
        'contractsEnding',
        'contractsRenewed',
        'npsAverage',
        'upsellAmount',
      ];
      raw.columns = [
        { header: tx('sheet.radar.rep'), key: 'name', width: 14 },
        ...rawKeys.map((k) => ({ header: tx(`sheet.radar.raw.${k}`), key: k, width: 14 })),
      ];
      raw.getRow(1).font = { bold: true };
      for (const r of report.reps) raw.addRow({ name: r.name, ...r.raw });
      const formulas = workbook.addWorksheet(tx('sheet.radar.formulas'));
      formulas.columns = [
        { header: tx('sheet.radar.dimension'), key: 'label', width: 12 },
        { header: tx('sheet.radar.formula'), key: 'formula', width: 120 },
      ];
      formulas.getRow(1).font = { bold: true };
      for (const d of report.dimensions) formulas.addRow({ label: dimensionLabel(d), formula: locale === 'en' ? d.formulaEn : d.formula });
      formulas.addRow({ label: tx('sheet.radar.note'), formula: report.note[locale] });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="radar-${report.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(tx('sheet.radar.file', { month: report.month }))}`,
        )
        .send(await workbookBuffer(workbook));
    },
  );

  app.get(
    '/analytics/kpi',
    {
      schema: {
        operationId: 'getKpis',
        tags: ['analytics'],
        summary: 'Management KPIs per team or region for a period (default: the last 30 days; in the caller\u2019s data scope)',
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional(), groupBy: z.enum(['team', 'region']).default('team') }),
        response: { 200: kpiSchema },
        errors: { 403: ['FORBIDDEN'], 422: ['VALIDATION'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requireRoles(actor, SELLING_ROLES);
      const { document } = await ctx.playbook.active();
      const now = ctx.clock.now();
      const period = reportPeriod(now, document.sla.businessHours.timeZone, request.query.from, request.query.to, 'last-30-days');
      const report = await kpiReport(await readContext(ctx, reply), actor, period, request.query.groupBy, document.kpi, now);
      const locale = pickLocale(request.headers['accept-language']);
      return {
        ...report,
        highIntentStatuses: document.kpi.highIntentStatuses,
        highIntentResponseHours: document.kpi.highIntentResponseHours,
        definitions: KPI_DEFINITIONS[locale],
      };
    },
  );
}
