/**
 * The timer's work: count the new samples into their histograms, then forget them. Each tick reads only the
 * samples written since the last one (a page of at most BATCH at a time, within the time budget), so its cost
 * follows the new samples, never the number counted before.
 *
 * A batch is removed before it is counted: a tick that dies half-way loses a few samples, it never counts one
 * twice.
 */
import {
  foldSamples,
  summarize,
  type Histogram,
  type ResolutionSample,
} from '../../../miniprogram/domain/appeal/resolution';
import { SAMPLES, STATS } from '../../shared/resolution';
import type { Database } from '../../shared/sdk';

export const BATCH = 100;

export interface FoldReport {
  readonly counted: number;
  readonly histograms: number;
  readonly done: boolean;
}

function keyParts(key: string): { moment: string; causeId: string; channelId: string } {
  const [moment = '', causeId = '', channelId = ''] = key.split(':');
  return { moment, causeId, channelId };
}

async function addToHistogram(db: Database, key: string, buckets: Map<string, number>): Promise<void> {
  const _ = db.command;
  const ref = db.collection(STATS).doc(key);
  const increments: Record<string, unknown> = {};
  for (const [bucket, n] of buckets) increments[bucket] = _.inc(n);
  const res = await ref.update({ data: { h: increments } });
  if (res.stats.updated === 0) {
    await ref.set({ data: { ...keyParts(key), h: Object.fromEntries(buckets) } });
  }
  // The summary beside the histogram is for people reading the console; pages are served from `h`.
  const doc = (await ref.get()).data as { h?: Histogram };
  const summary = summarize(doc.h);
  await ref.update({ data: { summary: summary ?? null } });
}

export async function fold(db: Database, deadline: number): Promise<FoldReport> {
  const _ = db.command;
  let counted = 0;
  const touched = new Set<string>();
  while (Date.now() < deadline) {
    const page = (await db.collection(SAMPLES).limit(BATCH).get()).data;
    if (page.length === 0) return { counted, histograms: touched.size, done: true };
    const ids = page.map((d) => String(d._id));
    await db
      .collection(SAMPLES)
      .where({ _id: _.in(ids) })
      .remove();
    const folded = foldSamples(page as unknown as ResolutionSample[]);
    for (const [key, buckets] of folded) {
      await addToHistogram(db, key, buckets);
      touched.add(key);
    }
    counted += page.length;
  }
  return { counted, histograms: touched.size, done: false };
}
