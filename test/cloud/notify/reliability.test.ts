/**
 * Failures around subscribeMessage.send, injected into the real request path (tools/cloud faults): bad data,
 * transient errors, a send whose reply is lost, a sender that dies between sending and recording. Whatever
 * happens, one key is never sent twice.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import type { AppealView } from '../../../miniprogram/domain/appeal/contract';
import { testOpenid, type FaultRequest, type LocalCloud } from '../../../tools/cloud';
import { LEASE_MS } from '../../../cloudfunctions/shared/notify/records';
import { ledgerEntry } from '../../../cloudfunctions/shared/notify/ledger';
import { appealAs, data, CARD_DIAGNOSIS } from '../harness';
import { PROGRESS_ID, allow, appealIdOf, delivered, soon, tickUntilDone, useNotifyCloud } from './setup';

let n = 0;
const person = () => testOpenid(`reliability-${n++}`);
const isSend = (r: FaultRequest) => r.action === 'wx.openApi';
const isRecord = (r: FaultRequest) =>
  r.action === 'database.modifyDocument' && r.collection === 'notifications';

async function submittedAppeal(cloud: LocalCloud, owner: string): Promise<AppealView> {
  const created = data(await appealAs(cloud, owner)('create', CARD_DIAGNOSIS));
  return data(
    await appealAs(cloud, owner)('changeStatus', { id: created.id, to: 'submitted', expectedVersion: 0 }),
  );
}

const record = (cloud: LocalCloud, appealId: string) =>
  cloud.store.find('notifications', { appealId })[0] as Record<string, unknown> | undefined;
const sends = (cloud: LocalCloud, appealId: string) =>
  cloud.outbox().filter((e) => appealIdOf(e) === appealId);
const pending = (cloud: LocalCloud, appealId: string) =>
  (cloud.store.find('appeals', { _id: appealId })[0] as { pendingNotices: unknown[] }).pendingNotices;
const ourCredits = (cloud: LocalCloud, owner: string) =>
  ledgerEntry(cloud.store.find('subscriptions', { _id: owner })[0], 'progressUpdate')?.credits;

describe('on the normal local cloud', () => {
  const cloud = useNotifyCloud();
  afterEach(() => cloud.faults.clear());

  it('transient errors are retried with backoff within the call, and sent once', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    cloud.faults.failNext(isSend, { error: 'EXCEED_REQUEST_LIMIT', times: 2 });
    const started = Date.now();
    const view = await submittedAppeal(cloud, owner);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500); // 100 ms + 400 ms of backoff
    expect(cloud.faults.fired().filter((f) => isSend(f))).toHaveLength(2);
    expect(sends(cloud, view.id).map((e) => e.errCode)).toEqual([0]);
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'sent' })]);
  });

  it('transient errors that outlast the call: credit given back, retried by a later tick, sent once', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    cloud.faults.failNext(isSend, { error: 'EXCEED_REQUEST_LIMIT', times: 3 });
    const view = await submittedAppeal(cloud, owner);
    expect(record(cloud, view.id)).toMatchObject({ state: 'retry', attempts: 1 });
    expect(ourCredits(cloud, owner)).toBe(1);
    expect(view.notifications).toEqual([]); // nothing final yet

    await tickUntilDone(cloud, soon()); // too early for the next round
    expect(sends(cloud, view.id)).toHaveLength(0);
    await tickUntilDone(cloud, new Date(Date.now() + 11 * 60_000));
    expect(sends(cloud, view.id).map((e) => e.errCode)).toEqual([0]);
    expect(record(cloud, view.id)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(pending(cloud, view.id)).toEqual([]);
    expect(ourCredits(cloud, owner)).toBe(0);
  });

  it('a send that went out but whose reply was lost is never resent (at most once)', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 2);
    cloud.faults.failNext(isSend, { error: 'SYS_ERR', after: true });
    const view = await submittedAppeal(cloud, owner);
    expect(delivered(cloud).filter((e) => appealIdOf(e) === view.id)).toHaveLength(1);
    expect(record(cloud, view.id)).toMatchObject({
      state: 'failed',
      detail: expect.stringMatching(/^outcome-unknown/),
    });
    for (const at of [soon(), new Date(Date.now() + LEASE_MS + 60_000), new Date(Date.now() + 5 * 3600e3)]) {
      await tickUntilDone(cloud, at);
    }
    expect(sends(cloud, view.id)).toHaveLength(1);
    expect(ourCredits(cloud, owner)).toBe(1); // the spent credit is not given back: it may have been used
  });

  it('crash between sending and recording: the claimed key is not resent, and closes as failed after the lease', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 2);
    // The message goes out, then the write of its result fails: the function loses track of it.
    cloud.faults.failNext(isRecord, { error: 'SYS_ERR' });
    const view = await submittedAppeal(cloud, owner);
    expect(delivered(cloud).filter((e) => appealIdOf(e) === view.id)).toHaveLength(1);
    expect(record(cloud, view.id)).toMatchObject({ state: 'claimed' });
    expect(pending(cloud, view.id)).toHaveLength(1);

    await tickUntilDone(cloud, soon()); // retry within the lease: the key is held, nothing is sent
    expect(sends(cloud, view.id)).toHaveLength(1);
    expect(pending(cloud, view.id)).toHaveLength(1);

    await tickUntilDone(cloud, new Date(Date.now() + LEASE_MS + 60_000));
    expect(sends(cloud, view.id)).toHaveLength(1);
    expect(record(cloud, view.id)).toMatchObject({ state: 'failed', detail: 'outcome-unknown' });
    expect(pending(cloud, view.id)).toEqual([]);
    await tickUntilDone(cloud, new Date(Date.now() + 2 * LEASE_MS));
    expect(sends(cloud, view.id)).toHaveLength(1);
  });

  it('crash after the result was written but before the reply: the next tick sees it sent and tidies up', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    cloud.faults.failNext(isRecord, { error: 'SYS_ERR', after: true });
    const view = await submittedAppeal(cloud, owner);
    expect(record(cloud, view.id)).toMatchObject({ state: 'sent' });
    expect(pending(cloud, view.id)).toHaveLength(1);
    await tickUntilDone(cloud, soon());
    expect(pending(cloud, view.id)).toEqual([]);
    expect(sends(cloud, view.id)).toHaveLength(1);
  });

  it('concurrent senders (inline and several timer ticks at once) send one key once', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate', 3);
    cloud.faults.failNext((r) => r.action === 'database.insertDocument' && r.collection === 'notifications', {
      error: 'SYS_ERR',
    });
    const view = await submittedAppeal(cloud, owner);
    expect(sends(cloud, view.id)).toHaveLength(0);
    const at = soon();
    await Promise.all([1, 2, 3, 4].map(() => cloud.invokeTimer('remind', at)));
    expect(sends(cloud, view.id)).toHaveLength(1);
    expect(cloud.store.find('notifications', { appealId: view.id })).toHaveLength(1);
  });

  it('an ambiguous platform error (SYS_ERR) is not retried either: failed, never sent twice', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    cloud.faults.failNext(isSend, { error: 'SYS_ERR' });
    const view = await submittedAppeal(cloud, owner);
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'failed' })]);
    await tickUntilDone(cloud, new Date(Date.now() + LEASE_MS + 60_000));
    expect(sends(cloud, view.id)).toHaveLength(0);
  });

  it('a caller with a user identity cannot run the timer (nor move its clock)', async () => {
    const reply = await cloud.call(
      'remind',
      { Type: 'Timer', Time: '2030-01-01T00:00:00Z' },
      { openid: person() },
    );
    expect(reply).toEqual({ ok: false, error: 'timer only' });
  });
});

describe('bad data (47003)', () => {
  // The template as configured in the console differs from our configuration: its 4th keyword is a phrase.
  const drifted = {
    ...deployConfig.templates.progressUpdate,
    keywords: deployConfig.templates.progressUpdate.keywords.map((k) =>
      k.key === 'thing4' ? { ...k, type: 'phrase' as const } : k,
    ),
  };
  const cloud = useNotifyCloud({ templates: [drifted, deployConfig.templates.deadlineReminder] });

  it('is recorded, the credit given back, and the same payload never resent', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    const view = await submittedAppeal(cloud, owner);
    expect(sends(cloud, view.id).map((e) => [e.errCode, e.errMsg])).toEqual([
      [47003, expect.stringContaining('thing4')],
    ]);
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'bad-data' })]);
    expect(record(cloud, view.id)).toMatchObject({ state: 'bad-data', errCode: 47003 });
    expect(ourCredits(cloud, owner)).toBe(1);
    expect(cloud.credits(owner, PROGRESS_ID)).toBe(1);
    await tickUntilDone(cloud, new Date(Date.now() + LEASE_MS + 60_000));
    expect(sends(cloud, view.id)).toHaveLength(1);
  });
});

describe('a template page missing from the released app (41030)', () => {
  const cloud = useNotifyCloud({ realAppJson: true });

  it('is sent once without the page rather than not at all', async () => {
    const owner = person();
    await allow(cloud, owner, 'progressUpdate');
    const view = await submittedAppeal(cloud, owner);
    const all = cloud.outbox().filter((e) => e.touser === owner);
    const ok = all.filter((e) => e.errCode === 0);
    expect(ok).toHaveLength(1);
    if (all.length === 2) {
      expect(all[0]).toMatchObject({ errCode: 41030, page: expect.stringContaining(view.id) });
      expect(ok[0]!.page).toBeUndefined();
    } else {
      expect(all).toHaveLength(1); // the page is in app.json: sent with it
    }
    expect(view.notifications).toEqual([expect.objectContaining({ result: 'sent' })]);
  });
});
