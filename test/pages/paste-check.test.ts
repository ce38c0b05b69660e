/**
 * "Paste what you received" on its page in the safety subpackage (one tap from home, see home.test.ts): a scam gets the warning, a court notice starts the
 * judicial-freeze diagnosis with what the text settles, a bank SMS gets its plain explanation. What is pasted
 * is masked at once, in the box itself, and no cloud call ever carries it.
 */
import { getCause, getQuestion } from '../../miniprogram/domain';
import { loadSession } from '../../miniprogram/services/diagnosis';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { typeInside } from './typing';

const P = 'pages/safety/paste/index';
const COURT =
  '【XX市人民法院】您好，(2026)X0102执1234号案件中，本院依法对您名下的银行账户6222021234567894采取冻结措施，请与承办法官联系。';

async function paste(text: string): Promise<RenderedPage> {
  const page = await renderPage(P);
  await typeInside(page, 'paste-check', 'paste', text);
  await page.tap('check');
  return page;
}

const boxText = (page: RenderedPage) =>
  (page.comp.querySelector('#paste-check') as unknown as { data: { text: string } }).data.text;

describe('paste what you received (its own page)', () => {
  it('masks a card number, a code and a password in the box the moment they are pasted', async () => {
    const page = await renderPage(P);
    await typeInside(page, 'paste-check', 'paste', '卡号6222 0212 3456 7894，验证码 482913，支付密码123456');
    expect(boxText(page)).toBe('卡号****7894，验证码 ******，支付密码******');
  });

  it('a scam: the warning, its signals and 96110', async () => {
    const page = await paste('你好，我是微信客服，你的收款被限制了，交500元解冻费就能恢复，把验证码发我');
    const result = page.find('result')!;
    expect(result.getAttribute('data-kind')).toBe('scam');
    expect(page.find('risk')!.textContent).toBe('很可能是骗子');
    expect(page.find('signal-paid-unlock')).not.toBeNull();
    expect(page.find('signal-asks-code')).not.toBeNull();
    expect(result.textContent).toContain('96110');
    expect(page.find('start-diagnosis')).toBeNull();
  });

  it('a court notice: says so, shows who can lift it and what the text settles, then starts that diagnosis', async () => {
    const page = await paste(COURT);
    expect(page.find('result')!.getAttribute('data-kind')).toBe('court-freeze');
    expect(page.find('risk')!.textContent).toBe('像是法院的冻结通知');
    // Who lifts it, as the catalog says it (whoever the notice names), with its source.
    expect(page.find('lifted-by')!.textContent).toContain(getCause('judicial-freeze').liftedByText.text);
    expect(page.find('result')!.textContent).toContain('从你贴的内容看出');
    const settled = page.find('settled-official-notice')!.textContent!;
    expect(settled).toContain(getQuestion('official-notice').labels.court);
    expect(page.text()).not.toContain('6222021234567894');
    await page.tap('start-diagnosis');
    expect(loadSession()).toEqual(
      expect.objectContaining({ symptom: 'card-restricted', answers: { 'official-notice': 'court' } }),
    );
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({
        url: '/pages/diagnosis/questionnaire/index?symptom=card-restricted&from=paste',
      }),
    ]);
  });

  it('a bank transaction SMS: what it means, no diagnosis', async () => {
    const page = await paste(
      '【中国工商银行】您尾号6217卡12月3日14:20快捷支付(财付通)支出200.00元，余额1,532.60元。',
    );
    expect(page.find('result')!.getAttribute('data-kind')).toBe('bank-transaction');
    expect(page.find('risk')!.textContent).toBe('这是银行的普通交易提醒');
    expect(page.find('result')!.textContent).toContain('不是限制通知');
    expect(page.find('start-diagnosis')).toBeNull();
  });

  it('a warning that quotes scam words: a caution, never an all-clear', async () => {
    const page = await paste('验证码不要告诉任何人，说什么安全账户都是假的');
    expect(page.find('result')!.getAttribute('data-risk')).toBe('none');
    expect(page.find('risk')!.textContent).toBe('像是在提醒或讲述，不是在让你做事');
    expect(page.find('result')!.textContent).toContain('96110');
  });

  it('no cloud call carries what was pasted, and nothing is stored until a diagnosis is started', async () => {
    const page = await paste(COURT);
    expect(JSON.stringify(device.calls('cloud.callFunction'))).not.toMatch(/法院|冻结|7894/);
    expect(device.storage.size).toBe(0);
    await page.tap('start-diagnosis');
    expect(JSON.stringify([...device.storage.values()])).not.toMatch(/法院|7894|承办/);
  });
});
