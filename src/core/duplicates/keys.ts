/**
 * 查重: the keys two records are compared by. Pure; the SQL twins in `duplicates.ts` compute the
 * same keys in the database, and an integration test holds them to the same answers.
 *
 * - Phone: digits only (spaces, dashes, brackets and `+` go); a mainland mobile written with the
 *   country code (`+86`, `86`, `0086`) loses it. Keys shorter than 7 digits match nothing.
 * - Company name: full-width letters, digits and signs become half-width, the ideographic space a
 *   space; lower case; spaces and the signs `( ) . , · ' " & _ -` go; then one legal-form suffix
 *   goes (股份有限公司, 有限责任公司, 有限公司, 集团有限公司, 集团, 公司, Co. Ltd, Ltd, Inc, Corp, Limited,
 *   Company, Corporation). Keys shorter than 2 characters match nothing.
 */

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, and their half-width twins. */
export const FULL_WIDTH = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 0xff01 + i)) + '\u3000';
export const HALF_WIDTH = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 0x21 + i)) + ' ';

/** Characters removed from names (as a regular-expression class body, the same in JS and PostgreSQL). */
export const NAME_NOISE_CLASS = ` \\t\\r\\n().,·'"&_-`;
export const NAME_SUFFIX_PATTERN = '(股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司|coltd|corporation|company|limited|corp|ltd|inc)$';
export const MOBILE_WITH_COUNTRY = '^(0086|86)(1[0-9]{10})$';

export const MIN_PHONE_KEY = 7;
export const MIN_NAME_KEY = 2;

const fullToHalf = new Map(Array.from(FULL_WIDTH).map((c, i) => [c, HALF_WIDTH[i]]));

export function phoneKey(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/[^0-9]/g, '').replace(new RegExp(MOBILE_WITH_COUNTRY), '$2');
  return digits.length >= MIN_PHONE_KEY ? digits : null;
}

export function companyKey(name: string | null | undefined): string | null {
  const half = Array.from(name ?? '', (c) => fullToHalf.get(c) ?? c).join('');
  const key = half
    .toLowerCase()
    .replace(new RegExp(`[${NAME_NOISE_CLASS}]+`, 'g'), '')
    .replace(new RegExp(NAME_SUFFIX_PATTERN), '');
  return Array.from(key).length >= MIN_NAME_KEY ? key : null;
}

/** 138****5678: the first three and last four digits of a mobile stay, the rest is hidden. */
export function maskMobile(mobile: string | null): string | null {
  if (!mobile) return mobile;
  const chars = Array.from(mobile);
  const digits = chars.filter((c) => /[0-9]/.test(c)).length;
  if (digits <= 4) return '*'.repeat(chars.length);
  const keepHead = digits >= 11 ? 3 : Math.min(2, digits - 4);
  let seen = 0;
  return chars
    .map((c) => {
      if (!/[0-9]/.test(c)) return c;
      seen++;
      return seen <= keepHead || seen > digits - 4 ? c : '*';
    })
    .join('');
}
