/**
 * Helpers for the resolution-times page tests: appeals answered through the real `appeal` function, the
 * `stats` timer run as the platform runs it, and the line the pages show.
 */
import http from 'http';
import { changeStatus, markSubmitted, startTracking } from '../../miniprogram/services/appeal';
import { addCalendarDays, shanghaiDate } from '../../miniprogram/domain/appeal/deadline';
import type { AppealView } from '../../miniprogram/domain/appeal/contract';
import { device } from './device';
import type { RenderedPage } from './render';

export interface Diagnosis {
  readonly symptomId: string;
  readonly causeIds: string[];
  readonly channelId: string;
}

function ok<T>(reply: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

/** A new person tracks an appeal submitted a week ago, which then gets its first answer. */
export async function answeredAppeal(diagnosis: Diagnosis): Promise<AppealView> {
  device.reset();
  let appeal = ok(await startTracking(diagnosis));
  appeal = ok(await markSubmitted(appeal, addCalendarDays(shanghaiDate(new Date()), -7)));
  return ok(await changeStatus(appeal, 'needs-more'));
}

/** The `stats` timer, as the platform runs it (no user identity). */
export function runStatsTimer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${process.env.LOCAL_CLOUD_URL}/call/stats`, { method: 'POST' }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
    req.end('{}');
  });
}

/** The line arrives with its own cloud reply, after the page has rendered ('' when there is none). */
export async function resolutionLine(page: RenderedPage): Promise<string> {
  for (let i = 0; i < 100 && !page.find('resolution-times'); i += 1) await page.settle();
  return page.find('resolution-times')?.textContent?.trim() ?? '';
}

export const SENTENCE =
  /在本小程序记录的 (\d+) 个同类申诉中，一半在 (\d+) 个工作日内有了答复（使用者的记录，不是官方承诺）/;
