/**
 * Benchmark: the `remind` timer on the local cloud (real wx-server-sdk, mingo engine, real subscribeMessage.send
 * checks), with appeals seeded straight into the store.
 *
 *   sweep.due1k.total10k.ms    ticks until done, 1 000 due appeals among 10 000 (each due owner has a credit)
 *   sweep.due1k.total100k.ms   the same among 100 000
 *   notify.duplicates          messages sent more than once for one key after a run with injected crashes
 *                              (reply lost after sending, result write lost, throttling, overlapping ticks);
 *                              must be 0
 *
 * Every reminder is set for 09:00 Beijing time, so the seed puts them all on the hour: the due ones at 09:00
 * today or on one of the 29 days before, the others at 09:00 on one of the next 30 days. Thousands share one
 * instant; pages are walked by (nextReminderAt, _id), the compound index in cloudfunctions/database.json.
 * Locally a range query is a full scan (tools/cloud/README.md), so the 100k figure includes ~10 scans of
 * 100 000 documents; with the production index the query cost follows the due appeals. Most of the rest is the
 * local SDK round trip (≈ 7 requests per due appeal) and the local cloud's bookkeeping of the message ledger.
 */
import { createHash } from 'node:crypto';
import { deployConfig } from '../../miniprogram/config/deploy';
import {
  runTimerUntilDone,
  startLocalCloud,
  testOpenid,
  type FaultRequest,
  type LocalCloud,
  type OutboxEntry,
} from '../cloud';
import { buildCloudFunctions } from '../build/cloudfunctions';
import { APP_COLLECTIONS } from '../cloud/app-database';
import { LEASE_MS } from '../../cloudfunctions/shared/notify/records';
import { ledgerDocument, type SubscriptionDoc } from '../../cloudfunctions/shared/notify/ledger';

/** Monday 2026-11-23, 09:00 in Beijing. */
const T = new Date('2026-11-23T01:00:00Z');
const REMINDER = deployConfig.templates.deadlineReminder;
const DAY_MS = 24 * 3600e3;

function appealDoc(id: string, owner: string, nextReminderAt: Date | null): Record<string, unknown> {
  return {
    _id: id,
    _openid: owner,
    symptomId: 'card-restricted',
    causeIds: ['risk-unusual-activity'],
    channelId: 'wechat-pay-card-appeal',
    note: '',
    status: nextReminderAt ? 'submitted' : 'resolved', // nothing awaited: a finished appeal
    version: 1,
    checklist: {},
    timeline: [],
    submittedOn: '2026-11-02',
    waitingSince: '2026-11-02',
    expectedReplyOn: '2026-11-09',
    approximateFrom: 0,
    nextReminderAt,
    escalatedTo: null,
    createdAt: T,
    updatedAt: T,
    helpers: [],
    pendingNotices: [],
    noticeDueAt: null,
  };
}

/** `total` appeals of which `due` are due at T; every due owner holds one reminder credit on both sides. */
function seed(cloud: LocalCloud, total: number, due: number, tag: string): Set<string> {
  const appeals: Record<string, unknown>[] = [];
  const ledger: SubscriptionDoc[] = [];
  const dueIds = new Set<string>();
  const step = Math.floor(total / due);
  for (let i = 0; i < total; i++) {
    const owner = testOpenid(`${tag}-${i}`);
    const id = `${tag}-${String(i).padStart(6, '0')}`;
    const isDue = i % step === 0 && dueIds.size < due;
    const days = (i * 7919) % 30; // 09:00 on one of 30 days: due today or before, the others after today
    const at = new Date(T.getTime() + (isDue ? -days : days + 1) * DAY_MS);
    appeals.push(appealDoc(id, owner, i % 5 === 1 && !isDue ? null : at));
    if (isDue) {
      dueIds.add(id);
      ledger.push(ledgerDocument(owner, { deadlineReminder: { credits: 1, accepted: 1, banned: false } }, T));
      cloud.grantSubscription(owner, REMINDER.id, 'accept');
    }
  }
  cloud.store.insert('appeals', appeals);
  cloud.store.insert('subscriptions', ledger);
  return dueIds;
}

