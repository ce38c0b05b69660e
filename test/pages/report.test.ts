/**
 * Error reports reach WeChat's real-time log with the page and the version, and never personal data.
 */
import { resetReports } from '../../miniprogram/services/report';
import { device, type RealtimeLogEntry } from './device';
import { renderPage } from './render';

type AppOptions = {
  onError(error: string): void;
  onUnhandledRejection(res: { reason: unknown; promise: Promise<unknown> }): void;
};

function launchApp(): AppOptions {
  let options: AppOptions | undefined;
  (global as unknown as { App: (o: AppOptions) => void }).App = (o) => (options = o);
  jest.isolateModules(() => {
    jest.requireActual('../../miniprogram/app');
  });
  if (!options) throw new Error('app.ts did not call App()');
  return options;
}

const OPENID = 'oAbCdEfGhIjKlMnOpQrStUvWxYz1';
const PERSONAL = `at pages/appeal/detail/index?id=0123456789abcdef0123456789abcdef for ${OPENID}: 手机 13812345678 卡号 6222 0212 3456 7890 123`;

function entryOf(log: RealtimeLogEntry): Record<string, string> {
  return log.args[0] as Record<string, string>;
}

function expectNothingPersonal(text: string): void {
  expect(text).not.toContain('13812345678');
  expect(text).not.toMatch(/6222 ?0212/);
  expect(text).not.toContain(OPENID);
  expect(text).not.toContain('0123456789abcdef');
}

beforeEach(() => resetReports());

describe('error reports to the real-time log', () => {
  it('App.onError reports the error, the page and the version, masked', async () => {
    await renderPage('pages/home/index');
    launchApp().onError(`TypeError: cannot read x ${PERSONAL}`);
    expect(device.realtimeLog).toHaveLength(1);
    const [log] = device.realtimeLog as [RealtimeLogEntry];
    expect(log.level).toBe('error');
    expect(log.filter).toBe('app-error');
    const entry = entryOf(log);
    expect(entry).toEqual(
      expect.objectContaining({ kind: 'app-error', page: 'pages/home/index', version: 'develop@' }),
    );
    expect(entry.detail).toContain('TypeError: cannot read x');
    expect(entry.detail).toContain('138****5678');
    expectNothingPersonal(JSON.stringify(device.realtimeLog));
  });

  it('an unhandled rejection is reported with its reason', () => {
    launchApp().onUnhandledRejection({ reason: new Error(`boom ${PERSONAL}`), promise: Promise.resolve() });
    const entry = entryOf(device.realtimeLog[0]!);
    expect(entry.kind).toBe('unhandled-rejection');
    expect(entry.detail).toContain('Error: boom');
    expectNothingPersonal(JSON.stringify(device.realtimeLog));
  });

  it('a failed cloud call is reported as a warning naming the action and the page', async () => {
    device.offline = true;
    await renderPage('pages/appeal/list/index');
    const entries = device.realtimeLog.map(entryOf);
    expect(entries).toContainEqual(
      expect.objectContaining({ kind: 'cloud-call', page: 'pages/appeal/list/index' }),
    );
    expect(entries.find((e) => e.kind === 'cloud-call')!.detail).toMatch(/^appeal\.list: .*network error/);
    expect(device.realtimeLog.every((l) => l.level === 'warn')).toBe(true);
  });

  it('an answer from the cloud (even a refusal) is not an error', async () => {
    await renderPage('pages/appeal/detail/index', { id: 'no-such-appeal' });
    expect(device.realtimeLog).toEqual([]);
  });

  it('stops after a few reports per launch, so a broken loop cannot flood the log', () => {
    const app = launchApp();
    for (let i = 0; i < 50; i += 1) app.onError(`loop ${i}`);
    expect(device.realtimeLog.length).toBe(20);
  });
});
