/**
 * Contract life cycle, free of I/O: draft → confirming → submitted → approved → delivering →
 * delivered → closed, and frozen (from any undelivered state) back to where it was.
 */
export const CONTRACT_STATUSES = ['draft', 'confirming', 'submitted', 'approved', 'delivering', 'delivered', 'closed', 'frozen'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A payment anomaly freezes every contract not yet delivered. */
export const FREEZABLE: readonly ContractStatus[] = ['draft', 'confirming', 'submitted', 'approved', 'delivering'];

export const EDITABLE: readonly ContractStatus[] = ['draft', 'confirming'];
/** Signed and not yet closed: what renewal and health rules look at. */
export const RUNNING_CONTRACT_STATES: readonly ContractStatus[] = ['approved', 'delivering', 'delivered'];

const NEXT: Partial<Record<ContractStatus, ContractStatus[]>> = {
  draft: ['confirming'],
  confirming: ['draft', 'submitted'],
  submitted: ['approved', 'draft'],
  approved: ['delivering'],
  delivering: ['delivered'],
  delivered: ['closed'],
};

export function canMove(from: ContractStatus, to: ContractStatus): boolean {
  return NEXT[from]?.includes(to) ?? false;
}

export type Party = 'product' | 'finance';
export const PARTIES: Party[] = ['product', 'finance'];

export interface ConfirmationState {
  party: Party;
  decision: 'pending' | 'confirmed' | 'vetoed';
  reason: string | null;
}

/** 三方确认: submission needs both parties' confirmation in the current round; any veto blocks it. */
export interface Blocker {
  party: Party;
  state: 'missing' | 'pending' | 'vetoed';
  reason: string | null;
}

export function submissionBlockers(confirmations: ConfirmationState[]): Blocker[] {
  return PARTIES.flatMap((party): Blocker[] => {
    const c = confirmations.find((x) => x.party === party);
    if (!c) return [{ party, state: 'missing', reason: null }];
    if (c.decision === 'confirmed') return [];
    return [{ party, state: c.decision === 'vetoed' ? 'vetoed' : 'pending', reason: c.reason }];
  });
}

/** Payment terms are "filled in" when they name a credit period and instalments that add up to 100 %. */
export function paymentTermsComplete(terms: { creditDays: number; instalments: { percent: number }[] } | null): boolean {
  if (!terms || terms.instalments.length === 0) return false;
  const total = terms.instalments.reduce((sum, i) => sum + i.percent, 0);
  return Math.abs(total - 100) < 1e-9;
}
