/**
 * Cloud tests run the deployable function bundles on the local cloud (real SDK, real mingo engine).
 */
import { startLocalCloud, testOpenid, type LocalCloud } from '../../tools/cloud';
import type { AppealAction, AppealActions, Envelope } from '../../miniprogram/domain/appeal/contract';

export const ALICE = testOpenid('alice');
export const BOB = testOpenid('bob');

/** The collections as created in the console, with the indexes listed in the README. */
export const COLLECTIONS = {
  appeals: { indexes: [{ fields: ['_openid'] }] },
};

export async function localCloud(): Promise<LocalCloud> {
  return startLocalCloud({ port: 0, dataFile: null, collections: COLLECTIONS });
}

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
