/**
 * Status changes → progressUpdate messages, on the local cloud (real SDK, real subscribeMessage.send with its
 * value rules, quota and permissions): one outbox entry per accepted change and per recipient with a credit,
 * written atomically with the change, sent right away, at most once, with the ledger kept right.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import type { AppealView, Envelope, ReminderCredits } from '../../../miniprogram/domain/appeal/contract';
import { startLocalCloud, testOpenid } from '../../../tools/cloud';
import { BURST_MS } from '../../../cloudfunctions/shared/notify/records';
import { COLLECTIONS, appealAs, data, CARD_DIAGNOSIS } from '../harness';
import { PROGRESS_ID, allow, appealIdOf, delivered, soon, tickUntilDone, useNotifyCloud } from './setup';

const cloud = useNotifyCloud({ fixtures: ['notifications-as'] });
afterEach(() => cloud.faults.clear());

let n = 0;
const person = () => testOpenid(`status-${n++}`);

interface StoredAppeal {
  _id: string;
  status: string;
  version: number;
  pendingNotices: Array<{ key: string; recipient: string; template: string; role: string }>;
  noticeDueAt: Date | null;
}
const stored = (id: string) => cloud.store.find('appeals', { _id: id })[0] as unknown as StoredAppeal;
const records = (appealId: string) => cloud.store.find('notifications', { appealId });
const sentTo = (appealId: string) => delivered(cloud).filter((e) => appealIdOf(e) === appealId);

async function newAppeal(owner: string): Promise<AppealView> {
  return data(await appealAs(cloud, owner)('create', CARD_DIAGNOSIS));
}

/** Let the burst window pass for an appeal's messages (as if the last one went out long ago). */
function afterBurst(appealId: string): void {
  cloud.store.update(
    'notifications',
    { appealId },
    { $set: { at: new Date(Date.now() - BURST_MS - 60_000) } },
    { multi: true, merge: true, upsert: false },
  );
}

describe('a status change', () => {
  it('with a credit: one outbox entry, sent at once with valid data, one credit spent', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 2);
    const created = await newAppeal(owner);
    const view = data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );

    const sends = sentTo(created.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      fn: 'appeal',
      touser: owner,
      templateId: PROGRESS_ID,
      page: `${deployConfig.templates.progressUpdate.page}?id=${created.id}`,
      data: { thing1: { value: '银行卡在微信里用不了' }, phrase2: { value: '已提交' } },
    });
    expect(cloud.credits(owner, PROGRESS_ID)).toBe(1);
    expect(view.notifications).toEqual([
      { at: expect.any(String), template: 'progressUpdate', result: 'sent', recipient: 'owner' },
    ]);
    expect(stored(created.id)).toMatchObject({ pendingNotices: [], noticeDueAt: null, version: 1 });
    const credits = data(await appealAs(cloud, owner)('credits', {}));
    expect(credits.progressUpdate).toEqual({ credits: 1, state: 'on' });
  });

  it('writes the outbox entry in the same update as the status; the timer sends what inline delivery could not', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    const created = await newAppeal(owner);
    // Inline delivery cannot even claim the key (the insert fails): the entry must still be there.
    cloud.faults.failNext((r) => r.action === 'database.insertDocument' && r.collection === 'notifications', {
      error: 'SYS_ERR',
    });
    const view = data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );
    expect(view.status).toBe('submitted');
    const doc = stored(created.id);
    expect(doc.status).toBe('submitted');
    expect(doc.pendingNotices).toEqual([
      expect.objectContaining({
        key: `${created.id}:v1:${owner}:progressUpdate`,
        recipient: owner,
        role: 'owner',
        template: 'progressUpdate',
      }),
    ]);
    expect(doc.noticeDueAt).toBeInstanceOf(Date);
    expect(sentTo(created.id)).toHaveLength(0);

    await tickUntilDone(cloud, soon());
    expect(sentTo(created.id)).toHaveLength(1);
    expect(stored(created.id)).toMatchObject({ pendingNotices: [], noticeDueAt: null });
    await tickUntilDone(cloud, soon());
    expect(sentTo(created.id)).toHaveLength(1);
  });

  it('without a credit: no outbox entry, nothing sent, nothing recorded', async () => {
    const owner = person();
    const created = await newAppeal(owner);
    data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );
    expect(stored(created.id).pendingNotices).toEqual([]);
    expect(cloud.outbox().filter((e) => e.touser === owner)).toHaveLength(0);
    expect(records(created.id)).toHaveLength(0);
  });

  it('refused or stale changes write no outbox entry; of two racing changes only the winner notifies', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 3);
    const created = await newAppeal(owner);
    const as = appealAs(cloud, owner);
    expect(await as('changeStatus', { id: created.id, to: 'resolved', expectedVersion: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
    const race = await Promise.all([
      as('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
      as('changeStatus', { id: created.id, to: 'closed', expectedVersion: 0 }),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(sentTo(created.id)).toHaveLength(1);
    expect(records(created.id)).toHaveLength(1);
    expect(cloud.credits(owner, PROGRESS_ID)).toBe(2);
  });

  it('setSubmitted notifies when the status changes, not when only the date is corrected', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 3);
    const created = await newAppeal(owner);
    const as = appealAs(cloud, owner);
    const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    let view = data(await as('setSubmitted', { id: created.id, date: today, expectedVersion: 0 }));
    afterBurst(created.id);
    view = data(await as('changeStatus', { id: created.id, to: 'reviewing', expectedVersion: view.version }));
    afterBurst(created.id);
    data(await as('setSubmitted', { id: created.id, date: today, expectedVersion: view.version }));
    expect(sentTo(created.id).map((e) => (e.data as { phrase2: { value: string } }).phrase2.value)).toEqual([
      '已提交',
      '审核中',
    ]);
  });

  it('goes to the owner and each helper with their own credits; helpers without credit get nothing', async () => {
    const owner = person();
    const helperWith = person();
    const helperWithout = person();
    await allow(cloud, owner, 'progressUpdate');
    await allow(cloud, helperWith, 'progressUpdate');
    const created = await newAppeal(owner);
    cloud.store.update(
      'appeals',
      { _id: created.id },
      { $set: { helpers: [{ openid: helperWith }, { openid: helperWithout }, { openid: owner }] } },
      { multi: false, merge: true, upsert: false },
    );
    const view = data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );
    expect(
      sentTo(created.id)
        .map((e) => e.touser)
        .sort(),
    ).toEqual([owner, helperWith].sort());
    expect(cloud.credits(helperWith, PROGRESS_ID)).toBe(0);
    expect(view.notifications.map((x) => x.recipient).sort()).toEqual(['helper', 'owner']);
    // The owner sees every notification of the appeal, a helper only their own.
    const shown = (viewer: string, role: 'owner' | 'helper') =>
      cloud.call<Array<{ recipient: string }>>(
        'notifications-as',
        { appealId: created.id, viewer, role },
        { openid: null },
      );
    expect((await shown(owner, 'owner')).map((x) => x.recipient).sort()).toEqual(['helper', 'owner']);
    expect((await shown(helperWith, 'helper')).map((x) => x.recipient)).toEqual(['helper']);
    expect(await shown(helperWithout, 'helper')).toEqual([]);
    expect(
      records(created.id)
        .map((r) => r.key)
        .sort(),
    ).toEqual(
      [`${created.id}:v1:${owner}:progressUpdate`, `${created.id}:v1:${helperWith}:progressUpdate`].sort(),
    );
  });
});

