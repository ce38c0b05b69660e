/**
 * Robustness of the invitation page (ONE page definition in this file): no cloud when the person accepts — the
 * card stays usable, the page says why, and accepting again once online works.
 */
import { CORRUPT_VALUES, corruptEverything, prototypeIsClean } from '../support/robustness';
import { device } from './device';
import { anotherUser, invitation, ownersAppeal } from './family';
import { renderPage } from './render';

const P = 'pages/appeal/join/index';

async function cardForFamily(): Promise<{ id: string; token: string }> {
  const id = await ownersAppeal();
  const token = await invitation(id);
  device.openid = anotherUser();
  device.log = [];
  return { id, token };
}

const toasts = () => (device.calls('showToast') as Array<{ title: string }>).map((t) => t.title);

describe('invitation page under adverse conditions', () => {
  it('keeps the card when the cloud is unreachable, says so, and joins once back online', async () => {
    const { id, token } = await cardForFamily();
    const page = await renderPage(P, { token });
    device.offline = true;
    await page.tap('accept');
    await page.settle();
    expect(page.data<{ state: string }>().state).toBe('ready');
    expect(toasts().some((t) => /网络|连不上/.test(t))).toBe(true);
    device.offline = false;
    await page.tap('accept');
    await page.settle();
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${id}` }),
    ]);
  });

  it.each(CORRUPT_VALUES)('opens on a phone whose storage holds %s', async (_name, value) => {
    const { token } = await cardForFamily();
    corruptEverything(device, value);
    const page = await renderPage(P, { token });
    expect(page.find('accept')).not.toBeNull();
    expect(prototypeIsClean()).toBe(true);
  });
});
