import { describe, expect, it } from 'vitest';
import { forecast, probabilityOf } from './forecast.js';

const stages = { initial: 10, proposal: 40, contract: 80 };
const item = (over: Partial<Parameters<typeof forecast>[0][number]>) => ({
  amount: 100000,
  stage: 'initial',
  winProbability: null,
  expectedCloseDate: '2026-12-15',
  teamId: 't1',
  teamName: '华东一组',
  productLine: '工业设备',
  ...over,
});

describe('forecast', () => {
  it('weighs each amount by its own probability, else the stage default, else 0', () => {
    expect(probabilityOf({ stage: 'proposal', winProbability: null }, stages)).toBe(40);
    expect(probabilityOf({ stage: 'proposal', winProbability: 75 }, stages)).toBe(75);
    expect(probabilityOf({ stage: 'unknown', winProbability: null }, stages)).toBe(0);
    expect(probabilityOf({ stage: 'proposal', winProbability: 0 }, stages)).toBe(0);
  });

  it('groups by close month (unscheduled last), team and product line, matching hand-computed sums', () => {
    const result = forecast(
      [
        item({}),
        item({ stage: 'proposal', amount: 250000, expectedCloseDate: '2027-01-10' }),
        item({ stage: 'contract', amount: 500000, winProbability: 90, teamId: 't2', teamName: '华南一组', productLine: '软件服务' }),
        item({ amount: 33333.33, expectedCloseDate: null }),
      ],
      stages,
    );
    expect(result.total).toEqual({ key: 'total', label: 'total', count: 4, amount: 883333.33, weighted: 563333.33 });
    expect(result.byMonth.map((b) => [b.key, b.count, b.weighted])).toEqual([
      ['2026-12', 2, 460000],
      ['2027-01', 1, 100000],
      ['unscheduled', 1, 3333.33],
    ]);
    expect(result.byTeam.map((b) => [b.label, b.weighted])).toEqual([
      ['华南一组', 450000],
      ['华东一组', 113333.33],
    ]);
    expect(result.byProductLine.map((b) => [b.key, b.amount])).toEqual([
      ['软件服务', 500000],
      ['工业设备', 383333.33],
    ]);
  });

  it('is empty for no opportunities', () => {
    expect(forecast([], stages)).toEqual({
      total: { key: 'total', label: 'total', count: 0, amount: 0, weighted: 0 },
      byMonth: [],
      byTeam: [],
      byProductLine: [],
    });
  });
});
