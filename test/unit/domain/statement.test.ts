import { draftStatement, SHORT_MAX, type StatementInput } from '../../../miniprogram/domain';

const PROMISES = /保证|一定|肯定|承诺/;
const ADMISSIONS = /我承认|承认|我错了|认错|认罪/;

const LONG =
  '给女儿交学费和房租，还有给老家的亲戚还钱，都是正常的家庭开支，每一笔都有聊天记录可以查。'.repeat(6);

const CASES: StatementInput[] = [
  { symptom: 'card-restricted', answers: {}, causeIds: ['risk-unusual-activity'] },
  {
    symptom: 'card-restricted',
    answers: {
      'error-message': 'not-supported',
      'other-channels': 'work',
      'recent-activity': 'many-transfers',
      'lent-card': 'yes',
      'code-shared': 'yes',
    },
    causeIds: ['illicit-flag'],
    details: { since: '2026-11-20', amount: '5000', cardLast4: '1234', usage: LONG, note: LONG },
  },
  {
    symptom: 'account-restricted',
    answers: { 'restriction-kind': 'collect', 'collect-use': 'business' },
    causeIds: ['collection-business-use'],
  },
  {
    symptom: 'credit-pay-unavailable',
    answers: {},
    causeIds: ['creditpay-risk'],
    details: { since: '2026-11-01' },
  },
  {
    symptom: 'bill-anomaly',
    answers: { 'bill-kind': 'charged-twice' },
    causeIds: ['bill-duplicate-charge'],
    details: { since: '2026-11-02', amount: 98, orderNumber: '4200001234202611021234567890' },
  },
];

describe('draftStatement', () => {
  it.each(CASES.map((c, i) => [i, c] as const))(
    'case %s: short ≤ 200 chars, no promises, no admissions',
    (_i, input) => {
      const st = draftStatement(input);
      expect(st.short.length).toBeLessThanOrEqual(SHORT_MAX);
      expect(st.short.length).toBeGreaterThan(20);
      for (const text of [st.short, st.full]) {
        expect(text).not.toMatch(PROMISES);
        expect(text).not.toMatch(ADMISSIONS);
        expect(text).not.toMatch(/借给|出租|验证码/); // the lent-card / code-shared answers never appear
      }
    },
  );

  it('states the facts given: date, amount, last 4 digits, order number', () => {
    const st = draftStatement(CASES[1]);
    expect(st.short).toContain('尾号1234');
    expect(st.short).toContain('2026年11月20日');
    expect(st.full).toContain('5000元');
    expect(st.full).toContain('其他支付渠道可以正常使用');
    const bill = draftStatement(CASES[4]);
    expect(bill.short).toContain('4200001234202611021234567890');
    expect(bill.short).toContain('98元');
    expect(bill.short).toContain('重复扣款');
  });

  it('truncates the person’s words, not the facts, to fit 200 characters', () => {
    const st = draftStatement(CASES[1]);
    expect(st.warnings).toContain('short-truncated');
    expect(st.short).toContain('尾号1234');
    expect(st.short.endsWith('请告知。')).toBe(true);
  });

  it('takes the card as 4 digits, nothing else', () => {
    for (const bad of ['12345', '123', 'abcd', '12ab', '622202123456']) {
      const st = draftStatement({ symptom: 'card-restricted', answers: {}, details: { cardLast4: bad } });
      expect(st.warnings).toContain('card-last4-rejected');
      expect(st.full).not.toContain(bad.replace(/\s/g, ''));
      expect(st.short).toContain('绑定的银行卡');
    }
    const ok = draftStatement({ symptom: 'card-restricted', answers: {}, details: { cardLast4: ' 0042 ' } });
    expect(ok.warnings).toEqual([]);
    expect(ok.short).toContain('尾号0042');
  });

  it('keeps the LAST 4 digits of a whole card number typed into the card field, and says so', () => {
    for (const typed of ['6222021234567890', '6222 0212 3456 7890', '６２２２０２１２３４５６７８９０']) {
      const st = draftStatement({ symptom: 'card-restricted', answers: {}, details: { cardLast4: typed } });
      expect(st.short).toContain('尾号7890的银行卡');
      expect(st.full).not.toContain('6222');
      expect(st.warnings).toEqual(['card-number-shortened']);
    }
  });

  it('does not carry a card or ID number typed into the order field, but keeps real order numbers', () => {
    for (const typed of ['6222021234567894', '6222-0212-3456-7894', '11010519491231002X']) {
      const st = draftStatement({ symptom: 'bill-anomaly', answers: {}, details: { orderNumber: typed } });
      expect(st.warnings).toEqual(['order-number-sensitive']);
      expect(st.full).not.toContain('订单号');
      expect(st.full.replace(/\D/g, '')).not.toContain('02123456');
    }
    for (const order of ['4200001234202611021234567890', '1234567890123456', 'T20261120ABC']) {
      const st = draftStatement({ symptom: 'bill-anomaly', answers: {}, details: { orderNumber: order } });
      expect(st.warnings).toEqual([]);
      expect(st.short).toContain(order);
    }
  });

  it('masks card, ID and phone numbers typed into the details', () => {
    const st = draftStatement({
      symptom: 'card-restricted',
      answers: {},
      details: {
        usage: '转给儿子，他的卡号是6222 0212 3456 7890 128，电话13812345678',
        note: '我的身份证是11010519491231002X，验证码是 654321',
      },
    });
    for (const text of [st.short, st.full]) {
      expect(text).not.toMatch(/6222\s?0212/);
      expect(text).not.toContain('13812345678');
      expect(text).not.toContain('11010519491231002X');
      expect(text).not.toContain('654321');
    }
    expect(st.full).toContain('138****5678');
    expect(st.masked.sort()).toEqual(['card', 'code', 'id', 'phone']);
  });

  it('leaves out sentences the person typed that promise or admit something', () => {
    const st = draftStatement({
      symptom: 'account-restricted',
      answers: {},
      details: { note: '钱是卖菜收的。我保证以后不再用个人码，我错了。请帮忙看看' },
    });
    expect(st.warnings).toContain('removed-promise-or-admission');
    expect(st.full).toContain('钱是卖菜收的');
    expect(st.full).toContain('请帮忙看看');
    expect(st.full).not.toMatch(PROMISES);
    expect(st.full).not.toMatch(ADMISSIONS);
  });

  it('rejects impossible dates, amounts and order numbers instead of printing them', () => {
    const st = draftStatement({
      symptom: 'bill-anomaly',
      answers: {},
      details: { since: '2026-02-30', amount: '五千', orderNumber: '单号：abc 123!' },
    });
    expect(st.warnings).toEqual(
      expect.arrayContaining(['date-rejected', 'amount-rejected', 'order-number-rejected']),
    );
    expect(st.full).not.toContain('2026-02-30');
    expect(st.full).not.toContain('五千');
  });

  it('the full version lists the required documents', () => {
    const st = draftStatement(CASES[0]);
    expect(st.full).toContain('交易明细');
    expect(st.full.split('\n')[0]).toBe('申诉说明');
  });
});
