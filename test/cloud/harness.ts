/**
 * Cloud tests run the deployable function bundles on the local cloud (real SDK, real mingo engine).
 */
import { startLocalCloud, testOpenid, type LocalCloud, type LocalCloudOptions } from '../../tools/cloud';
import { APP_COLLECTIONS, DATABASE_CONFIG } from '../../tools/cloud/app-database';
import type { AppealAction, AppealActions, Envelope } from '../../miniprogram/domain/appeal/contract';

export const ALICE = testOpenid('alice');
export const BOB = testOpenid('bob');

/** The collections as created in the console (cloudfunctions/database.json). */
export const COLLECTIONS = APP_COLLECTIONS;
export { DATABASE_CONFIG };

export async function localCloud(opts: Omit<LocalCloudOptions, 'collections'> = {}): Promise<LocalCloud> {
  return startLocalCloud({ port: 0, dataFile: null, ...opts, collections: COLLECTIONS });
}

/**
 * A local cloud for the test file (or the describe block): `start` runs in beforeAll, its `stop` in afterAll.
 * Returns the cloud, usable from the tests on, once beforeAll has run.
 */
export function useStartedCloud(
  start: () => Promise<{ readonly cloud: LocalCloud; stop(): Promise<void> }>,
): LocalCloud {
  let started: { readonly cloud: LocalCloud; stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as LocalCloud, {
    get(_target, key) {
      if (!started) throw new Error('the local cloud is started in beforeAll');
      const cloud = started.cloud;
      const value: unknown = cloud[key as keyof LocalCloud];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(cloud) : value;
    },
  });
}

/** One local cloud for the test file: started in beforeAll, closed in afterAll. */
export function useLocalCloud(opts: Omit<LocalCloudOptions, 'collections'> = {}): LocalCloud {
  return useStartedCloud(async () => {
    const cloud = await localCloud(opts);
    return { cloud, stop: () => cloud.close() };
  });
}

/** useLocalCloud for a file whose functions' log lines would drown the test output: console.log is silenced. */
export function useQuietLocalCloud(): LocalCloud {
  let log: jest.SpyInstance | undefined;
  beforeAll(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => log?.mockRestore());
  return useLocalCloud();
}

/** A diagnosis the catalog accepts: a card restricted for unusual activity, appealed at WeChat Pay. */
export const CARD_DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity'],
  channelId: 'wechat-pay-card-appeal',
};

/** Call the `appeal` function as `openid`, typed by action. */
export function appealAs(cloud: LocalCloud, openid: string) {
  return <A extends AppealAction>(
    action: A,
    payload: AppealActions[A]['payload'],
  ): Promise<Envelope<AppealActions[A]['reply']>> =>
    cloud.call<Envelope<AppealActions[A]['reply']>>('appeal', { action, ...payload }, { openid });
}

/** Unwrap a successful envelope or fail the test with the error. */
export function data<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${env.error.code}: ${env.error.message}`);
  return env.data;
}
