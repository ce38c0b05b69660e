/**
 * Robustness of 我的申诉 (ONE page definition in this file): no cloud, then the cloud back; storage holding garbage.
 */
import { startTracking } from '../../miniprogram/services/appeal';
import { CORRUPT_VALUES, corruptEverything, prototypeIsClean } from '../support/robustness';
import { device } from './device';
import { renderPage } from './render';

const P = 'pages/appeal/list/index';
const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity'],
  channelId: 'wechat-pay-card-appeal',
};

describe('我的申诉 under adverse conditions', () => {
  it('says the cloud is unreachable, and lists the appeals after 再试一次', async () => {
    const reply = await startTracking(DIAGNOSIS);
    if (!reply.ok) throw new Error(reply.error.message);
    device.offline = true;
    const page = await renderPage(P);
    expect(page.find('error')!.textContent).toMatch(/网络|连不上/);
    device.offline = false;
    await page.tap('retry');
    await page.settle();
    expect(page.find(`appeal-${reply.data.id}`)).not.toBeNull();
  });

  it.each(CORRUPT_VALUES)('opens on a phone whose storage holds %s', async (_name, value) => {
    corruptEverything(device, value);
    const page = await renderPage(P);
    expect(page.find('empty') ?? page.find('error')).not.toBeNull();
    expect(page.find('error')).toBeNull();
    expect(prototypeIsClean()).toBe(true);
  });
});
