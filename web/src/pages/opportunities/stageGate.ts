import { ApiError } from '../../api/client';
import type { MissingRequirement } from '../../api/types';

/** Returns the missing list of a 422 STAGE_GATE refusal, or null for any other error. */
export function missingFromError(error: unknown): MissingRequirement[] | null {
  if (!(error instanceof ApiError) || error.code !== 'STAGE_GATE') return null;
  const details = error.details as { missing?: MissingRequirement[] } | undefined;
  return Array.isArray(details?.missing) ? details.missing : [];
}
