/**
 * Benchmark: the `stats` timer on the local cloud (real wx-server-sdk, mingo engine).
 *
 *   stats.aggregate.1k.ms     one tick counting 200 new samples, after 1 000 samples were counted before
 *   stats.aggregate.100k.ms   the same after 100 000
 *   stats.aggregate.ratio     100k / 1k: flat (≈ 1) because a tick reads only the new samples and adds them
 *                             to fixed-size histograms; the earlier samples are already gone
 *
 * The earlier samples are seeded as the histograms they leave behind (foldSamples, the timer's own fold), over
 * every cause and channel of the catalog. Each figure is the median of 5 ticks.
 */
import {
  foldSamples,
  isoWeek,
  type Outcome,
  type ResolutionSample,
} from '../../miniprogram/domain/appeal/resolution';
import { startLocalCloud, type LocalCloud } from '../cloud';
import { buildCloudFunctions } from '../build/cloudfunctions';
import { APP_COLLECTIONS } from '../cloud/app-database';
import { SAMPLES, STATS, sampleDocument } from '../../cloudfunctions/shared/resolution';

const NEW_SAMPLES = 200;
const RUNS = 5;
const CAUSES = ['risk-unusual-activity', 'account-risk-review', 'creditpay-risk', 'bill-duplicate-charge'];
const CHANNELS = [
  'wechat-pay-card-appeal',
  'wechat-pay-account-appeal',
  'creditpay-service',
  'platform-support',
];
const OUTCOMES: Outcome[] = ['resolved', 'rejected', 'stopped'];

/** A deterministic spread of samples. */
function generated(n: number, seed: number): ResolutionSample[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, () => {
    const end = next() < 0.5;
    return {
      moment: end ? 'end' : 'firstAnswer',
      causeIds: [CAUSES[Math.floor(next() * CAUSES.length)]!],
      channelId: CHANNELS[Math.floor(next() * CHANNELS.length)]!,
      workingDays: Math.floor(next() * 40),
      outcome: end ? OUTCOMES[Math.floor(next() * OUTCOMES.length)]! : null,
      week: isoWeek('2026-11-23'),
    };
  });
}

function seedCounted(cloud: LocalCloud, n: number): void {
  cloud.store.remove(STATS, {}, true);
  const docs = [...foldSamples(generated(n, 7))].map(([key, buckets]) => {
    const [moment, causeId, channelId] = key.split(':');
    return { _id: key, moment, causeId, channelId, h: Object.fromEntries(buckets), summary: null };
  });
  cloud.store.insert(STATS, docs);
}

async function tickMs(cloud: LocalCloud, counted: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    seedCounted(cloud, counted);
    cloud.store.remove(SAMPLES, {}, true);
    cloud.store.insert(SAMPLES, generated(NEW_SAMPLES, run + 1).map(sampleDocument));
    const started = performance.now();
    await cloud.invokeTimer('stats');
    times.push(performance.now() - started);
    if (cloud.store.count(SAMPLES, {}) !== 0) throw new Error('stats: the tick left samples uncounted');
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

export async function run(): Promise<Array<[string, number]>> {
  await buildCloudFunctions({ log: () => undefined });
  const cloud = await startLocalCloud({ port: 0, dataFile: null, collections: APP_COLLECTIONS });
  try {
    await tickMs(cloud, 1000); // warm-up: the bundle's first load
    const small = await tickMs(cloud, 1000);
    const large = await tickMs(cloud, 100_000);
    const round = (v: number) => Math.round(v * 100) / 100;
    return [
      ['stats.aggregate.1k.ms', round(small)],
      ['stats.aggregate.100k.ms', round(large)],
      ['stats.aggregate.ratio', round(large / small)],
    ];
  } finally {
    await cloud.close();
  }
}

if (/stats\.bench\.[jt]s$/.test(process.argv[1] || '')) {
  run().then(
    (rows) => rows.forEach(([name, value]) => console.log(`${name}: ${value}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
