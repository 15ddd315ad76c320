import { describe, expect, it } from 'vitest';
import { healthScore, levelOf, normaliseNps, recencyScore, renewalScore, type HealthFacts, type HealthSettings } from './health.score.js';

const settings: HealthSettings = {
  inactiveDays: 30,
  renewalWarningDays: 60,
  recentDays: 7,
  complaintPenalty: 40,
  weights: { recency: 0.35, nps: 0.25, renewal: 0.2, complaints: 0.2 },
};
const now = new Date('2026-11-20T02:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('客户健康度 scoring', () => {
  it('scores recency, renewal and complaints as documented', () => {
    expect(recencyScore(3, 7, 30)).toBe(100);
    expect(recencyScore(7, 7, 30)).toBe(100);
    expect(recencyScore(18, 7, 30)).toBe(52); // 100 × 12 / 23
    expect(recencyScore(30, 7, 30)).toBe(0);
    expect(renewalScore(90, 60, false)).toBe(100);
    expect(renewalScore(30, 60, false)).toBe(25);
    expect(renewalScore(30, 60, true)).toBe(100);
    expect(renewalScore(0, 60, false)).toBe(0);
    expect(normaliseNps(7, 10)).toBe(70);
    expect(normaliseNps(25, 100)).toBe(25);
    expect(() => normaliseNps(11, 10)).toThrow();
    expect([levelOf(80), levelOf(79), levelOf(59)]).toEqual(['healthy', 'attention', 'risk']);
  });

  it('weighs the components that apply and leaves the others out', () => {
    const facts: HealthFacts = {
      today: '2026-11-20',
      now,
      lastActivityAt: daysAgo(18),
      nps: { score: 20, at: daysAgo(2) },
      renewal: { contractId: 'k', title: '年度服务', endDate: '2026-12-20', started: false },
      openComplaints: 1,
    };
    const result = healthScore(facts, settings);
    expect(result.components.map((c) => [c.key, c.score])).toEqual([
      ['recency', 52],
      ['nps', 20],
      ['renewal', 25],
      ['complaints', 60],
    ]);
    // (0.35×52 + 0.25×20 + 0.2×25 + 0.2×60) / 1 = 40.2 → 40
    expect(result.score).toBe(40);
    expect(result.level).toBe('risk');
    const fresh = healthScore({ ...facts, lastActivityAt: daysAgo(1), nps: null, renewal: null, openComplaints: 0 }, settings);
    // Only recency (100) and complaints (100) apply.
    expect(fresh.score).toBe(100);
    expect(fresh.components.find((c) => c.key === 'nps')!.score).toBeNull();
  });
});
