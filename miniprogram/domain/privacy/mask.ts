/**
 * Masks card, ID and mobile numbers, verification codes and passwords in free text. Pure, linear, ES2017-safe
 * (no lookbehind). The cloud runs every free-text field through this before storing it.
 *
 * Choices and trade-offs:
 * - Card (13–19 digits, spaces or dashes allowed in card-like groups): keep the last 4 → `****1234`. Luhn is NOT
 *   required: a mistyped card number must not leak either. So an unlabelled 13–19 digit number is masked even
 *   if it was something else. A 13–19 digit number right after 订单号/单号/交易号/流水号/工单号 is kept, because
 *   appeals need order numbers. WeChat's 28-digit 交易单号 and anything longer than 19 digits are kept.
 * - ID (18 digits, last may be X; or 15-digit first-generation IDs with a plausible birth date): fully masked as
 *   `[身份证号已隐藏]`. Nothing downstream needs any part of it and keeping even the birth date or region helps a
 *   fraudster; the person knows their own number.
 * - Mobile (1[3-9] + 9 digits, optional +86/86, 3-4-4 groups allowed): keep 3 + 4 → `138****5678`, enough for
 *   the person to recognise which phone they meant.
 * - 4–6 digit codes next to 验证码/校验码/动态码/短信码 → `******`; the token after 密码 → `******`.
 * - Amounts (5000元), dates (2024-03-25) and short numbers survive.
 */

export type SensitiveKind = 'card' | 'id' | 'phone' | 'code' | 'password';

export interface MaskResult {
  readonly text: string;
  /** Each kind found at least once, in the order first met. */
  readonly found: SensitiveKind[];
}

export const MASKED_ID = '[身份证号已隐藏]';
export const MASKED_SECRET = '******';

const CODE_WORDS = '验证码|校验码|动态码|动态密码|短信码|确认码';
const CODE_AFTER_WORD = new RegExp(`(${CODE_WORDS})([^\\d]{0,6}?)(\\d{4,6})(?!\\d)`, 'g');
const CODE_BEFORE_WORD = new RegExp(`(^|[^\\d])(\\d{4,6})([^\\d]{0,4}?)(${CODE_WORDS})`, 'g');
const PASSWORD = /(密码)((?:\s|是|为|:|：|=)*)([A-Za-z0-9!@#$%^&*._+=-]{3,32})/g;
/** A run of digits, possibly with single spaces/dashes between them, possibly ending in X (ID check digit). */
const NUMBER_RUN = /\+?\d(?:\d|[ -](?=\d))*(?:[Xx](?![A-Za-z0-9]))?/g;
const ORDER_LABEL = /(订单|单号|交易号|流水号|工单|编号)[^\d]{0,6}$/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a mainland ID number. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK.charAt(sum % 11);
}

function plausibleDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function looksLikeId(token: string): boolean {
  if (token.length === 18) {
    const upper = token.toUpperCase();
    return idCheckDigit(upper.slice(0, 17)) === upper.charAt(17) || plausibleDate(upper.slice(6, 14));
  }
  return token.length === 15 && plausibleDate(`19${token.slice(6, 12)}`);
}

function toAsciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

type Found = (kind: SensitiveKind) => void;

/** Mask one token of plain digits (maybe ending in X). Returns null to keep it. */
function maskToken(token: string, labelledAsOrder: boolean, note: Found): string | null {
  const hasX = /[Xx]$/.test(token);
  if (hasX) {
    if (token.length !== 18) return null;
    note('id');
    return MASKED_ID;
  }
  const plus = token.charAt(0) === '+';
  const digits = plus ? token.slice(1) : token;
  const phone = /^(86)?(1[3-9]\d{9})$/.exec(digits);
  if (phone) {
    note('phone');
    const prefix = phone[1] ? `${plus ? '+' : ''}86 ` : '';
    return `${prefix}${phone[2].slice(0, 3)}****${phone[2].slice(7)}`;
  }
  if (digits.length < 13 || digits.length > 19) return null;
  if (looksLikeId(digits)) {
    note('id');
    return MASKED_ID;
  }
  if (labelledAsOrder) return null;
  note('card');
  return `****${digits.slice(-4)}`;
}

/** Whether separated groups read as one number (a spaced card, ID or phone) rather than several. */
function isOneNumber(groups: readonly string[]): boolean {
  const total = groups.join('').replace(/^\+/, '').length;
  if (total === 11 || (total === 13 && /^\+?86/.test(groups[0]))) return groups.length <= 4;
  if (total < 13 || total > 19 || groups.length > 6) return false;
  // Card groups are 4-4-4-4(-3), 4-6-5 or 6-8-4 (a spaced ID); a long first group means separate numbers.
  for (let i = 0; i < groups.length - 1; i += 1) {
    const len = groups[i].replace('+', '').length;
    if (len < 3 || len > 8) return false;
  }
  return true;
}

/** The longest run of groups starting at `from` that reads as one sensitive number, or null. */
function longestNumber(groups: readonly string[], from: number, labelled: boolean, note: Found) {
  for (let to = groups.length; to > from + 1; to -= 1) {
    const part = groups.slice(from, to);
    if (!isOneNumber(part)) continue;
    const masked = maskToken(part.join(''), labelled && from === 0, note);
    if (masked !== null) return { masked, to };
  }
  return null;
}

/**
 * A run of digit groups ("6222 0212 3456 7890 5000", "2024-03-25 13812345678"): from left to right, mask the
 * longest stretch that reads as one card/ID/phone number; other groups are looked at on their own.
 */
function maskRun(run: string, before: string, note: Found): string {
  const labelled = ORDER_LABEL.test(before);
  const groups = run.split(/[ -]/);
  if (groups.length === 1) return maskToken(run, labelled, note) || run;
  const seps = run.match(/[ -]/g) || [];
  const out: string[] = [];
  let i = 0;
  while (i < groups.length) {
    const hit = longestNumber(groups, i, labelled, note);
    const to = hit ? hit.to : i + 1;
    out.push(hit ? hit.masked : maskToken(groups[i], labelled && i === 0, note) || groups[i]);
    if (to - 1 < seps.length) out.push(seps[to - 1]);
    i = to;
  }
  return out.join('');
}

export function maskSensitive(input: string): MaskResult {
  const found: SensitiveKind[] = [];
  const note: Found = (kind) => {
    if (found.indexOf(kind) < 0) found.push(kind);
  };
  let text = toAsciiDigits(input);
  text = text.replace(PASSWORD, (_m, word: string, sep: string) => {
    note('password');
    return `${word}${sep}${MASKED_SECRET}`;
  });
  text = text.replace(CODE_AFTER_WORD, (_m, word: string, mid: string) => {
    note('code');
    return `${word}${mid}${MASKED_SECRET}`;
  });
  text = text.replace(CODE_BEFORE_WORD, (_m, lead: string, _code: string, mid: string, word: string) => {
    note('code');
    return `${lead}${MASKED_SECRET}${mid}${word}`;
  });
  text = text.replace(NUMBER_RUN, (run: string, offset: number, whole: string) =>
    maskRun(run, whole.slice(Math.max(0, offset - 12), offset), note),
  );
  return { text, found };
}

/** Only the last 4 digits of a card, or null when the input is not exactly 4 digits. */
export function cardLast4(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = toAsciiDigits(value).trim();
  return /^\d{4}$/.test(trimmed) ? trimmed : null;
}
