/**
 * p99 latency of the common `appeal` actions (list, get, tick a checklist item, add a note, change status)
 * through the real SDK on the local cloud, with 1,000 and then 100,000 appeals stored, in the same run.
 * Other people's appeals are cloned from a real one created by the function, so their shape is exact.
 */
import { startLocalCloud, testOpenid, type LocalCloud } from '../cloud';
import { APP_COLLECTIONS } from '../cloud/app-database';
import type { AppealView, Envelope } from '../../miniprogram/domain/appeal/contract';

const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity'],
  channelId: 'wechat-pay-card-appeal',
};
const ROUNDS = 60;

async function call<T>(cloud: LocalCloud, openid: string, event: object): Promise<T> {
  const env = await cloud.call<Envelope<T>>('appeal', event, { openid });
  if (!env.ok) throw new Error(`${JSON.stringify(event)}: ${env.error.code}`);
  return env.data;
}

/** Fill the store with `total` appeals of other people, copied from a real one. */
async function seed(cloud: LocalCloud, total: number): Promise<void> {
  const template = await call<AppealView>(cloud, testOpenid('template'), { action: 'create', ...DIAGNOSIS });
  const [doc] = cloud.store.find('appeals', { _id: template.id });
  const docs = [];
  for (let i = 0; i < total; i++) {
    docs.push({ ...doc, _id: `seed-${i}`, _openid: testOpenid(`seed-${i % 5000}`) });
  }
  cloud.store.insert('appeals', docs);
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
}

async function timed(samples: number[], fn: () => Promise<unknown>): Promise<void> {
  const t = process.hrtime.bigint();
  await fn();
  samples.push(Number(process.hrtime.bigint() - t) / 1e6);
}

async function measure(total: number): Promise<number> {
  const cloud = await startLocalCloud({ port: 0, dataFile: null, collections: APP_COLLECTIONS });
  try {
    await seed(cloud, total);
    const me = testOpenid('bench-user');
    let appeal = await call<AppealView>(cloud, me, { action: 'create', ...DIAGNOSIS });
    appeal = await call<AppealView>(cloud, me, {
      action: 'changeStatus',
      id: appeal.id,
      to: 'submitted',
      expectedVersion: appeal.version,
    });
    const item = appeal.checklist[0]!.id;
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await timed(samples, () => call(cloud, me, { action: 'list' }));
      await timed(samples, () => call(cloud, me, { action: 'get', id: appeal.id }));
      await timed(samples, () =>
        call(cloud, me, { action: 'tickChecklist', id: appeal.id, itemId: item, done: i % 2 === 0 }),
      );
      await timed(samples, () => call(cloud, me, { action: 'addNote', id: appeal.id, text: `第${i}次跟进` }));
      const to = appeal.status === 'needs-more' ? 'reviewing' : 'needs-more';
      await timed(samples, async () => {
        const fresh = await call<AppealView>(cloud, me, { action: 'get', id: appeal.id });
        appeal = await call<AppealView>(cloud, me, {
          action: 'changeStatus',
          id: appeal.id,
          to,
          expectedVersion: fresh.version,
        });
      });
    }
    return Math.round(p99(samples.slice(20)) * 100) / 100;
  } finally {
    await cloud.close();
  }
}

export async function run(): Promise<Array<[string, number]>> {
  const small = await measure(1_000);
  const large = await measure(100_000);
  return [
    ['cloud.p99.1k.ms', small],
    ['cloud.p99.100k.ms', large],
  ];
}
