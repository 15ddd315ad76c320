import { usePlaybook } from '../../state/usePlaybook';
import type { CollaborationPolicy, Department } from '../../types.collaboration';

const DEFAULT_SLA: Record<Department, number> = { product: 2, finance: 1, delivery: 3 };

/** The playbook's `collaboration` section (SLA days and the 12 requirement templates). */
export function useCollaborationPolicy(): CollaborationPolicy {
  const { doc } = usePlaybook();
  const policy = (doc?.collaboration ?? null) as Partial<CollaborationPolicy> | null;
  return {
    slaDays: { ...DEFAULT_SLA, ...(policy?.slaDays ?? {}) },
    requirementTemplates: policy?.requirementTemplates ?? [],
  };
}
