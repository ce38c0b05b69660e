/**
 * How long appeals really take, measured from the people who track them here. Pure.
 *
 * When a tracked appeal gets its first answer, and when it ends, the cloud keeps one anonymous sample: the
 * cause ids, the channel, the working days since it was submitted, the outcome and the ISO week (never the day).
 * Nothing in a sample names a person or an appeal. Samples are folded into per cause-and-channel histograms of
 * working days, so reading a median costs the same for 20 samples as for 100,000; nothing is shown below
 * `MIN_SAMPLES`.
 */

/** Below this many samples nothing is shown (a handful of appeals would say more about people than times). */
export const MIN_SAMPLES = 20;

/** Histogram buckets: 0…MAX_BUCKET_DAYS working days, and one bucket for anything longer. */
export const MAX_BUCKET_DAYS = 120;

export type ResolutionMoment = 'firstAnswer' | 'end';

/** How it ended, in categories: never a note or a reason. */
export type Outcome = 'resolved' | 'rejected' | 'stopped';

export interface ResolutionSample {
  readonly moment: ResolutionMoment;
  readonly causeIds: readonly string[];
  readonly channelId: string;
  /** Working days from submitted to this moment. */
  readonly workingDays: number;
  /** Set for `end` samples. */
  readonly outcome: Outcome | null;
  /** ISO week of the moment, e.g. `2026-W49`. */
  readonly week: string;
}

/** Working days → count, keyed `d<days>` (`d121` holds everything longer than MAX_BUCKET_DAYS). */
export type Histogram = Readonly<Record<string, number>>;

export interface ResolutionSummary {
  readonly count: number;
  /** Half of the recorded appeals had reached this moment within this many working days. */
  readonly medianDays: number;
  /** Four in five within this many. */
  readonly p80Days: number;
}

export interface ResolutionStats {
  readonly firstAnswer: ResolutionSummary | null;
  readonly end: ResolutionSummary | null;
}

const ANSWERS = new Set(['needs-more', 'resolved', 'rejected']);
const OUTCOME_OF: Readonly<Record<string, Outcome>> = {
  resolved: 'resolved',
  rejected: 'rejected',
  closed: 'stopped',
};

/** The moments a move to `to` marks, given those already recorded for the appeal. */
export function momentsOf(to: string, already: readonly ResolutionMoment[]): ResolutionMoment[] {
  const moments: ResolutionMoment[] = [];
  if (ANSWERS.has(to) && already.indexOf('firstAnswer') < 0) moments.push('firstAnswer');
  // An appeal ends at its first decision or when its owner stops following it (an escalation after a
  // rejection is not measured again).
  if (OUTCOME_OF[to] && already.indexOf('end') < 0) moments.push('end');
  return moments;
}

export function outcomeOf(status: string): Outcome | null {
  return OUTCOME_OF[status] ?? null;
}

/** ISO 8601 week of a calendar date (`YYYY-MM-DD`), e.g. `2026-W49`. */
export function isoWeek(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${week < 10 ? '0' : ''}${week}`;
}

export function bucketOf(workingDays: number): string {
  return `d${Math.min(Math.max(Math.round(workingDays), 0), MAX_BUCKET_DAYS + 1)}`;
}

/** Where a sample is counted: one histogram per moment, cause and channel. */
export function statsKey(moment: ResolutionMoment, causeId: string, channelId: string): string {
  return `${moment}:${causeId}:${channelId}`;
}

/** Increments per histogram for a batch of samples: key → bucket → count. */
export function foldSamples(samples: readonly ResolutionSample[]): Map<string, Map<string, number>> {
  const folded = new Map<string, Map<string, number>>();
  for (const s of samples) {
    for (const causeId of s.causeIds) {
      const key = statsKey(s.moment, causeId, s.channelId);
      const buckets = folded.get(key) ?? new Map<string, number>();
      const bucket = bucketOf(s.workingDays);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
      folded.set(key, buckets);
    }
  }
  return folded;
}

function quantile(histogram: Histogram, total: number, q: number): number {
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let days = 0; days <= MAX_BUCKET_DAYS + 1; days += 1) {
    seen += histogram[`d${days}`] ?? 0;
    if (seen >= rank) return days;
  }
  return MAX_BUCKET_DAYS + 1;
}

/** Count, median and 80th percentile of a histogram; null below MIN_SAMPLES. Cost: one pass over buckets. */
export function summarize(histogram: Histogram | null | undefined): ResolutionSummary | null {
  if (!histogram) return null;
  let count = 0;
  for (let days = 0; days <= MAX_BUCKET_DAYS + 1; days += 1) count += histogram[`d${days}`] ?? 0;
  if (count < MIN_SAMPLES) return null;
  return { count, medianDays: quantile(histogram, count, 0.5), p80Days: quantile(histogram, count, 0.8) };
}

/** The one sentence a page shows, or '' when there is not enough to say. */
export function resolutionSentence(stats: ResolutionStats | null): string {
  const first = stats?.firstAnswer;
  if (!first || first.count < MIN_SAMPLES) return '';
  const days = first.medianDays > MAX_BUCKET_DAYS ? `${MAX_BUCKET_DAYS} 多` : `${first.medianDays}`;
  return `在本小程序记录的 ${first.count} 个同类申诉中，一半在 ${days} 个工作日内有了答复（使用者的记录，不是官方承诺）`;
}
