/**
 * Personal numbers, codes and passwords written the way people and input methods write them: separators
 * (U+3000, no-break space, tab, line break, `. / _ ，`, zero-width space, one digit at a time), other digit
 * scripts (full-width, circled, Arabic-Indic, Chinese numerals with 〇 or 零), a label in front and a letter
 * right after. Numbers come from the seeded generators, whose check digits are computed independently of
 * the masking code. Used by the privacy bench and the masking tests.
 */
import { plainDigits } from '../../miniprogram/domain/privacy/digits';
import { makeGenerators } from '../reliability/generators';

export interface WrittenSecret {
  readonly kind: 'card' | 'id' | 'phone' | 'code' | 'password';
  /** The form's name, for reports. */
  readonly form: string;
  /** As typed. */
  readonly shown: string;
  /** What must never come out again (digits only for numbers; separators removed). */
  readonly secret: string;
}

const CN = '〇一二三四五六七八九';
const DIGIT_FORMS: ReadonlyArray<readonly [string, (d: number) => string]> = [
  ['ascii', (d) => String(d)],
  ['full-width', (d) => String.fromCharCode(0xff10 + d)],
  ['circled', (d) => (d === 0 ? '⓪' : String.fromCharCode(0x2460 + d - 1))],
  ['arabic-indic', (d) => String.fromCharCode(0x0660 + d)],
  ['chinese', (d) => CN[d]],
  ['chinese-ling', (d) => (d === 0 ? '零' : CN[d])],
];
const SEPARATORS: ReadonlyArray<readonly [string, string]> = [
  ['none', ''],
  ['space', ' '],
  ['U+3000', '\u3000'],
  ['nbsp', '\u00A0'],
  ['tab', '\t'],
  ['newline', '\n'],
  ['dot', '.'],
  ['slash', '/'],
  ['underscore', '_'],
  ['fullwidth-comma', '，'],
  ['dash', '-'],
];
const LABELS: Readonly<Record<'card' | 'id' | 'phone', readonly string[]>> = {
  card: ['', '卡号', '银行卡编号', '工单里的卡号', '我的卡是 '],
  id: ['', '身份证', '证件号：', '身份证号码是'],
  phone: ['', '手机', '电话：', '联系我 '],
};
const CODES = [
  '验证码：{}',
  'code: {}',
  '收到的验证码发给了客服，是{}',
  '动态码 {}',
  '{}是校验码',
  '安全码 {}',
];
const PASSWORDS = ['支付密碼{}', '密码：我的生日{}', 'pwd: {}', '密码是{}', 'password {}'];

function write(digits: string, digitForm: (d: number) => string, sep: string, groups: number[]): string {
  const chars = digits.split('').map((c) => (/\d/.test(c) ? digitForm(Number(c)) : c));
  const out: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= chars.length) break;
    out.push(chars.slice(at, at + size).join(''));
    at += size;
  }
  if (at < chars.length) out.push(chars.slice(at).join(''));
  return out.join(sep);
}

const GROUPS: Readonly<Record<'card' | 'id' | 'phone', number[]>> = {
  card: [4, 4, 4, 4, 4],
  id: [6, 8, 4],
  phone: [3, 4, 4],
};

/** `perForm` numbers of each kind in each digit form × separator, plus zero-width and digit-by-digit ones. */
export function writtenSecrets(perForm: number, seed: number): WrittenSecret[] {
  const g = makeGenerators(seed);
  const make = { card: () => g.card(g.int(2) ? 16 : 19), id: () => g.idNumber(), phone: () => g.mobile() };
  const out: WrittenSecret[] = [];
  for (const kind of ['card', 'id', 'phone'] as const) {
    for (const [formName, digitForm] of DIGIT_FORMS) {
      for (const [sepName, sep] of SEPARATORS) {
        for (let i = 0; i < perForm; i += 1) {
          const n = make[kind]();
          const label = LABELS[kind][i % LABELS[kind].length];
          const tail = ['x', '，验证码 4829', ''][i % 3];
          const shown = label + write(n, digitForm, sep, GROUPS[kind]) + tail;
          out.push({ kind, form: `${formName}/${sepName}`, shown, secret: n.replace(/x/i, '') });
        }
      }
      const n = make[kind]();
      const byOne = n.split('').map((c) => (/\d/.test(c) ? digitForm(Number(c)) : c));
      out.push({ kind, form: `${formName}/one-at-a-time`, shown: byOne.join(' '), secret: n });
      out.push({ kind, form: `${formName}/zero-width`, shown: byOne.join('\u200B'), secret: n });
    }
  }
  for (let i = 0; i < perForm * 20; i += 1) {
    const code = g.digits(i % 2 ? 6 : 4);
    const spacedCode = i % 4 === 1 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
    const template = CODES[i % CODES.length];
    const value = template.startsWith('安全码') ? code.slice(0, 3) : spacedCode;
    out.push({
      kind: 'code',
      form: template,
      shown: template.replace('{}', value),
      secret: value.replace(' ', ''),
    });
    const password = i % 2 ? `19${g.digits(6)}` : `hunter${g.digits(3)}`;
    const pt = PASSWORDS[i % PASSWORDS.length];
    out.push({ kind: 'password', form: pt, shown: pt.replace('{}', password), secret: password });
  }
  return out;
}

/**
 * Whether `text` gives the secret away: a code or password whole; 8 digits in a row of a number, reading
 * digits in any script across the separators people type (but not across a mask's `*`).
 */
export function givesAway(s: WrittenSecret, text: string): boolean {
  const plain = plainDigits(text);
  if (s.kind === 'code' || s.kind === 'password') return plain.includes(s.secret);
  const digits = plain.replace(/[\s\u3000\u00A0./_，,-]/g, '');
  for (let i = 0; i + 8 <= s.secret.length; i += 1)
    if (digits.includes(s.secret.slice(i, i + 8))) return true;
  return false;
}
