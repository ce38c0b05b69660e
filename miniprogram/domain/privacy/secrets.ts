/**
 * Codes and passwords in free text, hidden as `******`:
 * - a code of 3–8 digits (spaces or dashes allowed inside: "123 456") up to 16 characters after a code word
 *   (验证码, 校验码, 动态码, 安全码, code, OTP, CVV…) in the same sentence ("收到的验证码发给了客服，是482913"),
 *   or just before one ("654321是校验码");
 * - the token after a password word (密码, 密碼, 口令, pwd, password), even a few words later
 *   ("密码：我的生日19900307"). Words alone ("密码错误三次") are left as they are.
 * Runs after card, ID and phone numbers are masked, on text whose digits are plain ASCII (digits.ts), so a
 * code word next to a number ("卡号6222 0212 3456 7894，验证码…") cannot take part of the number for a code.
 */
import type { SensitiveKind } from './mask';

export const MASKED_SECRET = '******';

const CODE_WORDS = '验证码|校验码|动态码|短信码|确认码|安全码|(?:verification\\s*)?code|otp|cvv2?|cvc|cvn';
/** 3–8 digits, maybe split once in a while; never part of an already masked number (`****5678`). */
const CODE_VALUE = '\\d(?:[ \\u3000\\u00A0\\-.]?\\d){2,7}(?![ \\u3000\\u00A0\\-.]?\\d|\\*)';
const CODE_AFTER_WORD = new RegExp(`(${CODE_WORDS})([^\\d*。！？!?\\n]{0,16}?)${CODE_VALUE}`, 'gi');
const CODE_BEFORE_WORD = new RegExp(`(^|[^\\d*])${CODE_VALUE}([^\\d。！？!?\\n]{0,4}?)(${CODE_WORDS})`, 'gi');
const PASSWORD = new RegExp(
  '(密码|密碼|口令|\\bpwd\\b|\\bpasswo?r?d\\b|\\bpasscode\\b)' +
    '([^。，,！？!?\\n;；A-Za-z0-9]{0,10}?)' +
    '([A-Za-z0-9!@#$%^&*._+=-]{3,32})',
  'gi',
);

/** Hide codes and passwords; `note` hears each kind found. */
export function maskSecrets(text: string, note: (kind: SensitiveKind) => void): string {
  return text
    .replace(PASSWORD, (_m, word: string, lead: string) => {
      note('password');
      return `${word}${lead}${MASKED_SECRET}`;
    })
    .replace(CODE_AFTER_WORD, (_m, word: string, mid: string) => {
      note('code');
      return `${word}${mid}${MASKED_SECRET}`;
    })
    .replace(CODE_BEFORE_WORD, (_m, lead: string, mid: string, word: string) => {
      note('code');
      return `${lead}${MASKED_SECRET}${mid}${word}`;
    });
}
