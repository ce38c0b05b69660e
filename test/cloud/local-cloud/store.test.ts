/**
 * The store on its own and its persistence: file round trip (through the real SDK), debounced writes,
 * Extended JSON, index-assisted queries agreeing with full scans, snapshot/restore.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Store, testOpenid } from '../../../tools/cloud';
import { parseEjson, stringifyEjson } from '../../../tools/cloud/ejson';
import { REPO, startWithFixtures } from './helpers';

const A = { openid: testOpenid('alice') };
let dir: string;
beforeAll(() => {
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(REPO, '.tmp', 'local-cloud-data-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('persistence round trip to a file: documents, dates, indexes and the subscription ledger survive a restart', async () => {
  const file = join(dir, 'db.json');
  const first = await startWithFixtures(['dbops'], {
    dataFile: file,
    collections: { items: {}, users: { indexes: [{ fields: ['email'], unique: true }] } },
  });
  const ids = await first.cloud.call<string[]>(
    'dbops',
    { op: 'seed', docs: [{ name: 'kept', n: 1, nested: { deep: [1, 2] } }] },
    A,
  );
  await first.cloud.call('dbops', { op: 'addOne', coll: 'users', data: { email: 'a@x.cn' } }, A);
  first.cloud.grantSubscription(A.openid, 'TPL', 'accept');
  const before = first.cloud.store.snapshot();
  await first.stop(); // close() flushes
  expect(existsSync(file)).toBe(true);

  const second = await startWithFixtures(['dbops'], { dataFile: file });
  try {
    expect(second.cloud.store.snapshot()).toEqual(before);
    expect(second.cloud.store.snapshot().items?.[0]?.createdAt).toBeInstanceOf(Date);
    const doc = await second.cloud.call<Record<string, unknown>>('dbops', { op: 'get', id: ids[0] }, A);
    expect(doc).toMatchObject({ name: 'kept', n: 1, nested: { deep: [1, 2] } });
    const dup = await second.cloud.call<{ errCode: number }>(
      'dbops',
      { op: 'addOne', coll: 'users', data: { email: 'a@x.cn' } },
      A,
    );
    expect(dup.errCode).toBe(-502001);
    expect(second.cloud.credits(A.openid, 'TPL')).toBe(1);
  } finally {
    await second.stop();
  }
});

test('writes are persisted debounced, and flush() writes at once', async () => {
  const file = join(dir, 'debounced.json');
  const s = new Store({ file, debounceMs: 50 });
  s.addCollection('c');
  s.insert('c', [{ _id: 'x', at: new Date(5) }]);
  expect(existsSync(file)).toBe(false);
  await new Promise((r) => setTimeout(r, 120));
  expect(JSON.parse(readFileSync(file, 'utf8')).collections.c.docs).toEqual([
    { _id: 'x', at: { $date: '1970-01-01T00:00:00.005Z' } },
  ]);
  s.insert('c', [{ _id: 'y' }]);
  s.flush();
  expect(JSON.parse(readFileSync(file, 'utf8')).collections.c.docs).toHaveLength(2);
  s.close();
});

test('Extended JSON: canonical numbers, dates, regex and serverDate in; relaxed out', () => {
  const now = () => 1_000;
  const v = parseEjson(
    '{"i":{"$numberInt":"1"},"d":{"$numberDouble":"1.5"},"l":{"$numberLong":"9007199254740991"},' +
      '"t":{"$date":{"$numberLong":"0"}},"r":{"$regularExpression":{"pattern":"^a","options":"i"}},' +
      '"s":{"$tcb_server_date":{"offset":{"$numberInt":"500"}}},"inf":{"$numberDouble":"Infinity"},' +
      '"o":{"$oid":"5f1b2c3d4e5f6a7b8c9d0e1f"},"in":[{"at":{"$tcb_server_date":{"offset":0}}}]}',
    now,
  ) as Record<string, unknown>;
  expect(v).toEqual({
    i: 1,
    d: 1.5,
    l: 9007199254740991,
    t: new Date(0),
    r: /^a/i,
    s: new Date(1_500),
    inf: Infinity,
    o: '5f1b2c3d4e5f6a7b8c9d0e1f',
    in: [{ at: new Date(1_000) }],
  });
  expect(JSON.parse(stringifyEjson(v))).toEqual({
    i: 1,
    d: 1.5,
    l: 9007199254740991,
    t: { $date: '1970-01-01T00:00:00Z' },
    r: { $regularExpression: { pattern: '^a', options: 'i' } },
    s: { $date: '1970-01-01T00:00:01.500Z' },
    inf: { $numberDouble: 'Infinity' },
    o: '5f1b2c3d4e5f6a7b8c9d0e1f',
    in: [{ at: { $date: '1970-01-01T00:00:01Z' } }],
  });
  expect(() => parseEjson('{"r":{"$regularExpression":{"pattern":"a","options":"x"}}}')).toThrow(
    /option "x"/,
  );
});

test('an equality index gives the same answers as a full scan', () => {
  const plain = new Store();
  const indexed = new Store();
  for (const s of [plain, indexed]) s.addCollection('c');
  indexed.declareIndex('c', { fields: ['owner'] });
  indexed.declareIndex('c', { fields: ['meta.kind'] });
  const docs = Array.from({ length: 300 }, (_, i) => ({
    _id: `d${i}`,
    owner: i % 7 === 0 ? null : i % 5 === 0 ? ['u1', 'u2'] : `u${i % 4}`,
    ...(i % 11 === 0 ? {} : { meta: i % 13 === 0 ? [{ kind: 'k1' }] : { kind: `k${i % 3}` } }),
    n: i,
  }));
  for (const s of [plain, indexed]) s.insert('c', docs);
  indexed.update(
    'c',
    { owner: 'u1' },
    { $set: { owner: 'u9' } },
    { multi: true, merge: true, upsert: false },
  );
  plain.update('c', { owner: 'u1' }, { $set: { owner: 'u9' } }, { multi: true, merge: true, upsert: false });
  const queries = [
    { owner: 'u2' },
    { owner: 'u9' },
    { owner: null },
    { owner: { $in: ['u0', 'u3'] } },
    { owner: { $eq: 'u1' } },
    { owner: ['u1', 'u2'] },
    { 'meta.kind': 'k1' },
    { 'meta.kind': null },
    { $and: [{ owner: 'u0' }, { n: { $gt: 100 } }] },
    { owner: 'u0', n: { $lt: 50 } },
    // An $or whose every branch is indexed is answered from the indexes (union); otherwise by a scan.
    { $or: [{ owner: 'u0' }, { 'meta.kind': 'k1' }] },
    { $or: [{ owner: 'u3' }, { _id: 'd5' }, { owner: null }] },
    { $or: [{ owner: 'u0' }, { n: { $gt: 290 } }] },
  ];
  for (const q of queries) {
    const opts = { sort: { n: 1 as const }, limit: 1000 };
    expect([q, indexed.find('c', q, opts).map((d) => d._id)]).toEqual([
      q,
      plain.find('c', q, opts).map((d) => d._id),
    ]);
    expect(indexed.count('c', q)).toBe(plain.count('c', q));
  }
  indexed.remove('c', { owner: 'u2' }, true);
  plain.remove('c', { owner: 'u2' }, true);
  expect(indexed.find('c', { owner: 'u2' })).toEqual([]);
  expect(indexed.snapshot()).toEqual(plain.snapshot());
});

test('snapshot() is a deep copy; restore() replaces the data', () => {
  const s = new Store();
  s.addCollection('c');
  s.insert('c', [{ _id: 'a', list: [1], at: new Date(1) }]);
  const snap = s.snapshot();
  (snap.c?.[0]?.list as number[]).push(2);
  expect(s.find('c', {})[0]?.list).toEqual([1]);
  s.update('c', { _id: 'a' }, { $push: { list: 3 } }, { multi: false, merge: true, upsert: false });
  s.restore({ c: [{ _id: 'a', list: [1], at: new Date(1) }] });
  expect(s.find('c', {})).toEqual([{ _id: 'a', list: [1], at: new Date(1) }]);
  expect(() => s.find('missing', {})).toThrow(
    expect.objectContaining({ code: 'DATABASE_COLLECTION_NOT_EXIST' }),
  );
});
