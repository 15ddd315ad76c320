import type { FastifyInstance } from 'fastify';
import type { AdjustableClock } from '../core/clock.js';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import { DEMO_PASSWORD, demoFollowupTexts, demoHistoryCompanies } from './data.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** How far back the demo's history starts. */
export const HISTORY_DAYS = 90;

/** One demo user's session, speaking the public API in-process (the same routes, services and events as the browser). */
class Session {
  constructor(
    private readonly app: FastifyInstance,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  async call<T = unknown>(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const response = await this.app.inject({
      method,
      url: `/api/v1${url}`,
      payload: body as object | undefined,
      headers: { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }) },
    });
    if (!expected.includes(response.statusCode))
      throw new Error(`demo history: ${method} ${url} answered ${response.statusCode} ${response.body.slice(0, 300)}`);
    return (response.body ? JSON.parse(response.body) : undefined) as T;
  }

  /** Uploads a small text file as evidence (multipart, as the browser sends it). */
  async evidence(kind: string, name: string, text: string): Promise<string> {
    const boundary = '----demo' + Math.random().toString(16).slice(2);
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`),
      Buffer.from(text),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      payload,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    if (response.statusCode !== 201) throw new Error(`demo history: upload answered ${response.statusCode} ${response.body.slice(0, 300)}`);
    return (JSON.parse(response.body) as { id: string }).id;
  }
}

interface Rep {
  id: string;
  username: string;
  region: string;
}

type Deal = {
  rep: Rep;
  /** Working-day index (from the start of the history) the deal starts on. */
  start: number;
  outcome: 'won' | 'lost' | 'open';
  /** Two working days between stages instead of three. */
  fast?: boolean;
  contract?: 'draft' | 'confirming' | 'submitted' | 'approved' | 'delivering' | 'delivered' | 'closed' | 'frozen' | 'overdue';
};

/**
 * Three months of history, written through the public API while the clock walks from
 * HISTORY_DAYS ago to now: deals won and lost, contracts in every state (one frozen by a payment
 * anomaly), cross-department cards (some overdue), a rep who types a batch of follow-ups at 02:30
 * (flagged by the authenticity checks), and the scheduler's ticks on the way (spot-check samples,
 * card escalations, health alerts, the monthly 协作堵点 report). The clock ends where it started.
 */
export async function seedHistory(app: FastifyInstance, ctx: AppContext, clock: AdjustableClock): Promise<{ deals: number; contracts: number; ticks: number }> {
  const end = clock.now();
  const frozen = clock.state().frozenAt !== null;
  const startedReal = Date.now();
  const { document } = await ctx.playbook.active();
  const timeZone = document.sla.businessHours.timeZone;
  const calendar = await ctx.calendar.current();
  const today = localParts(end, timeZone).date;
  // The working days of the history, oldest first.
  const days: string[] = [];
  for (let d = nextDate(today, -HISTORY_DAYS); d < today; d = nextDate(d)) if (calendar.isWorkingDay(d)) days.push(d);
  const at = (day: string, hour: number, minute = 0) => zonedInstant(day, hour * HOUR + minute * MINUTE, timeZone);

  const sessions = new Map<string, Session>();
  const as = async (username: string) => {
    // Sessions expire on wall-clock time: one login per user serves the whole walk.
    const key = username;
    const cached = sessions.get(key);
    if (cached) return cached;
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`demo history: login ${username} answered ${response.statusCode}`);
    const session = new Session(
      app,
      response.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
      (JSON.parse(response.body) as { csrfToken: string }).csrfToken,
    );
    sessions.set(key, session);
    return session;
  };

  const reps = (
    await ctx.db
      .selectFrom('users')
      .innerJoin('teams', 'teams.id', 'users.team_id')
      .select(['users.id', 'users.username', 'teams.region'])
      .where('users.role', '=', 'sales')
      .orderBy('users.username')
      .execute()
  ).map((r) => ({ id: r.id, username: r.username, region: r.region ?? '华东' }));

  // Each rep: two deals won (most in the last complete month), one lost, one still open; the
  // contracts of the won deals spread over every state.
  // Delivery works 华东: its contracts go all the way (approved → delivering → delivered → closed);
  // the other regions' stop earlier (draft, 三方确认, submitted with cards left to go overdue, frozen).
  const contractCycles: Record<string, NonNullable<Deal['contract']>[]> = {
    east: ['closed', 'approved', 'delivering', 'delivered', 'confirming', 'closed', 'draft', 'delivering'],
    other: ['submitted', 'frozen', 'overdue', 'confirming', 'draft', 'submitted'],
  };
  const used = { east: 0, other: 0 };
  const contractFor = (rep: Rep) => {
    const cycle = rep.region === '华东' ? 'east' : 'other';
    return contractCycles[cycle][used[cycle]++ % contractCycles[cycle].length];
  };
  const deals: Deal[] = [];
  reps.forEach((rep, i) => {
    const n = days.length;
    deals.push({ rep, start: (i * 3) % Math.max(1, n - 40), outcome: 'won', contract: contractFor(rep) });
    // Won about ten working days after it starts: the wins cover the last two months, so the last
    // complete month has them whatever today is.
    deals.push({ rep, start: Math.max(0, n - 55 + ((i * 4) % 44)), outcome: 'won', contract: contractFor(rep), fast: true });
    if (i % 2 === 0) deals.push({ rep, start: 5 + (i % 10), outcome: 'lost' });
    else deals.push({ rep, start: Math.max(0, n - 12 + (i % 5)), outcome: 'open' });
  });

  const stages = document.stages.filter((s) => s.kind === 'open').map((s) => s.key);
  const won = document.stages.find((s) => s.kind === 'won')!.key;
  const lost = document.stages.find((s) => s.kind === 'lost')!.key;
  const companies = new Map<string, number>();
  const nextCompany = (region: string) => {
    const list = demoHistoryCompanies[region as keyof typeof demoHistoryCompanies] ?? demoHistoryCompanies['华东'];
    const k = companies.get(region) ?? 0;
    companies.set(region, k + 1);
    const base = list[k % list.length];
    return k < list.length ? base : { ...base, name: base.name.replace('有限公司', `（${Math.floor(k / list.length) + 1}期）有限公司`) };
  };

  // A deal's steps, each on a working day: customer and opportunity, a stage a few days apart
  // with a follow-up and its evidence, then the outcome and the contract's way.
  type Step = { day: number; minute: number; run: () => Promise<void> };
  const steps: Step[] = [];
  let contracts = 0;
  deals.forEach((deal, index) => {
    const state = { customerId: '', opportunityId: '', contractId: '', productLine: document.productLines[index % document.productLines.length] };
    const company = nextCompany(deal.rep.region);
    const amount = (20 + ((index * 37) % 160)) * 10_000;
    let day = deal.start;
    const step = (gap: number, run: () => Promise<void>) => {
      day = Math.min(days.length - 1, day + gap);
      steps.push({ day, minute: (index * 7) % 300, run });
    };
    const rep = () => as(deal.rep.username);
    /** A step `gap` working days after the current one, without holding up the deal's next steps. */
    const later = (gap: number, run: () => Promise<void>) => steps.push({ day: Math.min(days.length - 1, day + gap), minute: ((index * 7) % 300) + 1, run });
    let paid = 0;
    const pay = (share: number, reference: string) => async () => {
      const amountPaid = Math.round(amount * share);
      paid += amountPaid;
      await (
        await as('finance1')
      ).call('POST', `/contracts/${state.contractId}/payments`, {
        amount: amountPaid,
        receivedAt: clock.now().toISOString(),
        reference: `${reference}-${index}`,
      });
    };
    step(0, async () => {
      const s = await rep();
      state.customerId = (
        await s.call<{ id: string }>('POST', '/customers', { name: company.name, type: 'B2B', grade: 'B', region: deal.rep.region, industry: company.industry })
      ).id;
      state.opportunityId = (
        await s.call<{ id: string }>('POST', '/opportunities', {
          customerId: state.customerId,
          name: `${company.name} ${state.productLine}采购项目`,
          amount,
          productLine: state.productLine,
        })
      ).id;
    });
    const followup = async (s: Session, k: number) => {
      const channel = (['visit', 'phone', 'wechat', 'meeting'] as const)[(index + k) % 4];
      const note = demoFollowupTexts.notes[(index + k) % demoFollowupTexts.notes.length];
      const fileId = await s.evidence(
        channel === 'visit' ? 'photo' : 'recording',
        channel === 'visit' ? '现场拜访纪要.txt' : '通话录音转写稿.txt',
        `${company.name}\n${note}\n`,
      );
      await s.call('POST', '/followups', {
        targetType: 'opportunity',
        targetId: state.opportunityId,
        channel,
        valueTag: document.valueTags[(index + k) % document.valueTags.length].key,
        content: `${company.name}（第 ${k} 次沟通）：${note}`,
        attachmentIds: [fileId],
      });
    };
    const reach = deal.outcome === 'open' ? 1 + (index % 3) : stages.length - 1;
    for (let k = 1; k <= reach; k++) {
      const to = stages[k];
      // A follow-up with its evidence before every other move (and the last), then the move.
      const withFollowup = k % 2 === 1 || k === reach;
      step(deal.fast ? 2 : 3, async () => {
        const s = await rep();
        if (withFollowup) await followup(s, k);
        await s.call('POST', `/opportunities/${state.opportunityId}/stage`, {
          to,
          fields: {
            painPoints: demoFollowupTexts.painPoints[(index + k) % demoFollowupTexts.painPoints.length],
            competitorResponse: demoFollowupTexts.competitors[(index + k) % demoFollowupTexts.competitors.length],
            nextFollowUpAt: new Date(clock.now().getTime() + 5 * 24 * HOUR).toISOString(),
          },
        });
      });
    }
    if (deal.outcome === 'lost') {
      step(3, async () => {
        await (await rep()).call('POST', `/opportunities/${state.opportunityId}/stage`, { to: lost, reason: '客户选择了报价更低的竞品，预算被压缩' });
      });
      return;
    }
    if (deal.outcome !== 'won' || !deal.contract) return;
    contracts++;
    const target = deal.contract;
    step(1, async () => {
      const s = await rep();
      state.contractId = (
        await s.call<{ id: string }>('POST', '/contracts', {
          opportunityId: state.opportunityId,
          title: `${company.name} ${state.productLine}采购合同`,
          amount,
          paymentTerms: {
            creditDays: 60,
            instalments: [
              { percent: 30, milestone: '签约', dueDays: 0 },
              { percent: 60, milestone: '到货', dueDays: 30 },
              { percent: 10, milestone: '质保期满', dueDays: 60 },
            ],
          },
          clauses: [
            { key: 'penalty', title: '违约金', text: '逾期交付每日按合同额千分之一计违约金' },
            { key: 'warranty', title: '质保', text: '整机质保两年，24 小时到场' },
          ],
          startDate: nextDate(days[day], 7),
          endDate: nextDate(days[day], 372),
        })
      ).id;
      if (target !== 'draft') await s.call('POST', `/contracts/${state.contractId}/confirmations`);
    });
    if (target === 'draft' || target === 'confirming') return;
    step(1, async () => {
      await (await as('product1')).call('POST', `/contracts/${state.contractId}/confirmations/product`, { decision: 'confirm' });
      await (
        await as('finance1')
      ).call('POST', `/contracts/${state.contractId}/confirmations/finance`, { decision: 'confirm', reason: '账期 60 天，符合信用政策' });
      await (await rep()).call('POST', `/contracts/${state.contractId}/submit`);
      await (
        await rep()
      ).call('POST', `/opportunities/${state.opportunityId}/stage`, {
        to: won,
        fields: {
          painPoints: demoFollowupTexts.painPoints[index % demoFollowupTexts.painPoints.length],
          competitorResponse: demoFollowupTexts.competitors[index % demoFollowupTexts.competitors.length],
          nextFollowUpAt: new Date(clock.now().getTime() + 7 * 24 * HOUR).toISOString(),
        },
      });
    });
    if (target !== 'frozen') {
      // Finance records the customer's instalments as they fall due (30% on signing, 60% on arrival, 10% after 60 days).
      later(0, pay(0.3, 'HD-SIGN'));
      later(20, pay(0.6, 'HD-ARRIVAL'));
      later(41, async () => {
        if (paid < amount) await pay((amount - paid) / amount, 'HD-FINAL')();
      });
    }
    if (target === 'submitted' || target === 'overdue') return; // cards left open: overdue by now
    if (target === 'frozen') {
      step(1, async () => {
        await (
          await as('finance1')
        ).call('POST', `/customers/${state.customerId}/payment-anomalies`, { reason: '首付款逾期 15 天未到账，客户财务称资金周转困难', amount: amount * 0.3 });
      });
      return;
    }
    // The departments work their cards; the last one done approves the contract.
    step(1, async () => {
      const cards = (await (await rep()).call<{ items: { id: string; department: string }[] }>('GET', `/cards?contractId=${state.contractId}`)).items;
      for (const card of cards) {
        if (card.department === 'finance') {
          const finance = await as('finance1');
          await finance.call('POST', `/cards/${card.id}/credit-check`, {
            provider: 'manual',
            rating: 'A',
            score: 760,
            creditLimit: amount * 2,
            summary: '信用良好，近两年无逾期',
          });
          await finance.call('POST', `/cards/${card.id}/complete`, { note: '信用核验通过，账期 60 天' });
        } else if (card.department === 'product') {
          await (await as('product1')).call('POST', `/cards/${card.id}/complete`, { note: '需求可实现，标准配置' });
        } else if (deal.rep.region === '华东') {
          await (await as('delivery1')).call('POST', `/cards/${card.id}/complete`, { note: '两周内可排期' });
        }
      }
    });
    if (deal.rep.region !== '华东' || target === 'approved') return;
    step(2, async () => {
      await (await as('delivery1')).call('POST', `/contracts/${state.contractId}/start-delivery`);
    });
    if (target === 'delivering') return;
    step(4, async () => {
      await (await as('delivery1')).call('POST', `/contracts/${state.contractId}/deliver`);
    });
    if (target === 'delivered') return;
    step(2, async () => {
      await (await rep()).call('POST', `/contracts/${state.contractId}/close`);
    });
  });

  // A rep who types a week's notes at 02:30 in one go: odd hours and a burst, flagged as written.
  const batchWriter = reps[1] ?? reps[0];
  if (batchWriter) {
    const day = days.length - 4;
    for (let k = 0; k < 6; k++) {
      steps.push({
        day,
        minute: -(7 * 60 + 30) + k, // 02:30 + k minutes (steps run at 10:00 + minute)
        run: async () => {
          const s = await as(batchWriter.username);
          const opportunity = await ctx.db
            .selectFrom('opportunities')
            .select('id')
            .where('owner_id', '=', batchWriter.id)
            .where('status', '=', 'open')
            .orderBy('created_at')
            .limit(1)
            .executeTakeFirst();
          if (!opportunity) return;
          const fileId = await s.evidence('recording', '通话录音转写稿.txt', `补录 ${k + 1}`);
          await s.call('POST', '/followups', {
            targetType: 'opportunity',
            targetId: opportunity.id,
            channel: 'phone',
            valueTag: 'needs_discovery',
            content: `补录本周电话沟通（${k + 1}）：客户表示仍在比较方案，下周再联系`,
            attachmentIds: [fileId],
          });
        },
      });
    }
  }

  // Walk the clock: each step at its day's 10:00 (+ its minute), the scheduler ticking at each Monday.
  steps.sort((a, b) => a.day - b.day || a.minute - b.minute);
  let ticks = 0;
  let lastTickWeek = -1;
  for (const s of steps) {
    const day = days[s.day];
    const week = Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${days[0]}T00:00:00Z`)) / (7 * 24 * HOUR));
    if (week !== lastTickWeek) {
      clock.set(at(day, 9, 30));
      await ctx.scheduler.tick();
      ticks++;
      lastTickWeek = week;
    }
    clock.set(new Date(at(day, 10).getTime() + s.minute * MINUTE));
    await s.run();
  }
  clock.set(frozen ? end : new Date(end.getTime() + (Date.now() - startedReal)));
  await ctx.scheduler.tick();
  return { deals: deals.length, contracts, ticks: ticks + 1 };
}
