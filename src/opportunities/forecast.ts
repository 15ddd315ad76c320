/**
 * 销售预测: the weighted pipeline. Each open opportunity counts amount × win probability, where
 * the probability is the opportunity's own or else the playbook's default for its stage (0 when
 * the playbook names none). Grouped by the month of the expected close date (opportunities without
 * one are `unscheduled`), by team and by product line. Pure.
 */
export interface ForecastItem {
  amount: number;
  stage: string;
  winProbability: number | null;
  expectedCloseDate: string | null;
  teamId: string | null;
  teamName: string | null;
  productLine: string;
}

export interface ForecastBucket {
  key: string;
  label: string;
  count: number;
  amount: number;
  weighted: number;
}

export interface Forecast {
  total: ForecastBucket;
  byMonth: ForecastBucket[];
  byTeam: ForecastBucket[];
  byProductLine: ForecastBucket[];
}

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export const probabilityOf = (item: Pick<ForecastItem, 'stage' | 'winProbability'>, stageProbabilities: Record<string, number>) =>
  item.winProbability ?? stageProbabilities[item.stage] ?? 0;

export function forecast(items: ForecastItem[], stageProbabilities: Record<string, number>): Forecast {
  const groups = { month: new Map<string, ForecastBucket>(), team: new Map<string, ForecastBucket>(), line: new Map<string, ForecastBucket>() };
  const total: ForecastBucket = { key: 'total', label: 'total', count: 0, amount: 0, weighted: 0 };
  const add = (map: Map<string, ForecastBucket>, key: string, label: string, amount: number, weighted: number) => {
    const bucket = map.get(key) ?? { key, label, count: 0, amount: 0, weighted: 0 };
    bucket.count += 1;
    bucket.amount += amount;
    bucket.weighted += weighted;
    map.set(key, bucket);
  };
  for (const item of items) {
    const weighted = (item.amount * probabilityOf(item, stageProbabilities)) / 100;
    const month = item.expectedCloseDate ? item.expectedCloseDate.slice(0, 7) : 'unscheduled';
    add(groups.month, month, month, item.amount, weighted);
    add(groups.team, item.teamId ?? 'none', item.teamName ?? 'none', item.amount, weighted);
    add(groups.line, item.productLine, item.productLine, item.amount, weighted);
    total.count += 1;
    total.amount += item.amount;
    total.weighted += weighted;
  }
  const done = (map: Map<string, ForecastBucket>) =>
    [...map.values()]
      .map((b) => ({ ...b, amount: round2(b.amount), weighted: round2(b.weighted) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    total: { ...total, amount: round2(total.amount), weighted: round2(total.weighted) },
    // Months in order, the unscheduled ones last.
    byMonth: done(groups.month).sort((a, b) => Number(a.key === 'unscheduled') - Number(b.key === 'unscheduled')),
    byTeam: done(groups.team).sort((a, b) => b.weighted - a.weighted),
    byProductLine: done(groups.line).sort((a, b) => b.weighted - a.weighted),
  };
}
