import { detectScam, SCAM_ADVICE, SCAM_PATTERNS } from '../../../miniprogram/domain';
import { readText } from '../../../miniprogram/domain/safety/context';
import { readCorpus } from '../../../tools/corpus';

const ids = (text: string) => detectScam(text).signals.map((s) => s.id);

describe('detectScam: each family, in words the patterns were not written from', () => {
  it.each([
    ['asks-code', '你手机上刚到的那条短信，里面的数字报给我'],
    ['asks-code', '把验证码发我'],
    ['asks-password', '为了核对，请把支付密码告诉我'],
    ['asks-card', '退款要用，麻烦提供一下卡号和有效期'],
    ['asks-id-photo', '拿着身份证对着镜头录个视频发过来'],
    ['paid-unlock', '交300块服务费，明天帮你把收款限制解开'],
    ['paid-unlock', '解冻需要先付保证金'],
    ['guaranteed-unlock', '百分百解封，不成功不收费'],
    ['inside-channel', '我表姐在银行上班，能从后台给你弄'],
    ['move-off', '这里不好说，加我QQ细聊'],
    ['move-off', '点这个链接 http://a-b.top 完成核验'],
    ['screen-share', '下载一个会议软件，打开屏幕共享'],
    ['refund-insurance', '您开通了百万保障，需要关闭，否则每月扣费'],
    ['safe-account', '配合调查，把钱转到安全账户'],
    ['fake-authority', '我是公安局的，你涉嫌洗钱，现在和你视频做笔录'],
    ['fake-authority', '你读书时开的学生账户没注销，会影响征信'],
    ['secrecy', '这件事要保密，不要告诉家人'],
    ['card-renting', '高价收银行卡，跑分日结'],
    ['card-renting', '帮你套现还分付'],
    ['kamen', '点券比官方便宜三成，先付款后发货'],
    ['task-invest', '做任务先垫付，完成后返佣金'],
    ['loan-fee', '贷款下来之前要先交手续费'],
    ['record-erasing', '专业修复残卡，消除央行黑记录'],
    ['impersonation', '妈，我换号了，急着交房租，先转我两千'],
    ['prize-link', '恭喜您被抽中为幸运用户，领奖请付运费'],
    ['wrong-payment', '不好意思转错账了，麻烦从这个链接退给我'],
    ['reply-digit', '您的账户即将冻结，回复1办理延期'],
    ['deadline-threat', '3小时内不处理，你名下所有银行卡都会冻结'],
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
    ['crypto', '我儿子在炒比特币'],
  ])('one weak signal only → suspicious (%s)', (id, text) => {
    const r = detectScam(text);
    expect(r.risk).toBe('suspicious');
    expect(r.signals.map((s) => s.id)).toEqual([id]);
    expect(r.advice.join('')).toContain('96110');
  });

  it('three different weak signals together → scam', () => {
    expect(ids('我是银行客服，请立即处理，否则冻结。我们可以帮你恢复')).toEqual([
      'claims-support',
      'pressure',
      'help-offer',
    ]);
    expect(detectScam('我是银行客服，请立即处理，否则冻结。我们可以帮你恢复').risk).toBe('scam');
  });
});

describe('warnings and retellings that quote scam words are not scams, but are noticed', () => {
  it.each(['验证码不要告诉任何人', '银行工作人员不会向您索要密码和验证码，请勿泄露给他人'])('%s', (text) => {
    expect(detectScam(text)).toMatchObject({ risk: 'none', signals: [], advice: [] });
  });

  it.each([
    '说什么安全账户都是假的',
    '凡是收费解封的都是骗子',
    '要你视频做笔录、让你保密的，都是假警察',
    '有人在群里说能花钱解封，我没理他',
    '那个让我交解封费的人是不是骗子？',
  ])('%s', (text) => {
    const r = detectScam(text);
    expect(r.risk).toBe('none');
    expect(r.mentioned).toBe(true);
  });

  it('a warning in one clause does not hide an ask in the next', () => {
    expect(detectScam('别担心，把验证码发我就行').risk).toBe('scam');
    expect(detectScam('不用管是什么，收到的数字直接念给我').risk).toBe('scam');
    expect(detectScam('验证码不要告诉别人。但我是客服，你把验证码发我').risk).toBe('scam');
  });

  it('secrecy is a scam word even though it is said as a negation, unless a secret is what is kept', () => {
    expect(ids('爸，先打五千到这张卡上，别告诉妈')).toContain('secrecy');
    expect(ids('你的密码不要告诉别人')).not.toContain('secrecy');
  });

  it('reads full-width letters, zero-width spaces and odd spacing', () => {
    expect(readText('加ＱＱ\u200B详聊\u3000好吗').asks).toEqual(['加qq详聊 好吗']);
    expect(detectScam('加ＱＱ\u200B详聊').risk).toBe('scam');
  });
});

describe('plain descriptions and official notices are not flagged', () => {
  it.each([
    '我的银行卡在微信里用不了，提示该卡暂不支持微信支付',
    '客服95017让我在申诉页面上传身份证照片',
    '同一笔订单扣了两次钱，订单号4200001234202611201234567890',
    '【微信支付】验证码：582913，用于绑定银行卡，5分钟内有效。验证码提供给他人可能导致账户被盗，请勿泄露。',
    '【建设银行】您尾号3390的账户已暂停非柜面交易，请本人携带有效身份证件到我行网点办理。',
    '【拼多多】您的退款已原路退回，退款金额39.90元，预计1-3个工作日到账。',
    '',
  ])('%s', (text) => {
    expect(detectScam(text)).toMatchObject({ risk: 'none', signals: [], advice: [] });
  });
});

describe('the corpus', () => {
  const train = readCorpus('scam-train.tsv');
  const heldOut = readCorpus('scam-heldout.tsv');
  const all = train.concat(heldOut);

  it('has ≥ 400 labelled messages, ≥ 200 of each label, held-out apart from training', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((m) => m.label === 'scam').length).toBeGreaterThanOrEqual(200);
    expect(all.filter((m) => m.label === 'benign').length).toBeGreaterThanOrEqual(200);
    const trainTexts = new Set(train.map((m) => m.text));
    expect(heldOut.filter((m) => trainTexts.has(m.text))).toEqual([]);
    for (const m of all) expect(['scam', 'benign']).toContain(m.label);
  });

  it('every training message is rated as labelled (scam → scam, benign → none)', () => {
    const wrong = train.filter((m) => detectScam(m.text).risk !== (m.label === 'scam' ? 'scam' : 'none'));
    expect(wrong.map((m) => m.text)).toEqual([]);
  });

  it('every strong family is exercised by at least one training scam', () => {
    const hit = new Set(train.flatMap((m) => ids(m.text)));
    const strong = SCAM_PATTERNS.filter((p) => p.strength === 'strong').map((p) => p.id);
    expect(strong.filter((id) => !hit.has(id))).toEqual([]);
  });
});

describe('what is shown', () => {
  it('advice names 96110 and no other number', () => {
    expect(SCAM_ADVICE.join('').match(/\d+/g)).toEqual(['96110']);
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