describe('credits and refusals', () => {
  it('credits exhausted: the second change has no credit left, so no entry; asking again restores it', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    const created = await newAppeal(owner);
    const as = appealAs(cloud, owner);
    let view = data(await as('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }));
    expect(data(await as('credits', {})).progressUpdate).toEqual({ credits: 0, state: 'used-up' });
    view = data(await as('changeStatus', { id: created.id, to: 'reviewing', expectedVersion: view.version }));
    expect(sentTo(created.id)).toHaveLength(1);
    expect(stored(created.id).pendingNotices).toEqual([]);

    await allow(cloud, owner, 'progressUpdate');
    afterBurst(created.id);
    data(await as('changeStatus', { id: created.id, to: 'needs-more', expectedVersion: view.version }));
    expect(sentTo(created.id)).toHaveLength(2);
  });

  it('a credit spent between the change and the send: recorded as no-credit, not sent', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    const created = await newAppeal(owner);
    cloud.faults.failNext((r) => r.action === 'database.insertDocument' && r.collection === 'notifications', {
      error: 'SYS_ERR',
    });
    data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );
    cloud.store.update(
      'subscriptions',
      { _id: owner },
      { $set: { [`byTemplate.${deployConfig.templates.progressUpdate.id}.credits`]: 0 } },
      { multi: true, merge: true, upsert: false },
    );
    await tickUntilDone(cloud, soon());
    expect(sentTo(created.id)).toHaveLength(0);
    expect(cloud.outbox().filter((e) => e.touser === owner)).toHaveLength(0);
    const view = data(await appealAs(cloud, owner)('get', { id: created.id }));
    expect(view.notifications).toEqual([
      expect.objectContaining({ result: 'no-credit', recipient: 'owner' }),
    ]);
  });

  it('user refused (ban in WeChat settings): 43101 → refused, ledger zeroed, appeal intact, no more entries', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 3);
    cloud.grantSubscription(owner, PROGRESS_ID, 'ban'); // the person turns the message off on the WeChat side
    const created = await newAppeal(owner);
    const as = appealAs(cloud, owner);
    const view = data(await as('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }));
    expect(
      cloud
        .outbox()
        .filter((e) => appealIdOf(e) === created.id)
        .map((e) => e.errCode),
    ).toEqual([43101]);
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'refused' })]);
    expect(view).toMatchObject({ status: 'submitted', version: 1 });
    expect(data(await as('credits', {})).progressUpdate).toEqual({ credits: 0, state: 'used-up' });

    data(await as('changeStatus', { id: created.id, to: 'reviewing', expectedVersion: 1 }));
    expect(stored(created.id).pendingNotices).toEqual([]);
    expect(cloud.outbox().filter((e) => appealIdOf(e) === created.id)).toHaveLength(1);
  });

  it('our ledger ahead of WeChat (a lying or stale count): 43101 zeroes it', async () => {
    const owner = person();
    const reply = await cloud.call<Envelope<ReminderCredits>>(
      'appeal',
      { action: 'subscribe', results: { progressUpdate: 'accept' } },
      { openid: owner },
    );
    expect(data(reply).progressUpdate).toEqual({ credits: 1, state: 'on' });
    const created = await newAppeal(owner);
    const view = data(
      await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
    );
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'refused' })]);
    expect(data(await appealAs(cloud, owner)('credits', {})).progressUpdate.credits).toBe(0);
  });

  it('the subscribe action records accepts, bans and ignores rejects; refuses unknown templates', async () => {
    const owner = person();
    const as = appealAs(cloud, owner);
    expect(data(await as('credits', {}))).toEqual({
      progressUpdate: { credits: 0, state: 'none' },
      deadlineReminder: { credits: 0, state: 'none' },
    });
    data(await as('subscribe', { results: { progressUpdate: 'accept', deadlineReminder: 'reject' } }));
    expect(
      data(await as('subscribe', { results: { progressUpdate: 'accept', deadlineReminder: 'ban' } })),
    ).toEqual({
      progressUpdate: { credits: 2, state: 'on' },
      deadlineReminder: { credits: 0, state: 'banned' },
    });
    const bad = await cloud.call(
      'appeal',
      { action: 'subscribe', results: { other: 'accept' } },
      { openid: owner },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const forged = await cloud.call(
      'appeal',
      { action: 'subscribe', results: { progressUpdate: 'accept', n: 99 } },
      { openid: owner },
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers from two phones at once, a first answer included, all count (one ledger document, no lost update)', async () => {
    const owner = person();
    const as = appealAs(cloud, owner);
    await Promise.all(
      Array.from({ length: 8 }, () =>
        as('subscribe', { results: { progressUpdate: 'accept', deadlineReminder: 'accept' } }),
      ),
    );
    expect(data(await as('credits', {}))).toEqual({
      progressUpdate: { credits: 8, state: 'on' },
      deadlineReminder: { credits: 8, state: 'on' },
    });
    expect(cloud.store.find('subscriptions', { _openid: owner })).toHaveLength(1);
  });

  it('after a ban, an accept starts the count again from one', async () => {
    const owner = person();
    const as = appealAs(cloud, owner);
    data(await as('subscribe', { results: { progressUpdate: 'accept' } }));
    data(await as('subscribe', { results: { progressUpdate: 'accept' } }));
    data(await as('subscribe', { results: { progressUpdate: 'ban' } }));
    expect(data(await as('subscribe', { results: { progressUpdate: 'accept' } })).progressUpdate).toEqual({
      credits: 1,
      state: 'on',
    });
  });
});

