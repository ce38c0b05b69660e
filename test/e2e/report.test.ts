/**
 * In the browser preview, errors reach the real-time log stand-in (wx.getRealtimeLogManager) through the app's
 * own hooks: a script error through App.onError, a failed cloud call through the cloud service.
 */
import type { Page } from 'playwright-core';
import { usePreviewSession } from './helpers/session';
import { tap, waitForReady } from '../../tools/preview/browser';

jest.setTimeout(120_000);

const s = usePreviewSession();

interface LogLine {
  level: string;
  filter: string;
  args: Array<Record<string, string>>;
}

async function realtimeLog(page: Page, count: number): Promise<LogLine[]> {
  await page.waitForFunction(
    (n) => (window as unknown as { __pv: { realtimeLog: unknown[] } }).__pv.realtimeLog.length >= n,
    count,
    { timeout: 10_000 },
  );
  return page.evaluate(() => (window as unknown as { __pv: { realtimeLog: LogLine[] } }).__pv.realtimeLog);
}

it('a script error is reported through App.onError with the page and the version, masked', async () => {
  await s.page.evaluate(() => {
    setTimeout(() => {
      throw new Error('boom for 13812345678');
    });
  });
  const [line] = await realtimeLog(s.page, 1);
  expect(line).toEqual(expect.objectContaining({ level: 'error', filter: 'app-error' }));
  expect(line!.args[0]).toEqual(
    expect.objectContaining({ kind: 'app-error', page: 'pages/home/index', version: 'develop@' }),
  );
  expect(line!.args[0]!.detail).toContain('boom for 138****5678');
  expect(s.errors.splice(0).join('\n')).toContain('boom for 13812345678');
});

it('a failed cloud call is reported as a warning from the page that made it', async () => {
  s.cloud.faults.failNext('database.getDocument', { error: 'SYS_ERR' });
  await tap(s.page, { testid: 'my-appeals' });
  await waitForReady(s.page, 'pages/appeal/list/index');
  const lines = await realtimeLog(s.page, 2);
  expect(lines[1]).toEqual(expect.objectContaining({ level: 'warn', filter: 'cloud-call' }));
  expect(lines[1]!.args[0]).toEqual(
    expect.objectContaining({
      kind: 'cloud-call',
      page: 'pages/appeal/list/index',
      detail: 'appeal.list: INTERNAL',
    }),
  );
});
