/**
 * Cloud function `stats`: how long appeals really take, from the people who track them here.
 *
 * Run by its timer (config.json: every hour at :30) it folds the new anonymous samples the `appeal` function
 * wrote into per cause-and-channel histograms (fold.ts). Called from the mini program it serves those
 * histograms' count, median and 80th percentile, only from MIN_SAMPLES samples on, and keeps the person's
 * choice to leave their appeals out (read.ts). A call carrying a user's identity never runs the fold.
 */
import { cloud } from '../../shared/sdk';
import { consoleLog, logCall, outcomeCode } from '../../shared/log';
import { fold } from './fold';
import { handleRequest } from './read';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const DEFAULT_TIME_LIMIT_MS = 60_000;

interface Context {
  readonly time_limit_in_ms?: unknown;
}

export async function main(event: unknown, context?: Context): Promise<unknown> {
  const started = Date.now();
  const openid = cloud.getWXContext().OPENID ?? '';
  const db = cloud.database();
  if (openid) {
    const reply = await handleRequest(event, openid, db).catch(() => ({
      ok: false as const,
      error: { code: 'INTERNAL' as const, message: '服务暂时出了点问题，请稍后再试。' },
    }));
    const action = (event as { action?: unknown } | null)?.action;
    logCall(() => cloud.logger(), {
      fn: 'stats',
      action,
      code: outcomeCode(reply),
      ms: Date.now() - started,
      openid,
    });
    return reply;
  }
  const limit =
    typeof context?.time_limit_in_ms === 'number' ? context.time_limit_in_ms : DEFAULT_TIME_LIMIT_MS;
  const report = await fold(db, started + limit * 0.75);
  const code = report.done ? 'OK' : 'CONTINUING';
  logCall(() => cloud.logger(), { fn: 'stats', action: 'fold', code, ms: Date.now() - started, openid: '' });
  consoleLog(`stats: ${report.counted} samples counted into ${report.histograms} histograms`);
  return report;
}
