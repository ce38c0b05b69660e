import { answer, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { toggleTick } from '../../miniprogram/services/checklist';
import { PRIVACY_USES } from '../../miniprogram/services/privacy';
import { readLargeText } from '../../miniprogram/services/settings';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { fire } from './typing';

const P = 'pages/settings/index/index';

const isLarge = (page: RenderedPage) =>
  Array.from(page.root.firstElementChild!.classList).includes('main--large');
const stored = (key: string) => (device.storage.get(key) as { value?: unknown } | undefined)?.value;

function seedPhone(): void {
  saveSession(answer(startDiagnosis('card-restricted'), 'official-notice', 'court'));
  toggleTick({}, 'id-card');
}

describe('settings page', () => {
  it('turns 大字模式 on at once, for the whole app, and remembers it', async () => {
    const page = await renderPage(P);
    expect(isLarge(page)).toBe(false);
    await page.tap('large-text');
    expect(page.data<{ largeText: boolean }>().largeText).toBe(true);
    expect(isLarge(page)).toBe(true);
    expect(page.find('large-text-state')!.textContent).toContain('大字模式已打开');
    expect(device.app.globalData.largeText).toBe(true);
    expect(stored('settings.largeText')).toBe(true);

    await page.tap('large-text');
    expect(isLarge(page)).toBe(false);
    expect(stored('settings.largeText')).toBe(false);
  });

  it('follows WeChat’s large font: 大字模式 on at launch, said so, and the switch still turns it off', async () => {
    expect(readLargeText()).toBe(false);
    device.fontScale = 1.4; // 关怀模式
    expect(readLargeText()).toBe(true);
    device.app.globalData.largeText = readLargeText(); // what app.ts does at launch
    const page = await renderPage(P);
    expect(isLarge(page)).toBe(true);
    expect(page.find('large-text-wechat')!.textContent).toContain('你在微信里把字调大了');
    await page.tap('large-text');
    expect(isLarge(page)).toBe(false);
    expect(page.find('large-text-wechat')).toBeNull();
    // The choice made here now wins over WeChat's setting.
    expect(readLargeText()).toBe(false);
    device.fontScale = 1.1; // a little larger is still standard
    device.storage.delete('settings.largeText');
    expect(readLargeText()).toBe(false);
  });

  it('toggles once when the switch itself is tapped', async () => {
    const page = await renderPage(P);
    await page.tap('large-text-switch');
    expect(page.data<{ largeText: boolean }>().largeText).toBe(true);
    expect(stored('settings.largeText')).toBe(true);
  });

  it('shows pages opened afterwards in 大字模式', async () => {
    const settings = await renderPage(P);
    await settings.tap('large-text');
    const next = await renderPage('pages/safety/contacts/index');
    expect(isLarge(next)).toBe(true);
  });

  it('still switches when the phone cannot save, and says so', async () => {
    device.storageFull = true;
    const page = await renderPage(P);
    await page.tap('large-text');
    expect(isLarge(page)).toBe(true);
    expect(device.calls('showToast')).toEqual([
      expect.objectContaining({ title: expect.stringContaining('手机存储空间不足') }),
    ]);
  });

  it('shows the theme the phone is using and follows it', async () => {
    const page = await renderPage(P);
    expect(page.find('theme-now')!.textContent).toBe('现在是：浅色');
    expect(page.find('theme')!.textContent).toContain('跟着手机');
    device.changeTheme('dark');
    await page.settle();
    expect(page.find('theme-now')!.textContent).toBe('现在是：深色');
  });

  it('explains what is kept, where, who sees it, and how to export and delete it', async () => {
    const page = await renderPage(P);
    const notice = page.find('privacy-notice')!.textContent!.replace(/\s+/g, ' ');
    for (const words of [
      '云端',
      '微信身份',
      '只在这部手机上',
      '完整的银行卡号、身份证号、验证码、密码、照片',
      '后 4 位',
      '家人',
      '导出',
      '删除这条申诉',
      '清除本机数据',
      // The phone features the app asks WeChat's privacy consent for, as services/privacy.ts lists them.
      ...PRIVACY_USES,
    ]) {
      expect(notice).toContain(words);
    }
  });

  it('shows the privacy agreement, lets the person agree, and opens the registered notice', async () => {
    device.privacyAgreed = false;
    const page = await renderPage(P);
    expect(page.find('privacy-state')!.textContent).toContain('你还没有同意');
    expect(page.find('agree-privacy')).not.toBeNull();

    device.privacyAgreed = true; // what WeChat records when the agree button is tapped
    await fire(page, 'agree-privacy', 'agreeprivacyauthorization', '');
    expect(page.find('privacy-state')!.textContent).toContain('你已经同意');
    expect(page.find('agree-privacy')).toBeNull();

    await page.tap('open-contract');
    expect(device.calls('openPrivacyContract')).toHaveLength(1);
  });

  it('clears the phone’s data only after the person confirms, and says cloud appeals stay', async () => {
    seedPhone();
    const page = await renderPage(P);
    expect(page.find('local-data')!.textContent).toContain('没做完的诊断');
    expect(page.find('local-data')!.textContent).toContain('材料清单上勾过的项');

    device.modalConfirm = false;
    await page.tap('clear-local');
    expect(device.calls('showModal')).toEqual([
      expect.objectContaining({ content: expect.stringContaining('云端的申诉记录不会被删除') }),
    ]);
    expect(device.storage.has('diagnosis.session')).toBe(true);
    expect(page.find('cleared')).toBeNull();

    device.modalConfirm = true;
    await page.tap('clear-local');
    expect(device.calls('showModal')).toHaveLength(2);
    expect(device.storage.size).toBe(0);
    expect(page.find('cleared')!.textContent).toContain('云端的申诉记录没有删除');
    expect(page.find('local-empty')).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });

  it('keeps 大字模式 when clearing the phone’s data', async () => {
    seedPhone();
    const page = await renderPage(P);
    await page.tap('large-text');
    await page.tap('clear-local');
    expect([...device.storage.keys()]).toEqual(['settings.largeText']);
    expect(isLarge(page)).toBe(true);
  });

  it('works offline', async () => {
    device.offline = true;
    const page = await renderPage(P);
    expect(page.find('privacy-notice')).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });
});
