/**
 * Two people, one local cloud: each reaches only their own appeals, with every action tried.
 * Runs the deployable bundle of `appeal` through the real wx-server-sdk against the embedded engine.
 */
import { ALICE, BOB, appealAs, data, useLocalCloud, CARD_DIAGNOSIS } from '../harness';

const cloud = useLocalCloud();

describe('appeal ownership', () => {
  it('lists only my own appeals, newest first', async () => {
    const alice = appealAs(cloud, ALICE);
    const bob = appealAs(cloud, BOB);
    const first = data(await alice('create', CARD_DIAGNOSIS));
    const second = data(await alice('create', { ...CARD_DIAGNOSIS, note: '第二条' }));
    data(await bob('create', CARD_DIAGNOSIS));

    const mine = data(await alice('list', {}));
    expect(mine.items.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(mine.items.every((a) => a.role === 'owner')).toBe(true);
    expect(data(await bob('list', {})).items).toHaveLength(1);
  });

  it('gives a stranger NOT_FOUND for every action on my appeal and changes nothing', async () => {
    const alice = appealAs(cloud, ALICE);
    const bob = appealAs(cloud, BOB);
    const mine = data(await alice('create', CARD_DIAGNOSIS));
    const before = cloud.store.snapshot();

    const attempts = [
      bob('get', { id: mine.id }),
      bob('changeStatus', { id: mine.id, to: 'submitted', expectedVersion: mine.version }),
      bob('setSubmitted', { id: mine.id, date: '2026-11-20', expectedVersion: mine.version }),
      bob('tickChecklist', { id: mine.id, itemId: mine.checklist[0]!.id, done: true }),
      bob('addNote', { id: mine.id, text: '我来看看' }),
      bob('delete', { id: mine.id }),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect(reply).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    }
    expect(cloud.store.snapshot()).toEqual(before);
    const exported = data(await bob('export', {}));
    expect(exported.appeals.map((a) => a.id)).not.toContain(mine.id);
  });

  it('ignores an identity smuggled into the event', async () => {
    const bob = appealAs(cloud, BOB);
    const created = data(await appealAs(cloud, ALICE)('create', CARD_DIAGNOSIS));
    const reply = await cloud.call(
      'appeal',
      { action: 'get', id: created.id, userInfo: { openId: ALICE } },
      { openid: BOB },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(data(await bob('list', {})).items.map((a) => a.id)).not.toContain(created.id);
  });

  it('refuses a caller with no identity', async () => {
    const reply = await cloud.call('appeal', { action: 'list' }, { openid: null });
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('deletes everything of an appeal, for its owner only', async () => {
    const alice = appealAs(cloud, ALICE);
    const created = data(await alice('create', CARD_DIAGNOSIS));
    expect(data(await alice('delete', { id: created.id }))).toEqual({ deleted: true });
    expect(await alice('get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
