import { answer, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { givesAway, writtenSecrets } from '../../tools/privacy/forms';
import { fire, pick, type } from './typing';

const P = 'pages/diagnosis/statement/index';
const CARD = { symptom: 'card-restricted', cause: 'risk-unusual-activity' };

type View = { short: string; full: string; shortCount: number };
const view = (page: RenderedPage) => page.data<{ view: View }>().view;

describe('statement page', () => {
  it('drafts a short (≤ 200, counted) and a full statement from the answers on this phone', async () => {
    saveSession(answer(startDiagnosis('card-restricted'), 'recent-activity', 'many-transfers'));
    const page = await renderPage(P, CARD);
    const { short, full } = view(page);
    expect(short.length).toBeLessThanOrEqual(200);
    expect(short).toContain('有几笔金额较大或次数较多的转账');
    expect(page.find('short-text')!.textContent).toBe(short);
    expect(page.find('short-count')!.textContent!.trim()).toBe(`${short.length}/200 字`);
    expect(page.find('full-text')!.textContent).toBe(full);
    expect(full).toContain('申诉说明');
  });

  it('writes the date, amount and the card’s last 4 digits into the statement, live', async () => {
    const page = await renderPage(P, CARD);
    await pick(page, 'since', '2024-03-25');
    await type(page, 'amount', '500');
    await type(page, 'card', '1234');
    const { short } = view(page);
    expect(short).toContain('尾号1234的银行卡');
    expect(short).toContain('自2024年3月25日起');
    expect(short).toContain('涉及金额500元');
    expect(page.find('since')!.textContent).toContain('2024-03-25');
    expect(page.find('short-count')!.textContent!.trim()).toBe(`${short.length}/200 字`);
    expect(page.find('warnings')).toBeNull();
  });

  it('waits for the 4th digit, then says in plain words when the card field is not 4 digits', async () => {
    const page = await renderPage(P, CARD);
    await type(page, 'card', '12');
    expect(page.find('warnings')).toBeNull();
    await fire(page, 'card', 'blur', '12');
    expect(page.find('warnings')!.textContent).toContain('银行卡只填最后 4 位数字');
    expect(view(page).short).not.toContain('尾号');
  });

  it('shows a card number typed into the note only as its last 4 digits', async () => {
    const page = await renderPage(P, CARD);
    await type(page, 'note', '我的卡号是6222021234567890，身份证110101199003071234，手机13812345678');
    const shown = page.text();
    expect(shown).not.toContain('6222021234567890');
    expect(shown).not.toContain('110101199003071234');
    expect(shown).not.toContain('13812345678');
    expect(page.find('full-text')!.textContent).toContain('****7890');
    expect(page.find('masked')!.textContent).toContain('银行卡号、身份证号、手机号已经自动隐藏');
  });

  it('keeps the LAST 4 digits when a whole card number goes into the card field, and shows only those', async () => {
    const page = await renderPage(P, CARD);
    await type(page, 'card', '6222 0212 3456 7890');
    expect(view(page).short).toContain('尾号7890的银行卡');
    expect(page.data<{ cardValue: string }>().cardValue).toBe('7890');
    expect(page.find('warnings')!.textContent).toContain('前面的已经去掉了');
    expect(page.text()).not.toContain('6222');
  });

  it('does not carry a card or ID number typed into the order field into the statement or the clipboard', async () => {
    const page = await renderPage(P, { symptom: 'bill-anomaly', cause: 'bill-duplicate-charge' });
    for (const typed of ['6222021234567894', '11010519491231002X']) {
      await type(page, 'order', typed);
      expect(page.find('warnings')!.textContent).toContain('像是银行卡号或身份证号');
      expect(view(page).full).not.toContain(typed);
    }
    await page.tap('copy-full');
    expect(JSON.stringify(device.calls('setClipboardData'))).not.toMatch(/6222021234567894|110105194912/);
  });

  it('masks every way of writing a number, code or password, in every text field, before the clipboard', async () => {
    const page = await renderPage(P, { symptom: 'bill-anomaly', cause: 'bill-duplicate-charge' });
    const forms = writtenSecrets(1, 20261208).filter((_f, i) => i % 8 === 0);
    expect(forms.length).toBeGreaterThan(25);
    for (const f of forms) {
      for (const field of ['usage', 'note', 'order']) await type(page, field, f.shown);
      await page.tap('copy-short');
      await page.tap('copy-full');
      const copied = JSON.stringify(device.calls('setClipboardData'));
      expect([f.form, givesAway(f, page.text()) || givesAway(f, copied)]).toEqual([f.form, false]);
    }
  }, 60_000);

  it('leaves out promises and admissions, and says why', async () => {
    const page = await renderPage(P, CARD);
    await type(page, 'usage', '给女儿交学费');
    await type(page, 'note', '我保证以后不再转账。钱是自己的工资');
    expect(view(page).full).toContain('给女儿交学费');
    expect(view(page).full).not.toContain('保证');
    expect(page.find('warnings')!.textContent).toContain('申诉说明只写事实');
  });

  it('copies each version', async () => {
    const page = await renderPage(P, CARD);
    await page.tap('copy-short');
    await page.tap('copy-full');
    expect(device.calls('setClipboardData')).toEqual([
      expect.objectContaining({ data: view(page).short }),
      expect.objectContaining({ data: view(page).full }),
    ]);
  });

  it('keeps what was typed off the phone’s storage and the cloud', async () => {
    const page = await renderPage(P, { symptom: 'bill-anomaly', cause: 'bill-duplicate-charge' });
    await type(page, 'order', '4200001234567890');
    await type(page, 'note', '同一单扣了两次');
    expect(view(page).short).toContain('订单号4200001234567890');
    expect(device.storage.size).toBe(0);
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });

  it('says plainly when it does not know which statement to write', async () => {
    const page = await renderPage(P, { symptom: 'nope' });
    expect(page.find('missing')!.textContent).toContain('不知道要写哪一种申诉说明');
    await page.tap('go-home');
    expect(device.calls('redirectTo')).toEqual([expect.objectContaining({ url: '/pages/home/index' })]);
  });

  it('works offline, with a cause that does not match the symptom ignored', async () => {
    device.offline = true;
    const page = await renderPage(P, { symptom: 'account-restricted', cause: 'bill-unauthorized' });
    expect(view(page).short).toContain('微信支付账户');
    expect(page.text()).toContain('微信支付账户被限制');
  });
});
