/**
 * The page an invitation card opens, against the real local cloud: it explains what a helper can and cannot do
 * and the safety rule, calls nothing until the person accepts, then opens the appeal; any bad card ends in one
 * plain explanation with a way home.
 */
import { FAMILY_SAFETY, HELPER_CAN, HELPER_CANNOT } from '../../miniprogram/domain/appeal/family';
import { getAppeal, listMyAppeals } from '../../miniprogram/services/appeal';
import { revokeInvite } from '../../miniprogram/pages/appeal/services/family';
import { device } from './device';
import { anotherUser, invitation, joinAs, ownersAppeal } from './family';
import { renderPage } from './render';

const P = 'pages/appeal/join/index';

/** The owner makes an invitation; the phone then belongs to a family member who has not joined. */
async function cardForFamily(): Promise<{ id: string; token: string; owner: string }> {
  const id = await ownersAppeal();
  const token = await invitation(id);
  const owner = device.openid;
  device.openid = anotherUser();
  device.log = [];
  return { id, token, owner };
}

describe('joining from an invitation card', () => {
  it('explains the role and the safety rule, and calls nothing before the person accepts', async () => {
    const { token } = await cardForFamily();
    const page = await renderPage(P, { token });
    for (const line of HELPER_CAN) expect(page.find('helper-can')!.textContent).toContain(line);
    for (const line of HELPER_CANNOT) expect(page.find('helper-cannot')!.textContent).toContain(line);
    expect(page.find('family-safety')!.textContent).toContain(FAMILY_SAFETY);
    expect(page.find('accept')).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
    expect(JSON.stringify(page.data())).not.toContain(token);
  });

  it('accepts: the person becomes a helper and the appeal opens in place of this page', async () => {
    const { id, token } = await cardForFamily();
    const page = await renderPage(P, { token });
    await page.tap('accept');
    await page.settle();
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${id}` }),
    ]);
    expect(await getAppeal(id)).toMatchObject({ ok: true, data: { role: 'helper' } });
    const list = await listMyAppeals();
    expect(list.ok && list.data.items.map((a) => [a.id, a.role])).toEqual([[id, 'helper']]);
  });

  it('explains a used, revoked or forged card the same plain way, with a way home', async () => {
    const used = await cardForFamily();
    await joinAs(anotherUser(), used.token);
    const revoked = await cardForFamily();
    device.openid = revoked.owner;
    const view = await getAppeal(revoked.id);
    expect(view.ok && view.data.invites).toHaveLength(1);
    expect(await revokeInvite(revoked.id, view.ok ? view.data.invites[0]!.id : '')).toMatchObject({
      ok: true,
    });
    device.openid = anotherUser();
    const texts: string[] = [];
    for (const token of [used.token, revoked.token, 'Zm9yZ2VkLXRva2VuLW5vdC1vdXJzLTAw']) {
      device.log = [];
      const page = await renderPage(P, { token });
      await page.tap('accept');
      await page.settle();
      texts.push(page.find('invite-error')!.textContent!.trim());
      expect(page.find('accept')).toBeNull();
      await page.tap('go-home');
      expect(device.calls('redirectTo')).toEqual([expect.objectContaining({ url: '/pages/home/index' })]);
    }
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toMatch(/失效.*重新发/);
  });

  it('says so when the link has no token at all', async () => {
    const page = await renderPage(P, {});
    expect(page.find('invite-error')!.textContent).toContain('失效');
    expect(page.find('accept')).toBeNull();
  });

  it('tells the owner who opens their own card to send it to family instead', async () => {
    const { token, owner } = await cardForFamily();
    device.openid = owner;
    const page = await renderPage(P, { token });
    await page.tap('accept');
    await page.settle();
    expect(page.find('invite-error')!.textContent).toContain('你自己发出的邀请');
    expect(device.calls('redirectTo')).toEqual([]);
  });

  it('keeps the card usable when the network fails, and joins on the next try', async () => {
    const { id, token } = await cardForFamily();
    const page = await renderPage(P, { token });
    device.offline = true;
    await page.tap('accept');
    await page.settle();
    expect(device.calls('showToast')).toEqual([
      expect.objectContaining({ title: expect.stringContaining('网络') }),
    ]);
    expect(page.find('accept')).not.toBeNull();
    device.offline = false;
    await page.tap('accept');
    await page.settle();
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${id}` }),
    ]);
  });
});
