/**
 * Transactions through the real SDK (runTransaction with its conflict retries), unique indexes, fault injection,
 * and the store's own transaction semantics (snapshot reads, locks, rollback).
 */
import { Store, testOpenid, type LocalCloud } from '../../../tools/cloud';
import { startWithFixtures } from './helpers';

let cloud: LocalCloud;
let stop: () => Promise<void>;
const A = { openid: testOpenid('alice') };

beforeAll(async () => {
  ({ cloud, stop } = await startWithFixtures(['dbops', 'slow'], {
    collections: { items: {}, counters: {}, users: { indexes: [{ fields: ['email'], unique: true }] } },
  }));
});
afterAll(() => stop());
beforeEach(() => {
  cloud.store.restore({ items: [], counters: [{ _id: 'c1', n: 0 }], users: [] });
  cloud.faults.clear();
});

test('20 concurrent read-modify-write transactions: every commit counted, no lost update', async () => {
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      cloud.call<{ ok: boolean; errCode?: number }>('dbops', { op: 'txIncrement', ms: 5 }, A),
    ),
  );
  const committed = results.filter((r) => r.ok).length;
  const counter = cloud.store.snapshot().counters?.find((d) => d._id === 'c1');
  expect(counter?.n).toBe(committed);
  expect(committed).toBeGreaterThan(0);
  // conflicts happened and were retried (3 times by the SDK) before some gave up
  expect(results.some((r) => !r.ok)).toBe(true);
  expect(cloud.store.openTransactions()).toBe(0);
});

test('serial transactions all commit', async () => {
  for (let i = 0; i < 5; i++) await cloud.call('dbops', { op: 'txIncrement', ms: 0 }, A);
  expect(cloud.store.snapshot().counters?.[0]?.n).toBe(5);
});

test('rollback and a throw inside runTransaction leave the store unchanged', async () => {
  const before = cloud.store.snapshot();
  const r = await cloud.call<{ res: unknown; after: unknown[] }>('dbops', { op: 'txRollback' }, A);
  expect(r.res).toMatchObject({ errMsg: 'changed my mind' });
  expect(cloud.store.snapshot()).toEqual(before);
  const t = await cloud.call<{ res: { errMsg: string }; after: { n: number } }>(
    'dbops',
    { op: 'txThrow' },
    A,
  );
  expect(t.res.errMsg).toMatch(/boom inside transaction/);
  expect(t.after.n).toBe(0);
  expect(cloud.store.snapshot()).toEqual(before);
  expect(cloud.store.openTransactions()).toBe(0);
});

test('a unique index rejects a duplicate key with -502001 (E11000) and keeps the first', async () => {
  const ok = await cloud.call<{ _id: string }>(
    'dbops',
    { op: 'addOne', coll: 'users', data: { email: 'a@x.cn' } },
    A,
  );
  expect(ok._id).toBeTruthy();
  const dup = await cloud.call<{ errCode: number; errMsg: string }>(
    'dbops',
    { op: 'addOne', coll: 'users', data: { email: 'a@x.cn' } },
    A,
  );
  expect(dup.errCode).toBe(-502001);
  expect(dup.errMsg).toMatch(/E11000 duplicate key.*email/);
  const dupId = await cloud.call<{ errCode: number }>(
    'dbops',
    { op: 'addOne', coll: 'users', data: { _id: ok._id, email: 'b@x.cn' } },
    A,
  );
  expect(dupId.errCode).toBe(-502001);
  expect(cloud.store.snapshot().users).toHaveLength(1);
});

test('fault injection: an error in the middle of a function (second write fails, first stays)', async () => {
  let writes = 0;
  cloud.faults.failNext((r) => r.action === 'database.insertDocument' && ++writes === 2, {
    error: 'DATABASE_REQUEST_FAILED',
  });
  await expect(cloud.call('dbops', { op: 'addTwo' }, A)).rejects.toMatchObject({
    errCode: -504002,
    errMsg: expect.stringContaining('-502001'),
  });
  expect(cloud.store.snapshot().items?.map((d) => d.step)).toEqual([1]);
  expect(cloud.faults.fired()).toHaveLength(1);
  expect(cloud.faults.pending()).toBe(0);
});