async function tickUntilDone(cloud: LocalCloud, at: Date): Promise<number> {
  return (await runTimerUntilDone(cloud, 'remind', at, 100)).length;
}

const appealOf = (e: OutboxEntry): string => /[?&]id=([^&]+)/.exec(String(e.page ?? ''))?.[1] ?? '';

function checkAllSentOnce(cloud: LocalCloud, dueIds: Set<string>): void {
  const sent = cloud.outbox().filter((e) => e.errCode === 0);
  const ids = new Set(sent.map(appealOf));
  if (sent.length !== dueIds.size || ids.size !== dueIds.size || ![...ids].every((id) => dueIds.has(id))) {
    throw new Error(
      `expected ${dueIds.size} reminders, one per due appeal; got ${sent.length} to ${ids.size}`,
    );
  }
}

async function withCloud<T>(fn: (cloud: LocalCloud) => Promise<T>): Promise<T> {
  const cloud = await startLocalCloud({ port: 0, dataFile: null, collections: APP_COLLECTIONS });
  try {
    return await fn(cloud);
  } finally {
    await cloud.close();
  }
}

async function sweepMs(total: number, due: number): Promise<number> {
  return withCloud(async (cloud) => {
    const dueIds = seed(cloud, total, due, `s${total}`);
    const started = performance.now();
    await tickUntilDone(cloud, T);
    const ms = performance.now() - started;
    checkAllSentOnce(cloud, dueIds);
    return Math.round(ms);
  });
}

/** Every n-th request matching `pred`. */
function everyNth(n: number, pred: (r: FaultRequest) => boolean): (r: FaultRequest) => boolean {
  let seen = 0;
  return (r) => pred(r) && ++seen % n === 0;
}

/** A run with crashes injected everywhere between claiming and tidying; returns the duplicate sends. */
async function duplicatesAfterCrashes(): Promise<number> {
  return withCloud(async (cloud) => {
    seed(cloud, 3000, 300, 'crash');
    const send = (r: FaultRequest) => r.action === 'wx.openApi';
    const write = (coll: string) => (r: FaultRequest) =>
      r.action === 'database.modifyDocument' && r.collection === coll;
    cloud.faults.failNext(everyNth(7, send), { error: 'SYS_ERR', after: true, times: 30 }); // sent, reply lost
    cloud.faults.failNext(everyNth(5, write('notifications')), { error: 'SYS_ERR', times: 40 }); // result not written
    cloud.faults.failNext(everyNth(6, write('notifications')), { error: 'SYS_ERR', after: true, times: 30 });
    cloud.faults.failNext(everyNth(4, write('appeals')), { error: 'SYS_ERR', after: true, times: 40 });
    cloud.faults.failNext(everyNth(3, send), { error: 'EXCEED_REQUEST_LIMIT', times: 60 });
    for (const at of [T, new Date(T.getTime() + LEASE_MS + 60_000), new Date(T.getTime() + 4 * 3600e3)]) {
      await Promise.all([tickUntilDone(cloud, at), tickUntilDone(cloud, at)]); // overlapping ticks
      await tickUntilDone(cloud, at);
    }
    const perKey = new Map<string, number>();
    for (const e of cloud.outbox().filter((x) => x.errCode === 0)) {
      const key = createHash('sha1')
        .update(`${String(e.touser)}|${appealOf(e)}|${String(e.templateId)}`)
        .digest('hex');
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    return [...perKey.values()].reduce((n, c) => n + (c - 1), 0);
  });
}

export async function run(): Promise<Array<[string, number]>> {
  await buildCloudFunctions({ log: () => undefined });
  const log = console.log;
  console.log = () => undefined; // the functions' own log lines
  try {
    return [
      ['sweep.due1k.total10k.ms', await sweepMs(10_000, 1000)],
      ['sweep.due1k.total100k.ms', await sweepMs(100_000, 1000)],
      ['notify.duplicates', await duplicatesAfterCrashes()],
    ];
  } finally {
    console.log = log;
  }
}
