/**
 * The runner: per-call identity under interleaving, the event and context a function sees, timer triggers,
 * timeouts from config.json, and the HTTP routes for the browser preview.
 */
import { testOpenid, type LocalCloud } from '../../../tools/cloud';
import { startWithFixtures } from './helpers';

let cloud: LocalCloud;
let stop: () => Promise<void>;
const A = testOpenid('alice');
const B = testOpenid('bob');

beforeAll(async () => {
  ({ cloud, stop } = await startWithFixtures(['dbops', 'slow', 'defaulttimeout'], {
    collections: { items: {} },
  }));
});
afterAll(() => stop());

test('getWXContext returns each call its own OPENID under 50 interleaved concurrent calls from 2 users', async () => {
  const calls = Array.from({ length: 50 }, (_, i) => {
    const openid = i % 2 === 0 ? A : B;
    // random delays so that calls resume in a different order than they started, across db round trips
    return cloud
      .call<{ before: string; after: string; userInfo: { openId: string } }>(
        'dbops',
        { op: 'whoami', ms: (i * 7) % 23 },
        { openid },
      )
      .then((r) => ({ openid, r }));
  });
  const results = await Promise.all(calls);
  for (const { openid, r } of results) {
    expect(r.before).toBe(openid);
    expect(r.after).toBe(openid);
    expect(r.userInfo.openId).toBe(openid);
  }
  // and the host process env is untouched
  expect(process.env.WX_OPENID).toBeUndefined();
  expect(process.env.TCB_CONTEXT_CNFG).toBeUndefined();
});

test('the wx context of a user call: OPENID, APPID, ENV, SOURCE', async () => {
  const ctx = await cloud.call<Record<string, unknown>>('dbops', { op: 'context' }, { openid: A });
  expect(ctx).toMatchObject({
    OPENID: A,
    APPID: expect.stringMatching(/^wx/),
    ENV: 'replace-me-env-id',
    SOURCE: 'wx_client',
  });
  const anonymous = await cloud.call<Record<string, unknown>>('dbops', { op: 'context' }, { openid: null });
  expect(anonymous.OPENID).toBeUndefined();
});

test('the backend sees which function and user call it', async () => {
  const seen: Array<{ fn: string | null; openid: string | null }> = [];
  const off = cloud.onRequest((r) => seen.push({ fn: r.caller.fn, openid: r.caller.openid }));
  await cloud.call('dbops', { op: 'whoami', ms: 0 }, { openid: B });
  off();
  expect(seen).toEqual([{ fn: 'dbops', openid: B }]);
});

test('invokeTimer sends the timer event shape with no OPENID', async () => {
  const r = await cloud.invokeTimer('dbops', new Date('2025-03-01T16:00:00.000Z'));
  expect(r).toEqual({
    event: { Type: 'Timer', TriggerName: 'sweep', Time: '2025-03-01T16:00:00Z', Message: '' },
    ctx: expect.not.objectContaining({ OPENID: expect.anything() }),
  });
});

test('timeout from config.json (1 s) rejects with -504003; the work still lands afterwards, as on the platform', async () => {
  const before = cloud.store.snapshot().items?.length ?? 0;
  const started = Date.now();
  await expect(cloud.call('slow', { ms: 1500 }, { openid: A })).rejects.toMatchObject({
    errCode: -504003,
    errMsg: 'Invoking task timed out after 1 seconds',
  });
  expect(Date.now() - started).toBeLessThan(1400);
  await new Promise((r) => setTimeout(r, 800));
  expect(cloud.store.snapshot().items?.length).toBe(before + 1);
});

test('without a timeout in config.json the default is 3 s', async () => {
  await expect(cloud.call('defaulttimeout', { ms: 2500 }, { openid: A })).resolves.toBe('finished');
  await expect(cloud.call('defaulttimeout', { ms: 3300 }, { openid: A })).rejects.toMatchObject({
    errCode: -504003,
  });
  await new Promise((r) => setTimeout(r, 500));
}, 10_000);

test('an unknown function rejects like the platform', async () => {
  await expect(cloud.call('nope', {}, { openid: A })).rejects.toMatchObject({ errCode: -501000 });
});

test('HTTP routes: /health, /call/:fn with x-openid, errors as errMsg', async () => {
  const health = (await (await fetch(`${cloud.url}/health`)).json()) as { ok: boolean };
  expect(health.ok).toBe(true);
  const res = await fetch(`${cloud.url}/call/dbops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': A },
    body: JSON.stringify({ op: 'context' }),
  });
  expect(await res.json()).toEqual({
    result: expect.objectContaining({ OPENID: A }),
    errMsg: 'cloud.callFunction:ok',
  });
  const bad = await fetch(`${cloud.url}/call/dbops`, {
    method: 'POST',
    body: JSON.stringify({ op: 'throws' }),
  });
  expect(await bad.json()).toEqual({
    errCode: -504002,
    errMsg: expect.stringMatching(/^cloud\.callFunction:fail .*-504002.*TypeError: fixture failure/),
  });
});