test('fault injection: applied but reply lost (after: true)', async () => {
  cloud.faults.failNext('database.insertDocument', { error: 'SYS_ERR', after: true });
  const r = await cloud.call<{ errCode: number }>('dbops', { op: 'addOne', data: { x: 1 } }, A);
  expect(r.errCode).toBe(-501001);
  expect(cloud.store.snapshot().items).toHaveLength(1);
});

test('fault injection: a hung backend makes the function time out (1 s); the write lands later', async () => {
  cloud.faults.failNext('database.insertDocument', { delayMs: 1500 });
  await expect(cloud.call('slow', { ms: 0 }, A)).rejects.toMatchObject({ errCode: -504003 });
  expect(cloud.store.snapshot().items).toHaveLength(0);
  await new Promise((r) => setTimeout(r, 800));
  expect(cloud.store.snapshot().items).toHaveLength(1);
});

describe('Store transactions directly', () => {
  const mk = () => {
    const s = new Store();
    s.addCollection('c');
    s.insert('c', [{ _id: 'd', n: 1 }]);
    return s;
  };

  test('snapshot isolation: a transaction keeps reading the value from its start', () => {
    const s = mk();
    const tx = s.startTransaction();
    expect(s.txGet(tx, 'c', 'd')).toEqual({ _id: 'd', n: 1 });
    s.update('c', { _id: 'd' }, { $inc: { n: 1 } }, { multi: false, merge: true, upsert: false });
    expect(s.txGet(tx, 'c', 'd')).toEqual({ _id: 'd', n: 1 });
    // and its write now conflicts (the document changed after its snapshot)
    expect(() =>
      s.update('c', { _id: 'd' }, { $set: { n: 9 } }, { multi: false, merge: true, upsert: false }, tx),
    ).toThrow(expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' }));
    expect(s.openTransactions()).toBe(0);
    expect(s.find('c', {})[0]?.n).toBe(2);
  });

  test('locks: a second transaction writing a locked document conflicts; commit of the first applies', () => {
    const s = mk();
    const t1 = s.startTransaction();
    const t2 = s.startTransaction();
    s.update('c', { _id: 'd' }, { $inc: { n: 10 } }, { multi: false, merge: true, upsert: false }, t1);
    expect(() => s.remove('c', { _id: 'd' }, false, t2)).toThrow(
      expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' }),
    );
    expect(s.find('c', {})[0]?.n).toBe(1); // not visible before commit
    s.commitTransaction(t1);
    expect(s.find('c', {})[0]?.n).toBe(11);
  });

  test('a write outside the transaction to a locked document fails the transaction at commit', () => {
    const s = mk();
    const t = s.startTransaction();
    s.update('c', { _id: 'd' }, { $inc: { n: 10 } }, { multi: false, merge: true, upsert: false }, t);
    s.update('c', { _id: 'd' }, { $inc: { n: 100 } }, { multi: false, merge: true, upsert: false });
    expect(() => s.commitTransaction(t)).toThrow(
      expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' }),
    );
    expect(s.find('c', {})[0]?.n).toBe(101);
  });

  test('a unique violation at commit rolls the whole transaction back', () => {
    const s = mk();
    s.declareIndex('c', { fields: ['k'], unique: true });
    s.insert('c', [{ _id: 'e', k: 'taken' }]);
    const t = s.startTransaction();
    s.update('c', { _id: 'd' }, { $set: { n: 5 } }, { multi: false, merge: true, upsert: false }, t);
    s.insert('c', [{ _id: 'f', k: 'taken' }], t);
    const before = s.snapshot();
    expect(() => s.commitTransaction(t)).toThrow(/E11000/);
    expect(s.snapshot()).toEqual(before);
  });
});
