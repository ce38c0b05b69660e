/**
 * Settings: leaving one's own appeals out of the recorded resolution times, kept in the cloud (where the
 * `appeal` function reads it) and on the phone (so the switch shows it at once).
 */
import { device } from './device';
import { renderPage } from './render';

const P = 'pages/settings/index/index';

describe('用我的申诉帮别人估计要等多久', () => {
  it('is on by default and says in the privacy notice what is kept', async () => {
    const page = await renderPage(P);
    expect(page.data<{ shareResolution: boolean }>().shareResolution).toBe(true);
    expect(page.find('privacy-resolution')!.textContent).toContain('不记你是谁、哪一条申诉、哪一天');
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });

  it('turning it off tells the cloud and is remembered on the phone', async () => {
    const page = await renderPage(P);
    await page.tap('share-resolution');
    expect(device.calls('cloud.callFunction')).toEqual([
      expect.objectContaining({ name: 'stats', data: { action: 'setContribution', share: false } }),
    ]);
    expect(page.data<{ shareResolution: boolean }>().shareResolution).toBe(false);
    expect(JSON.stringify(device.storage.get('settings.shareResolution'))).toContain('false');
    const again = await renderPage(P);
    expect(again.data<{ shareResolution: boolean }>().shareResolution).toBe(false);
  });

  it('offline, the switch stays as it was and says why', async () => {
    device.offline = true;
    const page = await renderPage(P);
    await page.tap('share-resolution');
    expect(page.data<{ shareResolution: boolean }>().shareResolution).toBe(true);
    expect(device.calls('showToast')).toEqual([
      expect.objectContaining({ title: expect.stringContaining('网络不太好') }),
    ]);
  });
});
