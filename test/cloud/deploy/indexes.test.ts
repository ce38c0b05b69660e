/**
 * Every query the functions run is served by an index declared in cloudfunctions/database.json (what
 * `npm run deploy` creates): a representative run of all three functions records each filter and sort the local
 * store executes, and each must have an index whose leading fields cover its equalities, then its sort.
 */
import { testOpenid } from '../../../tools/cloud';
import type { DatabaseConfig } from '../../../tools/cloud/app-database';
import { describeQuery, isServed, type ExecutedQuery } from '../../../tools/cloud/index-coverage';
import { DATABASE_CONFIG, appealAs, data, localCloud } from '../harness';
import { allow, quiet } from '../notify/setup';
import { invite, ownersAppeal, person } from '../family/setup';
import { addCalendarDays, shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';

jest.setTimeout(120_000);

/** Distinct queries (collection, filter shape, sort) of one run of the app's journeys and timers. */
async function representativeRun(): Promise<ExecutedQuery[]> {
  quiet();
  const cloud = await localCloud();
  const seen = new Map<string, ExecutedQuery>();
  cloud.store.onQuery = (collection, filter, sort) => {
    const query = { collection, filter, sort };
    seen.set(describeQuery(query), query);
  };
  try {
    const owner = person('indexes');
    await allow(cloud, owner, 'deadlineReminder');
    await allow(cloud, owner, 'progressUpdate');
    const { as, appeal } = await ownersAppeal(cloud, owner);
    let view = data(
      await as('setSubmitted', {
        id: appeal.id,
        date: addCalendarDays(shanghaiDate(new Date()), -40),
        expectedVersion: appeal.version,
      }),
    );
    view = data(await as('changeStatus', { id: view.id, to: 'reviewing', expectedVersion: view.version }));
    const spare = await invite(as, view, '女儿');
    data(await as('revokeInvite', { id: view.id, invite: spare.invite.id }));
    const card = await invite(as, view);
    const helper = person('helper');
    const helperAs = appealAs(cloud, helper);
    data(await helperAs('join', { token: card.token }));
    data(await helperAs('list', {}));
    data(await helperAs('get', { id: view.id }));
    data(await as('list', {}));
    data(await as('credits', {}));
    data(await as('export', {}));
    await cloud.invokeTimer('remind', new Date(Date.now() + 90 * 86_400_000));
    await cloud.call('stats', { action: 'setContribution', share: false }, { openid: helper });
    await cloud.call('stats', { action: 'read', causeId: 'x', channelId: 'y' }, { openid: owner });
    await cloud.invokeTimer('stats');
    view = data(await as('get', { id: view.id }));
    data(await as('removeHelper', { id: view.id, helper: view.helpers[0]!.tag }));
    data(await as('delete', { id: view.id }));
    data(await appealAs(cloud, testOpenid('stranger'))('list', {}));
  } finally {
    cloud.store.onQuery = null;
    await cloud.close();
  }
  return [...seen.values()];
}

let queries: ExecutedQuery[] = [];
beforeAll(async () => {
  queries = await representativeRun();
});

test('the run reaches the queries that need a compound index', () => {
  const described = queries.map(describeQuery);
  expect(described.length).toBeGreaterThan(10);
  for (const collection of ['appeals', 'notifications', 'invitations', 'subscriptions', 'resolution_samples'])
    expect(described.some((d) => d.startsWith(`${collection}:`))).toBe(true);
  expect(described).toContain('appeals: equal [_openid] range [] sort [createdAt 1, _id 1]');
  expect(described.some((d) => d.startsWith('appeals: equal [] range [nextReminderAt]'))).toBe(true);
});

test('every query the functions run is served by a declared index', () => {
  const unserved = queries.filter((q) => !isServed(q, DATABASE_CONFIG)).map(describeQuery);
  expect(unserved).toEqual([]);
});

test('without a declared index, the queries it served fail the check', () => {
  for (const [collection, declared] of Object.entries(DATABASE_CONFIG.collections)) {
    for (const dropped of declared.indexes) {
      const without: DatabaseConfig = {
        collections: {
          ...DATABASE_CONFIG.collections,
          [collection]: { ...declared, indexes: declared.indexes.filter((i) => i !== dropped) },
        },
      };
      const unserved = queries.filter((q) => !isServed(q, without));
      // A unique index guards data rather than serving a listing; every other index must be needed by a query.
      if (!dropped.unique)
        expect({ dropped: dropped.name, unserved: unserved.length }).not.toEqual({
          dropped: dropped.name,
          unserved: 0,
        });
    }
  }
});
