/**
 * Digits the way people and input methods type them, turned into ASCII digits before numbers are looked for:
 * full-width ０-９, circled ①-⑨ ⓪ ❶-❾ ➀-➈, Arabic-Indic ٠-٩ and ۰-۹, and Chinese numerals read out one digit at a
 * time (六二二八…, 〇/零 for 0, 幺 for 1, 壹贰叁…). Zero-width characters are removed.
 *
 * Chinese numerals are turned into digits only in runs long enough to be a personal number (7 or more, so
 * "七七八八" and "一九九〇年" stay words), or 3 or more right after a code or password word ("验证码四八二九一三").
 * Every replacement is one character for one character, except removed zero-width characters.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Ranges whose characters are the digits 0–9 (or 1–9) in order. */
const DIGIT_BLOCKS: ReadonlyArray<readonly [first: number, zeroValue: number, count: number]> = [
  [0xff10, 0, 10], // full-width
  [0x0660, 0, 10], // Arabic-Indic
  [0x06f0, 0, 10], // Extended Arabic-Indic (Persian)
  [0x2460, 1, 9], // ① … ⑨
  [0x2776, 1, 9], // ❶ … ❾
  [0x2780, 1, 9], // ➀ … ➈
  [0x24f5, 1, 9], // ⓵ … ⓽
];
const CIRCLED_ZERO = '\u24EA\u24FF';

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

const CN = '〇零一幺壹二贰三叁四肆五伍六陆七柒八捌九玖';
/** Chinese numerals, maybe with a separator between them. */
const CHINESE_RUN = new RegExp(`[${CN}](?:[\\s\\u3000\\-./_，,]?[${CN}])*`, 'g');
const SECRET_WORD_BEFORE = /(?:码|密碼|密码|口令)[^。！？\n]{0,6}$/;
const LONG_RUN = 7;
const SHORT_RUN = 3;

function blockDigit(code: number): string | null {
  for (const [first, zeroValue, count] of DIGIT_BLOCKS)
    if (code >= first && code < first + count) return String(code - first + zeroValue);
  return null;
}

function otherDigitsToAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const digit = code >= 0x0660 ? blockDigit(code) : null;
    out += digit !== null ? digit : CIRCLED_ZERO.indexOf(ch) >= 0 ? '0' : ch;
  }
  return out;
}

function chineseRunsToAscii(text: string): string {
  return text.replace(CHINESE_RUN, (run: string, offset: number) => {
    const count = run.replace(/[^〇-龥]/g, '').length;
    const afterSecretWord = SECRET_WORD_BEFORE.test(text.slice(Math.max(0, offset - 12), offset));
    if (count < LONG_RUN && !(afterSecretWord && count >= SHORT_RUN)) return run;
    return run.replace(/./g, (c) => CHINESE_DIGITS[c] || c);
  });
}

/** The text with every way of writing a digit turned into 0–9 and zero-width characters removed. */
export function plainDigits(text: string): string {
  return chineseRunsToAscii(otherDigitsToAscii(text.replace(ZERO_WIDTH, '')));
}
