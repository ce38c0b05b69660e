import { detectScam, SCAM_PATTERNS } from '../../miniprogram/domain';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { typeInside } from './typing';

const P = 'pages/safety/anti-scam/index';

async function check(text: string): Promise<RenderedPage> {
  const page = await renderPage(P);
  await typeInside(page, 'paste-check', 'paste', text);
  await page.tap('check');
  return page;
}

/** Every run of 5+ digits on the page (the number a person might dial). */
const longNumbers = (text: string) => text.match(/\d{5,}/g) ?? [];

describe('anti-scam page', () => {
  it('lists what scammers say, with the source of the warning', async () => {
    const page = await renderPage(P);
    const flags = page.find('red-flags')!.textContent!;
    for (const p of SCAM_PATTERNS.filter((x) => x.strength === 'strong')) expect(flags).toContain(p.label);
    expect(flags).toContain('修复残卡');
    expect(flags).toContain('来源：公安机关公开发布的反诈提示');
    expect(flags).toContain('以官方为准');
  });

  it('says a paid unlock asking for the code is a scam, naming only 96110 and the 国家反诈中心 App', async () => {
    const page = await check('先交500元解封费，把验证码发我');
    const result = page.find('result')!;
    expect(result.getAttribute('data-risk')).toBe('scam');
    expect(page.find('risk')!.textContent).toBe('很可能是骗子');
    expect(page.find('signal-paid-unlock')).not.toBeNull();
    expect(result.textContent).toContain('96110');
    expect(result.textContent).toContain('国家反诈中心');
    expect(new Set(longNumbers(result.textContent!))).toEqual(new Set(['96110']));
  });

  it('masks card and phone numbers in the excerpts and never shows a number from the message', async () => {
    const text =
      '我是微信客服，你的卡6222021234567890123被冻结，加我微信13812345678，先交1000元手续费就能解封，客服QQ 20240518';
    expect(detectScam(text).risk).toBe('scam');
    const page = await check(text);
    const shown = page.text();
    expect(shown).not.toContain('6222021234567890123');
    expect(shown).not.toContain('13812345678');
    expect(shown).not.toContain('20240518');
    expect(new Set(longNumbers(page.find('result')!.textContent!))).toEqual(new Set(['96110']));
  });

  it('calls something suspicious suspicious, and nothing found "not necessarily safe"', async () => {
    const suspicious = '我是银行客服，请马上处理，否则冻结';
    expect(detectScam(suspicious).risk).toBe('suspicious');
    const page = await check(suspicious);
    expect(page.find('result')!.getAttribute('data-risk')).toBe('suspicious');
    expect(page.find('risk')!.textContent).toBe('有可疑的地方');

    await typeInside(page, 'paste-check', 'paste', '明天下午三点来家里吃饭');
    await page.tap('check');
    expect(page.find('result')!.getAttribute('data-risk')).toBe('none');
    expect(page.find('result')!.textContent).toContain('不代表一定安全');
    expect(page.find('result')!.textContent).toContain('96110');
  });

  it('asks for text before checking', async () => {
    const page = await check('   ');
    expect(page.find('result')).toBeNull();
    expect(device.calls('showToast')).toEqual([
      expect.objectContaining({ title: '先把收到的短信、通知或聊天粘贴到框里' }),
    ]);
  });

  it('never stores or sends the pasted text', async () => {
    const page = await check('先交500元解封费，把验证码发我');
    expect(page.find('result')).not.toBeNull();
    expect(device.storage.size).toBe(0);
    expect(device.calls('cloud.callFunction')).toEqual([]);
    expect(device.calls('setClipboardData')).toEqual([]);
    await page.tap('clear');
    expect(page.find('result')).toBeNull();
    expect(page.text()).not.toContain('解封费');
  });

  it('calls 96110 from the result', async () => {
    const page = await check('内部渠道解封，保证成功');
    await page.tap('call-96110');
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '96110' })]);
  });

  it('says what to do if the code or money was already given: bank on the card back, 95017, passwords, 110', async () => {
    const page = await renderPage(P);
    const shared = page.find('already-shared')!.textContent!;
    expect(shared).toContain('银行卡背面');
    expect(shared).toContain('95017');
    expect(shared).toContain('修改微信和银行的密码');
    expect(shared).toContain('110');
    expect(page.find('shared-call-bank-hotline')).toBeNull();
    expect(page.find('already-paid')!.textContent).toContain('110');
    await page.tap('shared-call-110');
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '110' })]);
  });

  it('works offline', async () => {
    device.offline = true;
    const page = await check('关闭百万保障，不然每月扣费');
    expect(page.find('result')!.getAttribute('data-risk')).toBe('scam');
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });
});
