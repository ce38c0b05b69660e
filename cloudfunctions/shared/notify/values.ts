/**
 * Subscription-message keyword values that obey WeChat's value rules BY CONSTRUCTION.
 *
 * A `KeywordValue<'thing'>` can only come out of `thing()`, a `KeywordValue<'phrase'>` only out of `phrase()`,
 * and so on: the template data types in messages.ts demand the right brand for every keyword, so a value that
 * could break a rule (47003) does not compile. Each builder accepts anything (emoji, 2000 characters, newlines,
 * an invalid Date) and still returns a valid value.
 *
 * Lengths are counted in Unicode code points, as the checker in tools/cloud/subscribe-rules.ts does.
 * Dates are the Asia/Shanghai calendar (UTC+8, no daylight saving), whatever the server clock's time zone.
 */
import type { TemplateKeywordType } from '../../../miniprogram/config/deploy';
import {
  formatBeijing,
  formatDate,
  isIsoDate,
  shanghaiMidnight,
  shanghaiTime,
  yearOf,
} from '../../../miniprogram/domain/appeal/deadline';

declare const keywordBrand: unique symbol;

/** A value that obeys the rule of keyword type `T`. Only the builders in this file make one. */
export type KeywordValue<T extends TemplateKeywordType> = string & { readonly [keywordBrand]: T };

const brand = <T extends TemplateKeywordType>(value: string): KeywordValue<T> => value as KeywordValue<T>;

/** Dates outside these instants are clamped: the rules want a four-digit year. */
const EARLIEST_MS = shanghaiMidnight('2000-01-01').getTime();
const LATEST_MS = shanghaiTime('9999-12-31', 15).getTime() + 59 * 60 * 1000;

/**
 * Characters a message cannot show or that WeChat may refuse: controls and format characters (newlines are
 * turned into spaces first), private use, lone surrogates, emoji (pictographs, skin tones, flags, keycaps),
 * variation selectors, enclosing marks (keycaps) and tag characters.
 */
const UNSHOWABLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Variation_Selector}\p{Me}\u{E0000}-\u{E007F}]/gu;

/** Clean free text for display in one line: NFC, whitespace runs → one space, unshowable characters dropped. */
export function oneLine(text: string): string {
  return String(text)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(UNSHOWABLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** At most `max` code points; longer text is cut and ends with `…` (which counts). */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

const THING_MAX = 20;
const THING_FALLBACK = '申诉进度';

/** `thing`: 1–20 characters. Empty text (after cleaning) becomes the fallback. */
export function thing(text: string, fallback: string = THING_FALLBACK): KeywordValue<'thing'> {
  const cleaned = oneLine(text);
  const value = cleaned || oneLine(fallback) || THING_FALLBACK;
  return brand(clip(value, THING_MAX));
}

/**
 * The only words a `phrase` (≤ 5 Chinese characters, nothing else) may hold. Checked when this module loads,
 * so a bad word added here fails every test at once.
 */
export const PHRASES = [
  '准备材料',
  '已提交',
  '审核中',
  '需补充材料',
  '已解决',
  '被驳回',
  '已升级',
  '已结束',
  '待跟进',
] as const;
export type PhraseWord = (typeof PHRASES)[number];

const PHRASE_RULE = /^\p{Script=Han}{1,5}$/u;
for (const word of PHRASES) {
  if (!PHRASE_RULE.test(word))
    throw new Error(`notify/values: phrase "${word}" is not 1–5 Chinese characters`);
}

export function phrase(word: PhraseWord): KeywordValue<'phrase'> {
  return brand(PHRASES.indexOf(word) >= 0 ? word : '待跟进');
}

/** The instant in Beijing time in a dayjs pattern, clamped to four-digit years (an invalid Date: the earliest). */
function inShanghai(instant: Date, pattern: string): string {
  const ms = instant instanceof Date ? instant.getTime() : NaN;
  const safe = Number.isFinite(ms) ? Math.min(Math.max(ms, EARLIEST_MS), LATEST_MS) : EARLIEST_MS;
  return formatBeijing(new Date(safe), pattern);
}

const CN_DATE = 'YYYY年M月D日';

/** `date`: the Shanghai calendar day of an instant, `2026年11月23日`. */
export function date(instant: Date): KeywordValue<'date'> {
  return brand(inShanghai(instant, CN_DATE));
}

/** `date` with the time of day: `2026年11月23日 09:00` (24-hour, Shanghai). */
export function dateTime(instant: Date): KeywordValue<'date'> {
  return brand(inShanghai(instant, `${CN_DATE} HH:mm`));
}

/** `date` from a calendar day `YYYY-MM-DD` (already a Shanghai date); anything else falls back to `instead`. */
export function calendarDate(isoDate: string | null | undefined, instead: Date): KeywordValue<'date'> {
  if (isIsoDate(isoDate) && yearOf(isoDate) >= 2000) return brand(formatDate(isoDate, CN_DATE));
  return date(instead);
}

/** `time`: `2026年11月23日 09:00` (24-hour, Shanghai). */
export function time(instant: Date): KeywordValue<'time'> {
  return brand(inShanghai(instant, `${CN_DATE} HH:mm`));
}

/** `number`: a non-negative integer of at most 15 digits (anything else becomes 0 or is capped). */
export function number(n: number): KeywordValue<'number'> {
  const v = Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), 999_999_999_999_999) : 0;
  return brand(String(v));
}

/** `character_string`: 1–32 printable ASCII characters (others dropped); empty becomes `-`. */
export function characterString(text: string): KeywordValue<'character_string'> {
  const kept = String(text)
    .replace(/[^\x21-\x7e]/g, '')
    .slice(0, 32);
  return brand(kept || '-');
}