describe('what the appeal page shows', () => {
  it('lists notifications newest first, and deleting the appeal deletes them', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 2);
    const created = await newAppeal(owner);
    const as = appealAs(cloud, owner);
    let view = data(await as('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }));
    afterBurst(created.id);
    view = data(await as('changeStatus', { id: created.id, to: 'reviewing', expectedVersion: view.version }));
    expect(view.notifications).toHaveLength(2);
    expect(view.notifications[0]!.at >= view.notifications[1]!.at).toBe(true);
    expect(data(await as('export', {})).appeals.find((a) => a.id === created.id)?.notifications).toHaveLength(
      2,
    );
    const stranger = await appealAs(cloud, person())('get', { id: created.id });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    data(await as('delete', { id: created.id }));
    expect(records(created.id)).toHaveLength(0);
  });
});

describe('when the notification collections are missing or failing', () => {
  it('status changes and the appeal page still work, without messages', async () => {
    const bare = await startLocalCloud({
      port: 0,
      dataFile: null,
      collections: { appeals: COLLECTIONS.appeals },
    });
    try {
      const owner = person();
      const as = appealAs(bare, owner);
      const created = data(await as('create', CARD_DIAGNOSIS));
      const view = data(await as('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }));
      expect(view).toMatchObject({ status: 'submitted', notifications: [] });
      expect(data(await as('get', { id: created.id })).notifications).toEqual([]);
      expect(data(await as('delete', { id: created.id }))).toEqual({ deleted: true });
    } finally {
      await bare.close();
    }
  });
});
