/**
 * The real wx-server-sdk, inside an unmodified bundled function, against the local engine: CRUD, command
 * operators, paging, aggregate, serverDate, missing collections.
 */
import type { LocalCloud } from '../../../tools/cloud';
import { startWithFixtures } from './helpers';

let cloud: LocalCloud;
let stop: () => Promise<void>;
const alice = { openid: 'oAliceAAAAAAAAAAAAAAAAAAAAAA' };

const ITEMS = Array.from({ length: 10 }, (_, i) => ({
  name: `item-${i}`,
  n: i,
  tag: ['a', 'b', 'c'][i % 3],
  ...(i % 2 === 0 ? { meta: { owner: i < 5 ? 'bob' : 'carol' } } : {}),
}));

beforeAll(async () => {
  ({ cloud, stop } = await startWithFixtures(['dbops'], { collections: { items: {}, counters: {} } }));
});
afterAll(() => stop());

let ids: string[];
beforeEach(async () => {
  cloud.store.restore({ items: [], counters: [] });
  ids = await cloud.call<string[]>('dbops', { op: 'seed', docs: ITEMS }, alice);
});

test('add returns generated ids; get reads back with serverDate resolved to a Date', async () => {
  expect(ids).toHaveLength(10);
  expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
  const doc = await cloud.call<Record<string, unknown>>('dbops', { op: 'get', id: ids[3] }, alice);
  expect(doc).toMatchObject({ _id: ids[3], name: 'item-3', n: 3, tag: 'a' });
  // JSON to the caller: the Date arrives as an ISO string
  expect(typeof doc.createdAt).toBe('string');
  expect(Date.parse(doc.createdAt as string)).toBeLessThanOrEqual(Date.now());
  const stored = cloud.store.snapshot().items?.find((d) => d._id === ids[3]);
  expect(stored?.createdAt).toBeInstanceOf(Date);
  // server add() does not set _openid
  expect(stored).not.toHaveProperty('_openid');
});

test('where with command operators, regexp, orderBy, skip, limit, field, count', async () => {
  const r = await cloud.call<Record<string, unknown>>('dbops', { op: 'queries' }, alice);
  expect(r).toEqual({
    gt: ['item-7', 'item-8', 'item-9'],
    inCount: 7,
    neqCount: 6,
    or: ['item-0', 'item-1', 'item-9'],
    and: ['item-3', 'item-4'],
    range: ['item-4', 'item-3'],
    regexp: ['item-1'],
    jsRegexp: ['item-2', 'item-3'],
    page: [
      { _id: ids[7], n: 7 },
      { _id: ids[6], n: 6 },
      { _id: ids[5], n: 5 },
    ],
    dotPath: ['item-0', 'item-2', 'item-4'],
    multiSort: ['item-9', 'item-6', 'item-3', 'item-0'],
    exists: 5,
    defaultLimit: 10,
  });
});

test('update operators, doc().update/set/remove, multi update and remove', async () => {
  const r = await cloud.call<Record<string, Record<string, unknown>>>(
    'dbops',
    { op: 'updates', id: ids[1] },
    alice,
  );
  expect(r.r1).toMatchObject({ stats: { updated: 1 } });
  expect(r.afterUpdate).toMatchObject({ n: 6, list: ['x', 'y'], meta: { owner: 'zed' }, extra: { a: 1 } });
  expect(r.afterUpdate).not.toHaveProperty('tag');
  expect(r.afterSecond).toMatchObject({ list: ['y'], extra: { a: 1, b: 2 }, seen: ['p'] });
  // $addToSet of an existing element changes nothing: updated 0 (MongoDB nModified)
  expect(r.r3).toMatchObject({ stats: { updated: 0 } });
  expect(r.setRes).toMatchObject({ _id: ids[1], stats: { updated: 1, created: 0 } });
  expect(r.afterSet).toEqual({ _id: ids[1], replaced: true });
  expect(r.created).toMatchObject({ _id: 'brand-new', stats: { updated: 0, created: 1 } });
  expect(r.removed).toMatchObject({ stats: { removed: 1 } });
  expect(r.missing).toMatchObject({ errMsg: expect.stringContaining('does not exist') });
  // tag 'b' was on items 1, 4, 7; item 1 lost its tag above
  expect(r.multi).toMatchObject({ stats: { updated: 2 } });
  expect(r.removedMany).toMatchObject({ stats: { removed: 2 } });
  expect(cloud.store.snapshot().items).toHaveLength(8);
});

test('aggregate: match, group with $sum, sort', async () => {
  const list = await cloud.call('dbops', { op: 'aggregate' }, alice);
  expect(list).toEqual([
    { _id: 'a', count: 3, total: 18 },
    { _id: 'b', count: 3, total: 12 },
    { _id: 'c', count: 3, total: 15 },
  ]);
});

test('serverDate resolves on the server, with offset, and compares as a date', async () => {
  const r = await cloud.call<Record<string, unknown>>('dbops', { op: 'serverDate' }, alice);
  expect(r.isDate).toBe(true);
  expect(Math.abs(r.skewMs as number)).toBeLessThan(2000);
  expect(r.offsetMs).toBe(60_000);
  expect(r.recent).toBe(10); // the seeded items, compared as dates
});

test('a missing collection fails with -502005; createCollection (addCollection) makes it usable', async () => {
  const r = await cloud.call<Record<string, { errCode: number; errMsg: string }>>(
    'dbops',
    { op: 'missingCollection' },
    alice,
  );
  for (const k of ['get', 'add', 'count']) {
    expect(r[k]?.errCode).toBe(-502005);
    expect(r[k]?.errMsg).toMatch(/not exist/);
  }
  const c = await cloud.call<Record<string, Record<string, unknown>>>(
    'dbops',
    { op: 'createCollection', coll: 'fresh' },
    alice,
  );
  expect(c.created).toMatchObject({ errMsg: 'createCollection:ok' });
  expect(c.again).toHaveProperty('errCode');
  expect(c.add).toHaveProperty('_id');
  expect(cloud.store.hasCollection('fresh')).toBe(true);
});

test('a function error rejects the call with -504002 and the cause', async () => {
  await expect(cloud.call('dbops', { op: 'throws' }, alice)).rejects.toMatchObject({
    errCode: -504002,
    errMsg: expect.stringContaining('TypeError: fixture failure'),
  });
});
