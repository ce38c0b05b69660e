/**
 * Shared set-up of the family tests: people, an owner's appeal with a private note, invitations and a helper.
 */
import type { AppealView, Envelope, InviteCreated } from '../../../miniprogram/domain/appeal/contract';
import { testOpenid, type LocalCloud } from '../../../tools/cloud';
import { appealAs, data, CARD_DIAGNOSIS } from '../harness';

/** Words the owner keeps to themselves: a helper must never read them. */
export const CREATION_NOTE = '创建时写的私事-子丑寅';
export const PRIVATE_NOTE = '只有我能看的备注-卯辰巳';

let n = 0;
/** A new WeChat user. */
export const person = (name = 'family'): string => testOpenid(`${name}-${process.pid}-${n++}`);

export type Caller = ReturnType<typeof appealAs>;

/** An owner's appeal with a creation note, a private note and a shared note. */
export async function ownersAppeal(cloud: LocalCloud, owner = person('owner')) {
  const as = appealAs(cloud, owner);
  const created = data(await as('create', { ...CARD_DIAGNOSIS, note: CREATION_NOTE }));
  data(await as('addNote', { id: created.id, text: PRIVATE_NOTE, private: true }));
  const appeal = data(await as('addNote', { id: created.id, text: '大家都能看的备注', private: false }));
  return { owner, as, appeal };
}

export async function invite(as: Caller, appeal: AppealView, label = '儿子'): Promise<InviteCreated> {
  return data(await as('invite', { id: appeal.id, label }));
}

/** An owner's appeal with one helper (joined as 儿子). */
export async function withHelper(cloud: LocalCloud) {
  const owner = await ownersAppeal(cloud);
  const card = await invite(owner.as, owner.appeal);
  const helper = person('helper');
  const helperAs = appealAs(cloud, helper);
  const joined = data(await helperAs('join', { token: card.token }));
  const view = data(await owner.as('get', { id: owner.appeal.id }));
  return { ...owner, appeal: view, card, helper, helperAs, joined, tag: view.helpers[0]!.tag };
}

/** The refusal `code` and that nothing at all was written. */
export async function refusedWithoutTrace(
  cloud: LocalCloud,
  call: () => Promise<Envelope<unknown>>,
  code: string | ReturnType<typeof expect.stringMatching>,
): Promise<Envelope<unknown>> {
  const before = cloud.store.snapshot();
  const reply = await call();
  expect(reply).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  expect(cloud.store.snapshot()).toEqual(before);
  return reply;
}

/** Set an invitation's expiry in the past (as 7 days passing would). */
export function expire(cloud: LocalCloud, inviteId: string): void {
  cloud.store.update(
    'invitations',
    { _id: inviteId },
    { $set: { expiresAt: new Date(Date.now() - 1000) } },
    { multi: false, merge: true, upsert: false },
  );
}
