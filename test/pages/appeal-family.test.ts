/**
 * 请家人帮忙看 on the appeal page, against the real local cloud: the owner invites (cloud first, then a share
 * button whose card is the only one carrying a token), revokes, sees and removes helpers; a helper sees the
 * appeal without the owner's controls or private notes, ticks, writes notes and can stop helping.
 */
import { FAMILY_SAFETY, INVITE_SHARE_TITLE } from '../../miniprogram/domain/appeal/family';
import { HELPER_NEXT_STEP } from '../../miniprogram/pages/appeal/domain/present';
import { getAppeal } from '../../miniprogram/services/appeal';
import { device } from './device';
import { appealWithHelper, ownersAppeal, PRIVATE_NOTE } from './family';
import { renderPage, type RenderedPage } from './render';
import { shareProblems } from './share-ids';

const P = 'pages/appeal/detail/index';

type Share = { onShareAppMessage(res?: { from: string }): { title: string; path: string } };
const share = (page: RenderedPage, from: string) =>
  (page.comp.instance as unknown as Share).onShareAppMessage({ from });
type Family = { family: { helpers: Array<{ tag: string; name: string }>; invites: Array<{ id: string }> } };
const family = (page: RenderedPage) => page.data<{ screen: Family }>().screen.family;

describe('the owner’s 请家人帮忙看', () => {
  it('says what a helper may do and the safety rule, with no helper yet', async () => {
    const id = await ownersAppeal();
    const page = await renderPage(P, { id });
    const section = page.find('family')!.textContent!;
    expect(section).toContain('请家人帮忙看');
    expect(section).toContain('看不到你设为“只有自己能看”的备注');
    expect(page.find('family-safety')!.textContent).toContain(FAMILY_SAFETY);
    expect(page.find('family-safety')!.textContent).toMatch(/本人亲自提交.*密码.*验证码.*家人也不例外/);
    expect(page.find('no-helpers')).not.toBeNull();
    expect(page.find('helper-self')).toBeNull();
  });

  it('invites through the cloud, then shares a card with the token and nothing personal', async () => {
    const id = await ownersAppeal();
    const page = await renderPage(P, { id });
    // Before an invitation exists, any share is the guide card (ids only).
    expect(shareProblems(share(page, 'menu'))).toEqual([]);
    await page.tap('invite-label-0');
    await page.tap('invite');
    await page.settle();
    expect(device.calls('cloud.callFunction')).toEqual(
      expect.arrayContaining([expect.objectContaining({ data: { action: 'invite', id, label: '儿子' } })]),
    );
    expect(page.find('invite-ready')!.textContent).toContain('只能一个人接受');
    expect(page.find('share-invite')).not.toBeNull();
    const card = share(page, 'button');
    expect(card.title).toBe(INVITE_SHARE_TITLE);
    expect(card.path).toMatch(/^\/pages\/appeal\/join\/index\?token=[A-Za-z0-9_-]{32}$/);
    expect(card.path).not.toContain(id);
    expect(card.title).not.toMatch(/儿子|申诉人|卡/);
    // The token is in the card only: not in the page data, not in the ··· menu card.
    const token = card.path.split('token=')[1]!;
    expect(JSON.stringify(page.data())).not.toContain(token);
    expect(JSON.stringify(share(page, 'menu'))).not.toContain(token);
    expect(shareProblems(share(page, 'menu'))).toEqual([]);
    // The invitation is listed as open, to be revoked if need be.
    expect(family(page).invites).toHaveLength(1);
    expect(page.find(`invite-${family(page).invites[0]!.id}`)!.textContent).toContain('「儿子」');
  });

  it('revokes an invitation only after confirming, and its card goes with it', async () => {
    const id = await ownersAppeal();
    const page = await renderPage(P, { id });
    await page.tap('invite');
    await page.settle();
    const invite = family(page).invites[0]!.id;
    device.modalConfirm = false;
    await page.tap(`revoke-invite-${invite}`);
    expect(family(page).invites).toHaveLength(1);
    device.modalConfirm = true;
    await page.tap(`revoke-invite-${invite}`);
    await page.settle();
    expect(family(page).invites).toEqual([]);
    expect(page.find('invite-ready')).toBeNull();
    expect(share(page, 'button').path).not.toContain('token');
  });

  it('lists helpers by name and removes one after confirming; they lose access at once', async () => {
    const { id, helper } = await appealWithHelper('女儿');
    const page = await renderPage(P, { id });
    expect(page.find('helpers')!.textContent).toContain('家人（女儿）');
    const { tag } = family(page).helpers[0]!;
    device.modalConfirm = false;
    await page.tap(`remove-helper-${tag}`);
    expect(family(page).helpers).toHaveLength(1);
    device.modalConfirm = true;
    await page.tap(`remove-helper-${tag}`);
    await page.settle();
    expect(device.calls('showModal')).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: '不再请家人（女儿）帮忙？' })]),
    );
    expect(family(page).helpers).toEqual([]);
    expect(page.find('no-helpers')).not.toBeNull();
    expect(page.find('timeline')!.textContent).toContain('不再请家人（女儿）帮忙');
    const owner = device.openid;
    device.openid = helper;
    expect(await getAppeal(id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    device.openid = owner;
  });
});

describe('a helper on the appeal page', () => {
  async function asHelper() {
    const { id, helper } = await appealWithHelper('儿子');
    device.openid = helper;
    return { id, page: await renderPage(P, { id }) };
  }

  it('sees progress and checklist without the owner’s controls or private notes', async () => {
    const { page } = await asHelper();
    expect(page.find('status')).not.toBeNull();
    // The next step speaks to the family member: the card holder submits, the helper supports.
    expect(page.find('next-step')!.textContent).toBe(HELPER_NEXT_STEP.preparing);
    expect(page.find('checklist')!.querySelectorAll('[data-testid^="item-"]').length).toBeGreaterThan(0);
    for (const ownerOnly of [
      'family',
      'change-status',
      'submitted-picker',
      'delete',
      'note-private',
      'invite',
    ]) {
      expect([ownerOnly, page.find(ownerOnly)]).toEqual([ownerOnly, null]);
    }
    expect(page.text()).not.toContain(PRIVATE_NOTE);
    expect(page.find('helper-self')!.textContent).toContain('家人（儿子）');
    expect(page.find('helper-self')!.textContent).toContain(FAMILY_SAFETY);
    expect(page.find('reminders')).not.toBeNull();
  });

  it('ticks an item and writes a note, both signed as family', async () => {
    const { page } = await asHelper();
    const item = page
      .find('checklist')!
      .querySelector('[data-testid^="item-"]')!
      .getAttribute('data-testid')!;
    await page.tap(item);
    await page.settle();
    expect(page.find(item)!.textContent).toContain('家人勾的');
    (page.comp.instance as unknown as { typeNote(e: { detail: { value: string } }): void }).typeNote({
      detail: { value: '我打过客服了' },
    });
    await page.tap('save-note');
    await page.settle();
    const timeline = page.find('timeline')!.textContent!;
    expect(timeline).toContain('我打过客服了');
    expect(timeline).toContain('家人（儿子）');
  });

  it('can stop helping after confirming, and goes back to the list', async () => {
    const { id, page } = await asHelper();
    await page.tap('leave');
    await page.settle();
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: '/pages/appeal/list/index' }),
    ]);
    expect(await getAppeal(id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
