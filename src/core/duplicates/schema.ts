import { z } from 'zod';
import { uuidString } from '../http/common.js';

/** A possible duplicate as answers show it (in `409 DUPLICATE` details and import reports). */
export const duplicateMatchSchema = z
  .object({
    type: z.enum(['lead', 'customer']),
    id: uuidString.optional(),
    name: z.string().optional(),
    ownerId: uuidString.nullable().optional(),
    ownerName: z.string().nullable().optional(),
    hidden: z.literal(true).optional().meta({ description: 'true: a record the caller may not see; only its kind is told' }),
    matchedOn: z.array(z.enum(['phone', 'name'])),
  })
  .meta({ id: 'DuplicateMatch', description: 'A stored lead or customer with the same normalised phone or company name' });
