import { z } from 'zod';

/**
 * What a computed score is based on: the rule that computed it (the id the designer's
 * "近 30 天决定" link uses when the rule also writes audit entries), the playbook settings it read,
 * and the playbook version they came from.
 */
export const playbookBasisSchema = z
  .object({
    rule: z.string().meta({ description: 'The rule that computed the answer, e.g. health-score, contribution-score, monthly-appraisal' }),
    settings: z.array(z.string()).meta({ description: 'The playbook settings it read, as paths (e.g. health.weights, contribution.phases[growth].weights)' }),
    playbookVersion: z.number().int().meta({ description: 'The playbook version those settings came from' }),
  })
  .meta({ id: 'PlaybookBasis', description: 'The rule, playbook settings and playbook version an answer was computed with' });
export type PlaybookBasis = z.infer<typeof playbookBasisSchema>;
