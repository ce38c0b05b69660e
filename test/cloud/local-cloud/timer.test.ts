/**
 * Ticks of a timer run until done start one after another: a later tick never reads an earlier clock than the
 * one before it, however long each tick took to read its clock.
 */
import { runTimerUntilDone, type TickReport } from '../../../tools/cloud';

/** A timer whose clock is read `delays[i]` ms after tick i starts; done at the last tick. */
function timerReading(delays: readonly number[]) {
  const starts: Date[] = [];
  const cloud = {
    invokeTimer: (_fn: string, at?: Date): Promise<unknown> => {
      const start = at ?? new Date();
      const i = starts.push(start) - 1;
      const report: TickReport = {
        now: new Date(start.getTime() + (delays[i] as number)).toISOString(),
        done: i === delays.length - 1,
      };
      return Promise.resolve(report);
    },
  };
  return { cloud, starts };
}

test('each tick starts after the clock reading of the tick before it', async () => {
  const at = new Date('2026-11-23T01:00:00Z');
  // The first tick read its clock late (a slow start), the next ones quickly.
  const { cloud, starts } = timerReading([400, 3, 1, 0]);
  const reports = await runTimerUntilDone(cloud, 'remind', at, 10);
  expect(reports).toHaveLength(4);
  expect(starts[0]).toEqual(at);
  const nows = reports.map((r) => Date.parse(r.now));
  for (let i = 1; i < nows.length; i++) expect(nows[i]).toBeGreaterThan(nows[i - 1] as number);
});

test('gives up after max ticks with the function named', async () => {
  const { cloud } = timerReading([0, 0, 0, 0, 0]);
  await expect(runTimerUntilDone(cloud, 'remind', new Date(), 3)).rejects.toThrow(
    'remind not done after 3 ticks',
  );
});
