/**
 * 续约率 — pure, no I/O. A contract is "due for renewal" in the month its end date falls in; it
 * is renewed when another contract of the customer was submitted since its renewal window opened
 * (`renewals.leadDays` before the end) or its renewal opportunity was won. The renewal amount is
 * that contract's amount (or the won renewal opportunity's).
 */

export interface EndingContract {
  contractId: string;
  ownerId: string | null;
  ownerName: string | null;
  teamId: string | null;
  teamName: string | null;
  endDate: string;
  /** Null while not renewed. */
  renewedAmount: number | null;
}

export interface RenewalGroup {
  key: string | null;
  label: string;
  ending: number;
  renewed: number;
  /** renewed ÷ ending, 0–1 (4 decimals); null without contracts ending. */
  rate: number | null;
  renewedAmount: number;
  /** Average amount of the renewals (2 decimals); null without renewals. */
  averageAmount: number | null;
}

export type RenewalGrouping = 'rep' | 'team' | 'month';

export function renewalRate(ending: number, renewed: number): number | null {
  return ending === 0 ? null : Math.round((renewed / ending) * 10_000) / 10_000;
}

export function renewalGroups(contracts: EndingContract[], by: RenewalGrouping): RenewalGroup[] {
  const groups = new Map<string, { key: string | null; label: string; ending: number; renewed: number; cents: number }>();
  for (const c of contracts) {
    const key = by === 'rep' ? c.ownerId : by === 'team' ? c.teamId : c.endDate.slice(0, 7);
    const label = by === 'rep' ? (c.ownerName ?? '') : by === 'team' ? (c.teamName ?? '') : c.endDate.slice(0, 7);
    const g = groups.get(key ?? '') ?? { key, label, ending: 0, renewed: 0, cents: 0 };
    g.ending += 1;
    if (c.renewedAmount !== null) {
      g.renewed += 1;
      g.cents += Math.round(c.renewedAmount * 100);
    }
    groups.set(key ?? '', g);
  }
  return [...groups.values()]
    .map((g) => ({
      key: g.key,
      label: g.label,
      ending: g.ending,
      renewed: g.renewed,
      rate: renewalRate(g.ending, g.renewed),
      renewedAmount: g.cents / 100,
      averageAmount: g.renewed ? Math.round(g.cents / g.renewed) / 100 : null,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The first working day on or after `leadDays` before the end: the day the renewal opportunity is created. */
export function renewalDay(endDate: string, leadDays: number, isWorkingDay: (date: string) => boolean): string {
  let day = new Date(Date.parse(`${endDate}T00:00:00Z`) - leadDays * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 60 && !isWorkingDay(day); i++) day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return day;
}
