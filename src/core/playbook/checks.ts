import { AppError } from '../http/errors.js';
import type { PlaybookDocument } from './schema.js';

/** Values that must come from the playbook's lists; refused with a localised 422 otherwise. */
export function assertInPlaybook(document: PlaybookDocument, values: { region?: string; productLine?: string; channel?: string; valueTag?: string }): void {
  if (values.region !== undefined && !document.regions.includes(values.region)) throw new AppError(422, 'UNKNOWN_REGION', { value: values.region });
  if (values.productLine !== undefined && !document.productLines.includes(values.productLine))
    throw new AppError(422, 'UNKNOWN_PRODUCT_LINE', { value: values.productLine });
  if (values.channel !== undefined && !document.channels.some((c) => c.key === values.channel))
    throw new AppError(422, 'UNKNOWN_CHANNEL', { value: values.channel });
  if (values.valueTag !== undefined && !document.valueTags.some((t) => t.key === values.valueTag))
    throw new AppError(422, 'UNKNOWN_VALUE_TAG', { value: values.valueTag });
}
