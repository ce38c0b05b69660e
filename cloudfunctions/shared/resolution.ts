/**
 * Where resolution samples and their aggregates live, shared by the `appeal` function (which writes samples)
 * and the `stats` function (which folds them and serves the aggregates).
 *
 * - `resolution_samples`: one document per sample, written with a random `_id` (never derived from the appeal
 *   or the time) and only the fields of `ResolutionSample`. Removed as soon as the timer has counted it.
 * - `resolution_stats`: one document per moment, cause and channel (`_id` = statsKey) with its histogram.
 * - `preferences`: one document per person (`_id` = openid): `shareResolution: false` leaves their appeals out.
 */
import { randomBytes } from 'crypto';
import type { ResolutionSample } from '../../miniprogram/domain/appeal/resolution';
import type { Database } from './sdk';

export const SAMPLES = 'resolution_samples';
export const STATS = 'resolution_stats';
export const PREFERENCES = 'preferences';

/** The only fields a sample document has (besides its random `_id`). */
export const SAMPLE_FIELDS = ['moment', 'causeIds', 'channelId', 'workingDays', 'outcome', 'week'] as const;

export function sampleDocument(sample: ResolutionSample): Record<string, unknown> {
  const doc: Record<string, unknown> = { _id: randomBytes(12).toString('hex') };
  for (const field of SAMPLE_FIELDS) doc[field] = sample[field];
  return doc;
}

/** Whether this person lets their appeals count (the default: yes). */
export async function sharesResolution(db: Database, openid: string): Promise<boolean> {
  const res = await db.collection(PREFERENCES).where({ _id: openid }).limit(1).get();
  return res.data[0]?.shareResolution !== false;
}
