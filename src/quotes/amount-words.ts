/**
 * 大写金额: an amount of yuan in the capital numerals used on Chinese financial documents, e.g.
 * 12345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分, 10005 → 壹万零伍元整. Pure.
 *
 * Rules (as on cheques and invoices): an amount ending at 元 gets 整; a run of zeros inside the
 * yuan reads as one 零, also across a 万 or 亿 boundary (壹亿零壹万元整); no 零 before 角 when only
 * whole yuan precede it (壹仟元伍角), but one before 分 when the 角 is zero (壹元零伍分); amounts
 * below one yuan start at 角 or 分 (伍分); zero is 零元整; a negative amount starts with 负. Amounts
 * are rounded to the fen.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

/** 1 ≤ n ≤ 9999, without leading zeros; inner zero runs as one 零. */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const digit = Math.floor(n / 10 ** pos) % 10;
    if (digit === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[digit] + SMALL_UNITS[pos];
  }
  return out;
}

function yuanInWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  if (groups.length > BIG_UNITS.length) throw new RangeError('amount too large');
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i];
    if (group === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (out && (pendingZero || group < 1000)) out += '零';
    pendingZero = false;
    out += section(group) + BIG_UNITS[i];
  }
  return out;
}

export function amountInWords(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError('not a finite amount');
  const fen = Math.round(Math.abs(amount) * 100);
  const sign = amount < 0 && fen > 0 ? '负' : '';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${yuanInWords(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${sign}${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  return sign + out;
}
