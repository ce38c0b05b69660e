import { detectScam, SCAM_ADVICE } from '../../../miniprogram/domain';

describe('detectScam', () => {
  it.each([
    ['paid-unlock', '交500元手续费，2小时帮你解封'],
    ['paid-unlock', '解冻需要先付保证金'],
    ['inside-channel', '我们有内部渠道，可以走后台操作'],
    ['record-erasing', '专业修复残卡，消除央行黑记录'],
    ['asks-code', '把你手机收到的验证码发给我核对一下'],
    ['asks-code', '把验证码发我'],
    ['asks-code', '验证码报一下，我帮你处理'],
    ['asks-password', '请告诉我你的支付密码'],
    ['screen-share', '下载一个会议软件，打开屏幕共享'],
    ['crypto-unlock', '解封费用请用USDT支付到这个钱包地址'],
    ['fake-support-script', '您开通了百万保障，需要关闭，否则每月扣费'],
    ['safe-account', '配合调查，把钱转到安全账户'],
    ['card-renting', '高价收银行卡，跑分日结'],
    ['guaranteed-unlock', '百分百解封，不成功不收费'],
  ])('%s: %s', (id, text) => {
    const r = detectScam(text);
    expect(r.risk).toBe('scam');
    expect(r.signals.map((s) => s.id)).toContain(id);
    expect(r.advice.join('')).toContain('96110');
    expect(r.advice.join('')).toContain('国家反诈中心');
  });

  it.each([
    ['claims-support', '您好，我是微信支付客服'],
    ['pressure', '请立即处理，否则账户将被永久冻结'],
    ['crypto-mention', '我儿子在炒比特币'],
  ])('weak signal only → suspicious (%s)', (id, text) => {
    const r = detectScam(text);
    expect(r.risk).toBe('suspicious');
    expect(r.signals.map((s) => s.id)).toEqual([id]);
    expect(r.advice.join('')).toContain('96110');
  });

  it.each([
    '我的银行卡在微信里用不了，提示该卡暂不支持微信支付',
    '今天去银行网点更新了预留手机号',
    '客服95017让我在申诉页面上传身份证照片',
    '分付额度还有，但是付不了款',
    '同一笔订单扣了两次钱，订单号4200001234202611201234567890',
    '',
  ])('plain descriptions are not flagged: %s', (text) => {
    expect(detectScam(text)).toEqual({ risk: 'none', signals: [], advice: [] });
  });

  it('advice names 96110 and no other number', () => {
    const numbers = SCAM_ADVICE.join('').match(/\d+/g);
    expect(numbers).toEqual(['96110']);
  });

  it('excerpts mask the numbers they quote', () => {
    const r = detectScam('加我微信，把卡号6222021234567890和验证码123456发给我，交200元手续费就能解封');
    expect(r.risk).toBe('scam');
    for (const s of r.signals) {
      expect(s.excerpt).not.toContain('6222021234567890');
      expect(s.excerpt).not.toContain('123456');
      expect(s.excerpt.length).toBeLessThan(60);
    }
  });
});
