/**
 * Masks card, ID and mobile numbers, verification codes and passwords in free text. Pure, linear, ES2017-safe
 * (no lookbehind). The page masks every free-text field before anything leaves it; the cloud masks again.
 *
 * Choices and trade-offs:
 * - Digits are read however they were typed (digits.ts): full-width, circled, Arabic-Indic, Chinese numerals
 *   read out one at a time, with zero-width characters removed.
 * - A number may be split by spaces (also U+3000, no-break space, tab, line break), `-`, `.`, `/`, `_` or a comma,
 *   in the groups people use: 4-4-4-4(-3), 3-4-4 for a phone, 6-8-4 for an ID, or one or two digits at a time.
 * - Card (13–19 digits): keep the last 4 → `****1234`. Luhn is NOT required: a mistyped card number must not
 *   leak either. After 订单号/单号/交易号/流水号/工单号 (and no card or ID word nearer) a 13–19 digit number is
 *   kept as an order number, unless it is card-shaped (passes Luhn) or ID-shaped. WeChat's 28-digit 交易单号
 *   and anything longer than 19 digits are kept. A letter right after ("…4185x") does not hide a card.
 * - ID (18 digits, last may be X, with a valid check digit or a plausible birth date; or 15-digit
 *   first-generation IDs): fully masked as `[身份证号已隐藏]`. Nothing downstream needs any part of it.
 * - Mobile (1[3-9] + 9 digits, optional +86/86): keep 3 + 4 → `138****5678`, enough to recognise it.
 * - Codes and passwords: see secrets.ts.
 * - Amounts (5000元, ¥5,000.00), dates (2024-03-25, 2024.03.25) and short numbers survive.
 */
import { plainDigits } from './digits';
import { maskSecrets } from './secrets';

export { MASKED_SECRET } from './secrets';

export type SensitiveKind = 'card' | 'id' | 'phone' | 'code' | 'password';

export interface MaskResult {
  readonly text: string;
  /** Each kind found at least once, in the order first met. */
  readonly found: SensitiveKind[];
}

export const MASKED_ID = '[身份证号已隐藏]';

/** Characters that may stand between the digit groups of one number. */
const SEP = '[ \\u3000\\u00A0\\t\\r\\n\\-./_，,]';
/** A run of digits, possibly split by one or two separators, possibly ending in X (an ID's check digit). */
const NUMBER_RUN = new RegExp(`\\+?\\d(?:\\d|${SEP}{1,2}(?=\\d))*(?:[Xx](?![A-Za-z0-9]))?`, 'g');
const GROUP_SPLIT = new RegExp(`${SEP}+`);
const ORDER_LABEL = /(?:订单|单号|交易号|流水号|工单|编号)[^\d]{0,6}$/;
const CARD_LABEL = /卡号|银行卡|信用卡|借记卡|储蓄卡|身份证|证件|手机|电话/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Luhn check: whether a digit string reads as a card number rather than an order number. */
function luhnValid(digits: string): boolean {
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

type Found = (kind: SensitiveKind) => void;

/** Mask one number (plain digits, maybe + in front or X at the end). Returns null to keep it. */
function maskToken(token: string, labelledAsOrder: boolean, note: Found): string | null {
  const x = /[Xx]$/.exec(token);
  if (!x) return maskDigits(token, labelledAsOrder, note);
  if (token.length === 18) {
    note('id');
    return MASKED_ID;
  }
  // A letter typed right after a number ("…4185x") does not make it safe.
  const masked = maskDigits(token.slice(0, -1), labelledAsOrder, note);
  return masked === null ? null : masked + x[0];
}

/** Mask a number of plain digits (maybe + in front). Returns null to keep it. */
function maskDigits(token: string, labelledAsOrder: boolean, note: Found): string | null {
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
  if (labelledAsOrder && !luhnValid(digits)) return null;
  note('card');
  return `****${digits.slice(-4)}`;
}

/** Whether separated groups read as one number (a spaced card, ID or phone) rather than several. */
function isOneNumber(groups: readonly string[]): boolean {
  const lengths = groups.map((g) => g.replace(/[+Xx]/g, '').length);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total === 13 && /^\+?86$/.test(groups[0])) return groups.length <= 4;
  if (total !== 11 && (total < 13 || total > 19)) return false;
  if (lengths.every((n) => n <= 2)) return true; // typed one or two digits at a time
  const inner = lengths.slice(1, -1);
  const first = lengths[0];
  const last = lengths[lengths.length - 1];
  if (first >= 3 && first <= 6 && last <= 5 && inner.every((n) => n === 4)) return true; // 4-4-4-4, 3-4-4, 6-4-4-4
  return ['6,8,4', '6,8,3', '4,6,5', '4,6,4'].indexOf(lengths.join(',')) >= 0; // ID 6-8-4, Amex 4-6-5
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
  const labelled = ORDER_LABEL.test(before) && !CARD_LABEL.test(before);
  const groups = run.split(GROUP_SPLIT);
  if (groups.length === 1) return maskToken(run, labelled, note) || run;
  const seps = run.match(new RegExp(`${SEP}+`, 'g')) || [];
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
  const numbersMasked = plainDigits(input).replace(NUMBER_RUN, (run: string, offset: number, whole: string) =>
    maskRun(run, whole.slice(Math.max(0, offset - 12), offset), note),
  );
  const text = maskSecrets(numbersMasked, note);
  return { text, found };
}

/**
 * The last 4 digits of a card, however the person typed it: "1234", "１２３４", or the whole card number
 * ("6222 0212 3456 7890" → "7890"). Null for anything else (3 digits, 5–12 digits, letters).
 */
export function cardLast4(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = plainDigits(value).replace(new RegExp(SEP, 'g'), '');
  return /^(?:\d{4}|\d{13,19})$/.test(digits) ? digits.slice(-4) : null;
}
