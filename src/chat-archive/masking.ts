/**
 * 脱敏: what a chat message may keep of personal data once it is stored. Pure functions, no I/O:
 * the ingestion masks every text before it builds a row, so the raw text never reaches the
 * database, a log line or an error message.
 *
 * - mobile numbers (with or without +86 / 0086 / (86), spaces or dashes): first 3 and last 4 digits, `138****1234`;
 * - 18-digit ID-card numbers whose check digit is valid: first 6 and last 4, `110105********002X`;
 * - bank-card numbers of 16–19 digits (optionally grouped by spaces or dashes) passing Luhn: first 4 and last 4;
 * - e-mail addresses: the first character and the domain, `z***@example.com`;
 * - addresses (locations): the province and city only (`coarsenAddress`).
 * Full-width digits (１３８…) are read as digits, so they cannot slip past.
 */

const FULL_WIDTH = /[０-９＋－]/g;

/** Full-width digits, plus and minus as their ASCII forms. */
export function normaliseDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
export function isValidIdCard(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

/** The Luhn (mod 10) check of card numbers. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const stars = (n: number) => '*'.repeat(n);

// 6 + 8 + 4 characters, optionally separated by one space or dash, not inside a longer run.
const ID_CARD = /(?<![\dA-Za-z])(\d{6})[ -]?(\d{8})[ -]?(\d{3}[\dXx])(?![\dA-Za-z])/g;
// 16–19 digits, optionally grouped by single spaces or dashes, not inside a longer run.
const BANK_CARD = /(?<![\d-])\d(?:[ -]?\d){15,18}(?![\d])/g;
// A mainland mobile number 1[3-9]x xxxx xxxx with an optional country code.
const MOBILE = /(?<![\d+])(?:(?:\+|00)?\(?(?:\+|00)?86\)?[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9_%+-])[A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})/g;

export function maskIdCards(text: string): string {
  return text.replace(ID_CARD, (match, a: string, b: string, c: string) => {
    const id = a + b + c;
    return isValidIdCard(id) ? `${id.slice(0, 6)}${stars(8)}${id.slice(14).toUpperCase()}` : match;
  });
}

export function maskBankCards(text: string): string {
  return text.replace(BANK_CARD, (match) => {
    const digits = match.replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) return match;
    return `${digits.slice(0, 4)}${stars(digits.length - 8)}${digits.slice(-4)}`;
  });
}

export function maskMobiles(text: string): string {
  return text.replace(MOBILE, (_match, a: string, _b: string, c: string) => `${a}${stars(4)}${c}`);
}

export function maskEmails(text: string): string {
  return text.replace(EMAIL, (_match, first: string, domain: string) => `${first}***@${domain}`);
}

/**
 * Masks every kind of personal number and address in a text. ID cards go first (a valid ID may
 * also pass Luhn), then bank cards, then mobile numbers (a mobile number inside a longer card
 * number is part of that number), then e-mail addresses.
 */
export function maskText(text: string): string {
  if (!text) return text;
  return maskEmails(maskMobiles(maskBankCards(maskIdCards(normaliseDigits(text)))));
}

const PROVINCE = /^(.{2,8}?(?:省|自治区|特别行政区))/;
const CITY = /^(.{1,10}?(?:市|自治州|地区|盟))/;
const MUNICIPALITY = /^(北京|上海|天津|重庆)市?/;

/**
 * An address as precise as its city: `广东省深圳市南山区科技园科苑路15号` → `广东省深圳市`,
 * `北京市朝阳区建国路88号` → `北京市`, `香港特别行政区九龙…` → `香港特别行政区`; a Latin-script address
 * keeps its last two comma-separated parts (`…, Munich, Germany` → `Munich, Germany`). Nothing
 * recognisable: an empty string.
 */
export function coarsenAddress(address: string | null | undefined): string {
  const text = (address ?? '').trim().replace(/\s+/g, '');
  if (!text) return '';
  const municipality = MUNICIPALITY.exec(text);
  if (municipality) return `${municipality[1]}市`;
  let rest = text;
  let out = '';
  const province = PROVINCE.exec(rest);
  if (province) {
    out = province[1];
    rest = rest.slice(out.length);
    if (out.endsWith('特别行政区')) return out;
  }
  const city = CITY.exec(rest);
  if (city) return out + city[1];
  if (out) return out;
  if (/[\u4e00-\u9fff]/.test(text)) return '';
  const parts = (address ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !/\d/.test(p));
  return maskText(parts.slice(-2).join(', '));
}
