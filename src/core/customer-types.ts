import { z } from 'zod';

/** B2B (a company) or B2C (a person): leads and customers share it, and the response SLA depends on it. */
export const CUSTOMER_TYPES = ['B2B', 'B2C'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const customerTypeSchema = z.enum(CUSTOMER_TYPES).meta({ id: 'CustomerType', description: 'B2B or B2C' });
