/**
 * Cloud function `remind`, run by its timer trigger every hour (config.json: `0 0 * * * * *`): sends the
 * deadline reminders that are due and whatever subscription messages are still pending, within the
 * function's timeout. See sweep.ts.
 *
 * The trigger fires in Beijing time but this clock is UTC: every date is computed in Asia/Shanghai explicitly.
 * Only the platform's timer may run it (getWXContext().SOURCE is `wx_trigger`): a call from the mini program,
 * the HTTP API, the console or another function is refused. The time is the server's clock, never the event's
 * `Time`, so nobody can make every reminder due at once.
 */
import { cloud } from '../../shared/sdk';
import { consoleLog, logCall } from '../../shared/log';
import { sweep, type SweepReport } from './sweep';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

/** Used when the platform does not say (config.json `timeout`). */
const DEFAULT_TIME_LIMIT_MS = 60_000;
const RETRY_DELAYS_MS = [200, 800];

/** Stop starting new work with a quarter of the time limit left (at least 1 s, at most 10 s). */
export function budgetMs(timeLimitMs: number): number {
  const margin = Math.min(Math.max(timeLimitMs * 0.25, 1000), 10_000);
  return Math.max(timeLimitMs - margin, 0);
}

/** getWXContext().SOURCE when the function's own timer trigger runs it. */
export const TIMER_SOURCE = 'wx_trigger';

interface Context {
  readonly time_limit_in_ms?: unknown;
}

export async function main(
  _event: unknown,
  context?: Context,
): Promise<SweepReport | { ok: false; error: string }> {
  const started = Date.now();
  if (cloud.getWXContext().SOURCE !== TIMER_SOURCE) return { ok: false, error: 'timer only' };
  const limit =
    typeof context?.time_limit_in_ms === 'number' ? context.time_limit_in_ms : DEFAULT_TIME_LIMIT_MS;
  const report = await sweep({
    db: cloud.database(),
    send: (msg) => cloud.openapi.subscribeMessage.send(msg),
    now: new Date(),
    retryDelaysMs: RETRY_DELAYS_MS,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    deadline: started + budgetMs(limit),
    log: consoleLog,
  });
  const t = report.notices;
  const code = report.done ? 'OK' : 'CONTINUING';
  logCall(() => cloud.logger(), {
    fn: 'remind',
    action: 'sweep',
    code,
    ms: Date.now() - started,
    openid: '',
  });
  consoleLog(
    `remind: ${report.reminders.scheduled} reminders scheduled; sent ${t.sent}, no-credit ${t['no-credit']}, ` +
      `refused ${t.refused}, bad-data ${t['bad-data']}, failed ${t.failed}, later ${t.later}; ` +
      `${report.done ? 'done' : 'continuing next tick'} in ${Date.now() - started} ms`,
  );
  return report;
}
