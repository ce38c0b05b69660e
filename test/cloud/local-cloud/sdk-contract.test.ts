/**
 * CONTRACT TEST: the local cloud speaks an internal, undocumented protocol of the pinned SDK. If this test fails,
 * the installed wx-server-sdk (or its @cloudbase packages) changed: re-read their source (see tools/cloud/README.md),
 * adapt tools/cloud/endpoint.ts and openapi.ts, then update the expected data below. Do not just update the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testOpenid, type LocalCloud, type ObservedRequest } from '../../../tools/cloud';
import { decodeOpenApiRequest } from '../../../tools/cloud/openapi';
import { requireFromSdk } from '../../../tools/cloud/sdk-deps';
import { REPO, startWithFixtures } from './helpers';

const version = (pkg: string) =>
  (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;

test('pinned SDK versions', () => {
  expect(version('wx-server-sdk')).toBe('4.0.2');
  expect(version('@cloudbase/node-sdk')).toBe('3.17.2');
  expect(version('@cloudbase/database')).toBe('1.4.3');
  expect(version('wx-server-sdk/node_modules/protobufjs').split('.')[0]).toBe('7');
  // tools/cloud/ejson.ts speaks Extended JSON with the bson copy of @cloudbase/database.
  const bson = requireFromSdk<{ version: string }>(
    'bson/package.json',
    '@cloudbase/node-sdk',
    '@cloudbase/database',
  );
  expect(bson.version.split('.')[0]).toBe('4');
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  expect(pkg.devDependencies['wx-server-sdk']).toBe('4.0.2');
});

/** Fields every request carries (auth/env plumbing). */
const COMMON_FIELDS = [
  'action',
  'crossAuthorizationToken',
  'envName',
  'tcb_sessionToken',
  'wxCloudApiToken',
  'wxCloudbaseAccesstoken',
];

/** Per SDK operation: the backend requests, as `action(fields other than COMMON_FIELDS)`. */
const EXPECTED: Record<string, string[]> = {
  add: ['database.insertDocument(collectionName,data)'],
  get: ['database.getDocument(collectionName,limit,offset,order,projection,query,queryType)'],
  getDefault: ['database.getDocument(collectionName,limit,queryType)'],
  count: ['database.calculateDocument(collectionName,query,queryType)'],
  whereUpdate: ['database.modifyDocument(collectionName,data,merge,multi,query,queryType,upsert)'],
  whereRemove: ['database.removeDocument(collectionName,multi,query,queryType)'],
  docGet: ['database.getDocument(collectionName,multi,query,queryType)'],
  docUpdate: ['database.modifyDocument(collectionName,data,merge,multi,query,queryType,upsert)'],
  docSet: ['database.modifyDocument(collectionName,data,merge,multi,query,queryType,upsert)'],
  docRemove: ['database.removeDocument(collectionName,multi,query,queryType)'],
  aggregate: ['database.aggregateDocuments(collectionName,stages)'],
  createCollection: ['database.addCollection(collectionName)'],
  transaction: [
    'database.startTransaction()',
    'database.getDocument(collectionName,multi,query,queryType,transactionId)',
    'database.modifyDocument(collectionName,data,merge,multi,query,queryType,transactionId,upsert)',
    'database.modifyDocument(collectionName,data,merge,multi,query,queryType,transactionId,upsert)',
    'database.insertDocument(collectionName,data,transactionId)',
    'database.removeDocument(collectionName,multi,query,queryType,transactionId)',
    'database.commitTransaction(transactionId)',
  ],
  rollback: ['database.startTransaction()', 'database.abortTransaction(transactionId)'],
  subscribe: ['wx.openApi(apiName,requestData)'],
};

