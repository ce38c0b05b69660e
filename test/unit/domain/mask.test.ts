/**
 * Masking over GENERATED data: Luhn-valid card numbers (16 and 19 digits, with spaces, dashes or none),
 * 18-digit IDs with a valid ISO 7064 MOD 11-2 check digit, and mainland mobile numbers — 1000 each, 0 leaks.
 * The generators (tools/reliability/generators.ts) compute the check digits independently of the code under test.
 */
import { cardLast4, maskSensitive, MASKED_ID } from '../../../miniprogram/domain';
import { makeGenerators, spaced } from '../../../tools/reliability/generators';

const { card, idNumber, mobile } = makeGenerators(20261123);

const CONTEXTS: Array<[string, string]> = [
  ['', ''],
  ['我的卡号是', '，麻烦帮我看看'],
  ['号码：', '。'],
  ['2026-11-20 转了5000元，用的是 ', ' 这个'],
  ['Card ', ' ok'],
];

const N = 1000;

describe('masking generated numbers: 0 leaks', () => {
  it(`${N} Luhn-valid 16-digit cards, plain / spaced / dashed`, () => {
    for (let i = 0; i < N; i += 1) {
      const n = card(16);
      const shown = [n, spaced(n, ' '), spaced(n, '-')][i % 3];
      const [pre, post] = CONTEXTS[i % CONTEXTS.length];
      const out = maskSensitive(pre + shown + post);
      expect(out.text).toBe(`${pre}****${n.slice(-4)}${post}`);
      expect(out.found).toContain('card');
    }
  });

  it(`${N} Luhn-valid 19-digit cards with spaces`, () => {
    for (let i = 0; i < N; i += 1) {
      const n = card(19);
      const [pre, post] = CONTEXTS[i % CONTEXTS.length];
      const out = maskSensitive(pre + spaced(n, ' ') + post);
      expect(out.text).toBe(`${pre}****${n.slice(-4)}${post}`);
    }
  });

  it(`${N} 18-digit IDs with a valid MOD 11-2 check digit (X included), fully masked`, () => {
    let withX = 0;
    for (let i = 0; i < N; i += 1) {
      const n = idNumber();
      if (n.endsWith('X')) withX += 1;
      const shown = i % 4 === 3 ? n.toLowerCase() : n;
      const [pre, post] = CONTEXTS[i % CONTEXTS.length];
      const out = maskSensitive(pre + shown + post);
      expect(out.text).toBe(`${pre}${MASKED_ID}${post}`);
      expect(out.found).toEqual(['id']);
    }
    expect(withX).toBeGreaterThan(30); // about 1 in 11
  });

  it(`${N} mobile numbers keep 3 + 4 digits`, () => {
    for (let i = 0; i < N; i += 1) {
      const n = mobile();
      const shown = [
        n,
        `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
        `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
        `+86${n}`,
      ][i % 4];
      const [pre, post] = CONTEXTS[i % CONTEXTS.length];
      const out = maskSensitive(pre + shown + post);
      const prefix = i % 4 === 3 ? '+86 ' : '';
      expect(out.text).toBe(`${pre}${prefix}${n.slice(0, 3)}****${n.slice(7)}${post}`);
      expect(out.found).toEqual(['phone']);
    }
  });

  it('several numbers in one text, next to each other', () => {
    const c = card(16);
    const p = mobile();
    const id = idNumber();
    const out = maskSensitive(`${spaced(c, ' ')} ${p} ${id}`);
    expect(out.text).toBe(`****${c.slice(-4)} ${p.slice(0, 3)}****${p.slice(7)} ${MASKED_ID}`);
    expect(out.found.sort()).toEqual(['card', 'id', 'phone']);
  });
});

describe('codes and passwords', () => {
  it.each([
    ['验证码是123456', '验证码是******'],
    ['验证码：8842，别告诉别人', '验证码：******，别告诉别人'],
    ['刚收到的动态码 904512', '刚收到的动态码 ******'],
    ['654321是校验码', '******是校验码'],
    ['支付密码是888888', '支付密码是******'],
    ['密码：Abc@1234 已经改了', '密码：****** 已经改了'],
  ])('%s', (input, expected) => {
    expect(maskSensitive(input).text).toBe(expected);
  });

  it('does not touch words after 密码 or codes that are not near a code word', () => {
    expect(maskSensitive('密码错误三次').text).toBe('密码错误三次');
    expect(maskSensitive('验证码发到13812345678了').text).toBe('验证码发到138****5678了');
    expect(maskSensitive('一共1234元').text).toBe('一共1234元');
  });
});

describe('what survives (trade-offs documented in mask.ts)', () => {
  it.each([
    '转了5000元',
    '¥5,000.00',
    '2026-11-20 下午3点',
    '20261120',
    '尾号1234',
    '交易单号 4200001234202611201234567890', // WeChat 28-digit order numbers are longer than any card
    '订单号：1234567890123456', // a labelled order number is kept even in card length
    '工单号 9876543210123',
    '共3笔，分别是100、200、300元',
    '12315、12363、95017',
  ])('%s', (text) => {
    expect(maskSensitive(text)).toEqual({ text, found: [] });
  });

  it('an unlabelled 13–19 digit number is masked even if it fails Luhn (a mistyped card must not leak)', () => {
    expect(maskSensitive('6222021234567891').text).toBe('****7891');
  });

  it('fullwidth digits are caught too', () => {
    expect(maskSensitive('１３８１２３４５６７８').text).toBe('138****5678');
  });

  it('is fast: 10 000 characters in well under 50 ms', () => {
    const text = `卡号${spaced(card(16), ' ')}，电话${mobile()}，金额5000元。`.repeat(250);
    const t0 = Date.now();
    const out = maskSensitive(text);
    expect(Date.now() - t0).toBeLessThan(50);
    expect(out.text).not.toMatch(/\d{5,}/);
  });
});

describe('cardLast4', () => {
  it('accepts exactly four digits, trimmed', () => {
    expect(cardLast4('1234')).toBe('1234');
    expect(cardLast4(' 0042 ')).toBe('0042');
    for (const bad of ['123', '12345', 'abcd', '12 34', '', 1234, null, undefined])
      expect(cardLast4(bad)).toBeNull();
  });
});
