import dayjs, { type Dayjs } from 'dayjs';
import type { Contract, ContractClause, Instalment, PaymentTerms, RequirementDocument, UpdateContractRequest } from '../../api/types';

export interface ContractFormValues {
  title: string;
  amount: number;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
  creditDays: number | null;
  instalments: Partial<Instalment>[];
  clauses: Partial<ContractClause>[];
  requirement: RequirementDocument;
}

export type ContractPatch = UpdateContractRequest;

export function instalmentTotal(list: Partial<Instalment>[] | undefined): number {
  return Math.round((list ?? []).reduce((sum, i) => sum + (Number(i?.percent) || 0), 0) * 100) / 100;
}

export function toFormValues(contract: Contract): ContractFormValues {
  return {
    title: contract.title,
    amount: contract.amount,
    startDate: contract.startDate ? dayjs(contract.startDate) : null,
    endDate: contract.endDate ? dayjs(contract.endDate) : null,
    creditDays: contract.paymentTerms?.creditDays ?? null,
    instalments: contract.paymentTerms?.instalments ?? [],
    clauses: contract.clauses ?? [],
    requirement: contract.requirement ?? { items: [] },
  };
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function paymentTermsOf(values: ContractFormValues): PaymentTerms | null {
  const instalments = (values.instalments ?? []).map((i) => ({
    percent: Number(i.percent),
    milestone: String(i.milestone ?? '').trim(),
    dueDays: Number(i.dueDays ?? 0),
  }));
  if (values.creditDays === null || values.creditDays === undefined) return instalments.length ? { creditDays: 0, instalments } : null;
  return { creditDays: values.creditDays, instalments };
}

function requirementOf(value: RequirementDocument | undefined): RequirementDocument | null {
  const items = value?.items ?? [];
  const notes = value?.notes?.trim();
  if (items.length === 0 && !notes) return null;
  return notes ? { items, notes } : { items };
}

/**
 * Only what changed is sent: the server sends a contract under confirmation back to draft when
 * amount, terms, clauses or requirement are part of the patch, even unchanged.
 */
export function toPatch(values: ContractFormValues, contract: Contract): ContractPatch {
  const next: ContractPatch = {
    title: values.title.trim(),
    amount: Number(values.amount),
    paymentTerms: paymentTermsOf(values),
    clauses: (values.clauses ?? []).map((c) => ({ key: String(c.key ?? '').trim(), title: String(c.title ?? '').trim(), text: String(c.text ?? '').trim() })),
    requirement: requirementOf(values.requirement),
    startDate: day(values.startDate),
    endDate: day(values.endDate),
  };
  const before: ContractPatch = {
    title: contract.title,
    amount: contract.amount,
    paymentTerms: contract.paymentTerms,
    clauses: contract.clauses ?? [],
    requirement: requirementOf(contract.requirement ?? undefined),
    startDate: contract.startDate,
    endDate: contract.endDate,
  };
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof ContractPatch)[]) {
    if (stable(next[key] ?? null) !== stable(before[key] ?? null)) patch[key] = next[key];
  }
  return patch;
}

/** JSON with sorted keys: the database (jsonb) does not keep the key order we sent. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