describe('requests the pinned SDK emits', () => {
  let cloud: LocalCloud;
  let stop: () => Promise<void>;
  const seen: Record<string, ObservedRequest[]> = {};
  const results: Record<string, unknown> = {};
  const openid = testOpenid('contract');

  beforeAll(async () => {
    ({ cloud, stop } = await startWithFixtures(['contract'], { collections: { items: {} } }));
    let current = '';
    cloud.onRequest((r) => (seen[current] ??= []).push(r));
    for (const op of Object.keys(EXPECTED)) {
      current = op;
      results[op] = await cloud.call('contract', { op }, { openid });
    }
  });
  afterAll(() => stop());

  test('actions and field names per operation', () => {
    const actual = Object.fromEntries(
      Object.entries(seen).map(([op, reqs]) => [
        op,
        reqs.map((r) => `${r.action}(${r.fields.filter((f) => !COMMON_FIELDS.includes(f)).join(',')})`),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
    for (const r of Object.values(seen).flat())
      expect(r.fields).toEqual(expect.arrayContaining(COMMON_FIELDS));
  });

  test('the SDK sends to the per-call URL from TCB_CONTEXT_CNFG, with env and seqId appended', () => {
    for (const r of Object.values(seen).flat()) {
      expect(r.url).toMatch(new RegExp(`^/admin/contract/${openid}/[^/?]+\\?env=[^&]*&seqId=`));
      expect(r.caller).toMatchObject({ fn: 'contract', openid });
    }
  });

  test('payload encodings: Extended JSON strings, serverDate marker, DOC/WHERE query types, stages', () => {
    const one = (op: string, i = 0) => (seen[op]?.[i]?.params ?? {}) as Record<string, unknown>;
    const add = one('add');
    expect(Array.isArray(add.data)).toBe(true);
    expect(JSON.parse((add.data as string[])[0] as string)).toEqual({
      _id: 'k1',
      n: { $numberInt: '1' },
      at: { $tcb_server_date: { offset: { $numberInt: '0' } } },
    });
    const get = one('get');
    expect(get).toMatchObject({ queryType: 'WHERE', offset: 1, limit: 5 });
    expect(JSON.parse(get.query as string)).toEqual({ n: { $gt: { $numberInt: '0' } } });
    expect(JSON.parse(get.order as string)).toEqual({ n: { $numberInt: '-1' } });
    expect(JSON.parse(get.projection as string)).toEqual({ n: { $numberInt: '1' } });
    expect(one('getDefault')).toMatchObject({ limit: 100 });
    expect(one('docGet')).toMatchObject({ queryType: 'DOC', multi: false, query: '{"_id":"k1"}' });
    expect(one('whereUpdate')).toMatchObject({ queryType: 'WHERE', multi: true, merge: true, upsert: false });
    expect(JSON.parse(one('whereUpdate').data as string)).toEqual({ $inc: { n: { $numberInt: '1' } } });
    expect(JSON.parse(one('docUpdate').data as string)).toEqual({ $push: { tags: { $each: ['x'] } } });
    expect(one('docSet')).toMatchObject({ queryType: 'DOC', multi: false, merge: false, upsert: true });
    expect(one('whereRemove')).toMatchObject({ queryType: 'WHERE', multi: true });
    expect(one('aggregate').stages).toEqual([
      { stageKey: '$match', stageValue: '{"n":{"$gt":{"$numberInt":"0"}}}' },
      { stageKey: '$group', stageValue: '{"_id":null,"s":{"$sum":"$n"}}' },
    ]);
    expect(typeof one('transaction', 1).transactionId).toBe('string');
  });

  test('subscribeMessage.send: multipart + protobuf CommApiData with snake_case JSON pairs', () => {
    const r = seen.subscribe?.[0];
    expect(r?.params.apiName).toBe('subscribeMessage.send');
    const decoded = decodeOpenApiRequest(r?.files.requestData ?? Buffer.alloc(0));
    expect(decoded.apiType).toBe(0); // OPEN_API
    expect(decoded.params).toEqual({
      touser: openid,
      template_id: 'TPL_PROGRESS_UPDATE_replace_me_in_console',
      page: 'pages/home/index',
      data: { thing1: { value: 'x' } },
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    });
    // and the SDK turned our protobuf reply (WeChat errcode 47003, the template has 4 keywords) into errCode
    expect(results.subscribe).toEqual({ errCode: 47003 });
  });

  test('the SDK understood our replies', () => {
    expect(results.add).toMatchObject({ _id: 'k1', errMsg: 'collection.add:ok' });
    expect(results.count).toMatchObject({ total: 1 });
    expect(results.docSet).toMatchObject({ _id: 'k2', stats: { updated: 0, created: 1 } });
    expect(results.docRemove).toMatchObject({ stats: { removed: 1 } });
    expect(results.aggregate).toMatchObject({ list: [{ _id: null, s: 2 }] });
    expect(results.createCollection).toMatchObject({ errMsg: 'createCollection:ok' });
    expect(results.rollback).toBe('rolled back');
    expect(cloud.store.snapshot().items).toEqual([
      { _id: 'k1', n: 3, at: expect.any(Date), tags: ['x'] },
      { _id: 'k3', n: 3 },
    ]);
  });
});
