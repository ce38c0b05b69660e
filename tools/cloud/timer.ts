/**
 * A function's timer trigger run until its work is done, tick after tick, as the platform runs it: each tick
 * starts after the previous one ended, so a later tick never reads an earlier clock than the one before it.
 * (A timer call "at" an instant runs with the clock starting there and running on, see clock.ts; ticks all
 * started at the same instant would read slightly different, unordered times, and work one tick left due
 * "now" could look not yet due to the next.)
 */
import type { LocalCloud } from './index';

/** What a timer function reports per tick: its clock reading at the start (ISO) and whether it finished. */
export interface TickReport {
  readonly now: string;
  readonly done: boolean;
}

/** Invoke `fn`'s timer from `at` until a tick reports done; every tick's report, or throws after `max` ticks. */
export async function tickUntilDone<R extends TickReport>(
  cloud: Pick<LocalCloud, 'invokeTimer'>,
  fn: string,
  at: Date,
  max: number,
): Promise<R[]> {
  const reports: R[] = [];
  let start = at;
  for (let i = 0; i < max; i++) {
    const report = (await cloud.invokeTimer(fn, start)) as R;
    reports.push(report);
    if (report.done) return reports;
    start = new Date(Math.max(at.getTime(), Date.parse(report.now) + 1));
  }
  throw new Error(`${fn} not done after ${max} ticks`);
}
