import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AppError } from '../http/errors.js';

/**
 * Password policy: at least 10 characters and not guessable, judged by zxcvbn's estimator with
 * its common-password and word dictionaries plus the user's own username and display name.
 */
export const PASSWORD_POLICY = { minLength: 10, minScore: 3 } as const;

export type WeakPasswordReason = 'too_short' | 'common' | 'personal' | 'guessable';

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/** Null when the password is acceptable, otherwise why not. */
export function passwordWeakness(password: string, personal: (string | null | undefined)[] = []): WeakPasswordReason | null {
  if ([...password].length < PASSWORD_POLICY.minLength) return 'too_short';
  const inputs = personal.filter((p): p is string => Boolean(p && p.trim())).map((p) => p.trim().toLowerCase());
  const lower = password.toLowerCase();
  if (inputs.some((p) => p.length >= 3 && lower.includes(p))) return 'personal';
  const result = zxcvbn().check(password, inputs);
  if (result.score >= PASSWORD_POLICY.minScore) return null;
  const dictionaries = result.sequence.filter((m) => m.pattern === 'dictionary').map((m) => (m as { dictionaryName?: string }).dictionaryName);
  if (dictionaries.includes('userInputs')) return 'personal';
  if (dictionaries.some((d) => d?.startsWith('passwords') || d?.startsWith('commonWords'))) return 'common';
  return 'guessable';
}

/** Throws `422 WEAK_PASSWORD` with a localised reason when the password is not acceptable. */
export function assertStrongPassword(password: string, personal: (string | null | undefined)[]): void {
  const reason = passwordWeakness(password, personal);
  if (reason) throw new AppError(422, 'WEAK_PASSWORD', { reason: `@password_${reason}` }, { reason, minLength: PASSWORD_POLICY.minLength });
}
