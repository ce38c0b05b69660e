/**
 * Masking over GENERATED data: Luhn-valid card numbers (16 and 19 digits, with spaces, dashes or none),
 * 18-digit IDs with a valid ISO 7064 MOD 11-2 check digit, and mainland mobile numbers — 1000 each, 0 leaks.
 * The generators (tools/reliability/generators.ts) compute the check digits independently of the code under test.
 */
import { cardLast4, idCheckDigit, maskSensitive, MASKED_ID } from '../../../miniprogram/domain';
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
});

describe('cardLast4', () => {
  it('accepts four digits however typed, trimmed', () => {
    expect(cardLast4('1234')).toBe('1234');
    expect(cardLast4(' 0042 ')).toBe('0042');
    expect(cardLast4('12 34')).toBe('1234');
    expect(cardLast4('１２３４')).toBe('1234');
    for (const bad of ['123', '12345', '123456789012', 'abcd', '', 1234, null, undefined])
      expect(cardLast4(bad)).toBeNull();
  });

  it('keeps the LAST four when a whole card number is typed or pasted', () => {
    for (let i = 0; i < 50; i += 1) {
      const n = card(i % 2 ? 16 : 19);
      expect(cardLast4(n)).toBe(n.slice(-4));
      expect(cardLast4(spaced(n, ' '))).toBe(n.slice(-4));
    }
  });
});

describe('the ID check digit (GB 11643 MOD 11-2)', () => {
  it('matches the examples published with the standard and the independent generator', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44052418800101001')).toBe('4');
    for (let i = 0; i < 200; i += 1) {
      const n = idNumber();
      expect(idCheckDigit(n.slice(0, 17))).toBe(n.charAt(17));
    }
  });

  it('decides that an 18-digit number with an impossible birth date is still an ID', () => {
    const first17 = '11010520261399123'; // month 13: only the check digit can tell
    expect(maskSensitive(first17 + idCheckDigit(first17)).text).toBe(MASKED_ID);
    const wrong = idCheckDigit(first17) === '1' ? '2' : '1';
    expect(maskSensitive(first17 + wrong).text).toBe(`****${first17.slice(-3)}${wrong}`);
  });
});

describe('numbers typed the way people type them', () => {
  const c = card(16);
  const id = idNumber();
  const p = mobile();
  const groups = (n: string, sep: string) => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  const CN = '〇一二三四五六七八九';
  const chinese = (n: string) => n.replace(/\d/g, (d) => CN[Number(d)]);

  it.each([
    ['full-width space U+3000', groups(c, '\u3000')],
    ['no-break space', groups(c, '\u00A0')],
    ['tab', groups(c, '\t')],
    ['line break', groups(c, '\n')],
    ['dots', groups(c, '.')],
    ['slashes', groups(c, '/')],
    ['underscores', groups(c, '_')],
    ['full-width commas', groups(c, '，')],
    ['zero-width spaces', c.split('').join('\u200B')],
    ['one digit at a time', c.split('').join(' ')],
    ['Chinese numerals', chinese(c)],
    ['Chinese numerals with 零', chinese(c).replace(/〇/g, '零')],
    ['full-width digits', c.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
    ['Arabic-Indic digits', c.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
    [
      'circled digits',
      c.replace(/[1-9]/g, (d) => String.fromCharCode(0x2460 + Number(d) - 1)).replace(/0/g, '⓪'),
    ],
  ])('a card with %s keeps only its last 4', (_name, shown) => {
    for (const [pre, post] of [
      ['银行卡编号', ''],
      ['工单里的卡号', '，请查'],
      ['', 'x'],
    ]) {
      const out = maskSensitive(pre + shown + post);
      expect(out.text.replace(/\D/g, '')).not.toContain(c.slice(0, 8));
      expect(out.text).toContain(`****${c.slice(-4)}`);
      expect(out.found).toContain('card');
    }
  });

  it('an ID with a letter-case x, Chinese numerals or digit-by-digit is hidden whole', () => {
    for (const shown of [id.toLowerCase(), chinese(id.replace('X', '')), id.split('').join(' ')]) {
      const out = maskSensitive(`身份证${shown}`);
      expect(out.text.replace(/\D/g, '')).not.toContain(id.slice(0, 8));
    }
  });

  it.each([
    [`${p.slice(0, 3)}.${p.slice(3, 7)}.${p.slice(7)}`],
    [`${p.slice(0, 3)}\u3000${p.slice(3, 7)}\u3000${p.slice(7)}`],
    [chinese(p).replace(/一/g, '幺')],
  ])('a phone written as %s keeps 3 + 4', (shown) => {
    expect(maskSensitive(`电话${shown}`).text).toBe(`电话${p.slice(0, 3)}****${p.slice(7)}`);
  });

  it.each([
    ['验证码：123 456', '验证码：******'],
    ['code: 482913', 'code: ******'],
    ['收到的验证码发给了客服，是482913', '收到的验证码发给了客服，是******'],
    ['支付密碼123456', '支付密碼******'],
    ['密码：我的生日19900307', '密码：我的生日******'],
    ['安全码 739', '安全码 ******'],
    ['pwd: hunter2', 'pwd: ******'],
    ['验证码是四八二九一三', '验证码是******'],
    ['卡号6222 0212 3456 7894，验证码 482913', '卡号****7894，验证码 ******'],
    ['身份证 110105 19491231 002x，密码 abc123', `身份证 ${MASKED_ID}，密码 ******`],
  ])('%s', (input, expected) => {
    expect(maskSensitive(input).text).toBe(expected);
  });

  it('does not read ordinary words as numbers', () => {
    for (const text of [
      '零钱被限制了',
      '七七八八花了不少',
      '一九九〇年出生',
      '12315、12363、95017',
      '2024.03.25',
    ])
      expect(maskSensitive(text)).toEqual({ text, found: [] });
  });

  it('an order-labelled number is kept unless it is card- or ID-shaped', () => {
    expect(maskSensitive('订单号：1234567890123456').found).toEqual([]);
    expect(maskSensitive(`订单号：${c}`).text).toBe(`订单号：****${c.slice(-4)}`);
    expect(maskSensitive(`订单号：${id}`).text).toBe(`订单号：${MASKED_ID}`);
  });
});
