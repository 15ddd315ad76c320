import { usePlaybook } from '../../state/usePlaybook';
import type { CollaborationPolicy, Department } from '../../api/types';

const DEFAULT_SLA: Record<Department, number> = { product: 2, finance: 1, delivery: 3 };

/** The playbook's `collaboration` section (SLA days and the 12 requirement templates). */
export function useCollaborationPolicy(): Pick<CollaborationPolicy, 'slaDays' | 'requirementTemplates'> {
  const { doc } = usePlaybook();
  return {
    slaDays: doc?.collaboration.slaDays ?? DEFAULT_SLA,
    requirementTemplates: doc?.collaboration.requirementTemplates ?? [],
  };
}
