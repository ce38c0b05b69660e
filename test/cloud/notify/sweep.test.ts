/**
 * The `remind` timer: deadline reminders at 09:00 Beijing time while the clock is UTC, paged and resumable
 * within the function timeout, idempotent per (appeal, reminder date), with work that grows with the number of
 * DUE appeals only. Appeals are seeded straight into the store for speed.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import { testOpenid, type LocalCloud } from '../../../tools/cloud';
import { followUpAfter } from '../../../cloudfunctions/shared/schedule';
import { REMINDER_ADVICE } from '../../../cloudfunctions/shared/notify/messages';
import { shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';
import { appealAs, data } from '../harness';
import {
  REMINDER_ID,
  allow,
  appealDoc,
  appealIdOf,
  delivered,
  ledgerDoc,
  notifyCloud,
  quiet,
  tickUntilDone,
  useNotifyCloud,
} from './setup';

jest.setTimeout(180_000);

const HOUR = 3600e3;
const DAY = 24 * HOUR;
/** Monday 2026-11-23, 09:00 in Beijing. */
const T = new Date('2026-11-23T01:00:00Z');

describe('reminders in Asia/Shanghai while the clock is UTC', () => {
  const cloud = useNotifyCloud();

  it('an appeal submitted through the app is reminded at 09:00 Beijing on the working day after the expected reply (a check-in: WeChat publishes no time)', async () => {
    expect(new Date().getTimezoneOffset()).toBe(0);
    const owner = testOpenid('tz-owner');
    await allow(cloud, owner, 'deadlineReminder');
    const as = appealAs(cloud, owner);
    const created = data(
      await as('create', {
        symptomId: 'card-restricted',
        causeIds: ['risk-unusual-activity'],
        channelId: 'wechat-pay-card-appeal',
      }),
    );
    const today = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
    const view = data(await as('setSubmitted', { id: created.id, date: today, expectedVersion: 0 }));
    // WeChat Pay publishes no review time: the commonly reported 3 working days are a range, never overdue.
    if (view.deadline.kind !== 'reported')
      throw new Error(`expected a reported time, got ${view.deadline.kind}`);
    expect(view.escalationHint).toBeNull();
    const doc = cloud.store.find('appeals', { _id: created.id })[0] as { nextReminderAt: Date };
    expect(doc.nextReminderAt.toISOString()).toMatch(/T01:00:00\.000Z$/); // 09:00 in Beijing
    expect(doc.nextReminderAt).toEqual(followUpAfter(view.deadline.date, 1).at);

    await tickUntilDone(cloud, new Date(doc.nextReminderAt.getTime() - 60_000));
    expect(delivered(cloud).filter((e) => appealIdOf(e) === created.id)).toHaveLength(0);
    await tickUntilDone(cloud, doc.nextReminderAt);
    const sent = delivered(cloud).filter((e) => appealIdOf(e) === created.id);
    expect(sent).toHaveLength(1);
    // A check-in on the day of the reminder, not "已到应答复日".
    const [y, m, d] = shanghaiDate(doc.nextReminderAt).split('-').map(Number);
    expect(sent[0]).toMatchObject({
      fn: 'remind',
      templateId: REMINDER_ID,
      data: { date2: { value: `${y}年${m}月${d}日` }, thing3: { value: REMINDER_ADVICE.checkIn } },
    });
    const reloaded = data(await as('get', { id: created.id }));
    expect(reloaded.notifications).toEqual([
      expect.objectContaining({ template: 'deadlineReminder', result: 'sent', recipient: 'owner' }),
    ]);
  });

  it('uses the Beijing date for the key and the next follow-up, also just after midnight in Beijing', async () => {
    const owner = testOpenid('tz-midnight');
    await allow(cloud, owner, 'deadlineReminder', 2);
    // Due at 00:00 Tuesday 2026-11-24 in Beijing, which is still Monday 16:00 in UTC.
    const slot = new Date('2026-11-23T16:00:00Z');
    cloud.store.insert('appeals', [
      appealDoc({ _id: 'tz-midnight', _openid: owner, nextReminderAt: slot }, T),
    ]);
    await tickUntilDone(cloud, new Date('2026-11-23T16:30:00Z'));
    const doc = cloud.store.find('appeals', { _id: 'tz-midnight' })[0] as { nextReminderAt: Date };
    // 3 working days after Tuesday the 24th (Beijing) is Friday the 27th, 09:00 Beijing = 01:00 UTC.
    expect(doc.nextReminderAt.toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(cloud.store.find('notifications', { appealId: 'tz-midnight' }).map((r) => r.key)).toEqual([
      `tz-midnight:2026-11-24:${owner}:deadlineReminder`,
    ]);
    // The same slot again (a second trigger at the same time): nothing new.
    await tickUntilDone(cloud, new Date('2026-11-23T16:30:00Z'));
    expect(delivered(cloud).filter((e) => appealIdOf(e) === 'tz-midnight')).toHaveLength(1);
    // The next follow-up comes on its day, once.
    await tickUntilDone(cloud, new Date('2026-11-27T01:00:00Z'));
    await tickUntilDone(cloud, new Date('2026-11-27T02:00:00Z'));
    expect(delivered(cloud).filter((e) => appealIdOf(e) === 'tz-midnight')).toHaveLength(2);
  });

  it('a closed appeal whose reminder is somehow still set is not reminded, and its schedule is cleared', async () => {
    const owner = testOpenid('tz-closed');
    await allow(cloud, owner, 'deadlineReminder');
    cloud.store.insert('appeals', [
      appealDoc(
        { _id: 'closed-1', _openid: owner, status: 'closed', nextReminderAt: new Date(T.getTime() - DAY) },
        T,
      ),
    ]);
    await tickUntilDone(cloud, T);
    expect(delivered(cloud).filter((e) => appealIdOf(e) === 'closed-1')).toHaveLength(0);
    expect(cloud.store.find('appeals', { _id: 'closed-1' })[0]).toMatchObject({ nextReminderAt: null });
  });
});

/** `total` appeals, `due` of them due at T, each due owner with one reminder credit. */
function seed(
  cloud: LocalCloud,
  total: number,
  due: number,
  tag: string,
): { dueIds: Set<string>; owners: string[] } {
  const appeals: Record<string, unknown>[] = [];
  const ledger: Record<string, unknown>[] = [];
  const dueIds = new Set<string>();
  const owners: string[] = [];
  const step = Math.floor(total / due);
  for (let i = 0; i < total; i++) {
    const owner = testOpenid(`${tag}-${i}`);
    const isDue = i % step === 0 && dueIds.size < due;
    const id = `${tag}-${String(i).padStart(6, '0')}`;
    // Due: up to 30 days overdue. Not due: from one minute to 30 days ahead, or finished (nothing awaited).
    const offset = ((i * 7919) % (30 * 24 * 60)) * 60_000 + 60_000;
    const finished = !isDue && i % 5 === 0;
    const nextReminderAt = isDue
      ? new Date(T.getTime() - offset + 60_000)
      : finished
        ? null
        : new Date(T.getTime() + offset);
    const status = finished ? 'resolved' : 'submitted';
    appeals.push(appealDoc({ _id: id, _openid: owner, nextReminderAt, status }, T));
    if (isDue) {
      dueIds.add(id);
      owners.push(owner);
    }
    // Our ledger allows every due owner and some others (a wrong send to them would show in the outbox as
    // 43101: only due owners hold a credit on the WeChat side).
    if (isDue || i % 50 === 1) ledger.push(ledgerDoc(owner, 'deadlineReminder', 1));
    if (isDue) cloud.grantSubscription(owner, REMINDER_ID, 'accept');
  }
  cloud.store.insert('appeals', appeals);
  cloud.store.insert('subscriptions', ledger);
  return { dueIds, owners };
}

describe('1 000 due appeals among 100 000', () => {
  // A 3 s timeout (the platform default) forces the work over several ticks.
  const cloud = useNotifyCloud({ remindTimeoutS: 3 });

  it('every due appeal gets exactly one reminder, no other appeal any, over several resumable ticks', async () => {
    const { dueIds } = seed(cloud, 100_000, 1000, 'big');
    expect(dueIds.size).toBe(1000);
    // A tick that ran out of time would throw -504003 here. Locally each tick full-scans the 100 000 documents
    // twice (range queries), so on a busy machine the 2 s budget leaves room for few reminders per tick.
    const reports = await tickUntilDone(cloud, T, 150);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.reduce((n, r) => n + r.reminders.scheduled, 0)).toBe(1000);

    const sent = delivered(cloud).filter((e) => e.templateId === deployConfig.templates.deadlineReminder.id);
    const perAppeal = new Map<string, number>();
    for (const e of sent)
      perAppeal.set(appealIdOf(e) as string, (perAppeal.get(appealIdOf(e) as string) ?? 0) + 1);
    expect(perAppeal.size).toBe(1000);
    expect([...perAppeal.keys()].every((id) => dueIds.has(id))).toBe(true);
    expect([...perAppeal.values()].every((c) => c === 1)).toBe(true);
    expect(cloud.outbox().filter((e) => e.errCode !== 0)).toHaveLength(0);

    // Nothing is due any more; another tick at the same time sends nothing.
    const before = cloud.outbox().length;
    const again = await tickUntilDone(cloud, T);
    expect(again).toHaveLength(1);
    expect(cloud.outbox()).toHaveLength(before);
    for (const id of [...dueIds].slice(0, 20)) {
      const doc = cloud.store.find('appeals', { _id: id })[0] as {
        nextReminderAt: Date;
        pendingNotices: unknown[];
      };
      expect(doc.nextReminderAt.getTime()).toBeGreaterThan(T.getTime());
      expect(doc.pendingNotices).toEqual([]);
    }
  });
});

describe('cost grows with the due appeals, not with all of them', () => {
  it('the same 50 due appeals take the same backend requests among 1 000 or 20 000 appeals', async () => {
    quiet();
    const counts: number[] = [];
    for (const total of [1000, 20_000]) {
      const env = await notifyCloud();
      try {
        seed(env.cloud, total, 50, `cost${total}`);
        let requests = 0;
        const off = env.cloud.onRequest(() => requests++);
        const reports = await tickUntilDone(env.cloud, T);
        off();
        expect(reports.reduce((n, r) => n + r.reminders.scheduled, 0)).toBe(50);
        counts.push(requests);
      } finally {
        await env.stop();
      }
    }
    expect(counts[0]).toBe(counts[1]);
    // Per due appeal: advance + claim + credit + send + record + tidy (2); per page: query + credits; per tick
    // one query for stale schedules.
    expect(counts[0]).toBeLessThanOrEqual(50 * 7 + 12);
  });
});
