/**
 * Family set-up for page tests, through the app's own services on the real local cloud: an owner's appeal, an
 * invitation, and a second WeChat user who joins it. The phone (`device.openid`) is the owner's afterwards.
 */
import { addNote, startTracking } from '../../miniprogram/services/appeal';
import { inviteFamily, joinAppeal } from '../../miniprogram/pages/appeal/services/family';
import { device } from './device';

export const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity'],
  channelId: 'wechat-pay-card-appeal',
};

export const PRIVATE_NOTE = '只给自己看的备注-午未申';

/** Another WeChat user: 'o' + 27 characters. */
export function anotherUser(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'o';
  for (let i = 0; i < 27; i += 1) id += chars[Math.floor(Math.random() * chars.length)];
  return id;
}

function ok<T>(reply: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

/** The owner's appeal (with a private note), created as the phone's user. */
export async function ownersAppeal(): Promise<string> {
  const id = ok(await startTracking(DIAGNOSIS)).id;
  ok(await addNote(id, PRIVATE_NOTE, true));
  return id;
}

/** A fresh invitation of the phone's user for their appeal. */
export async function invitation(id: string, label = '儿子'): Promise<string> {
  return ok(await inviteFamily(id, label)).token;
}

/** `who` accepts `token`; the phone is back in the owner's hands afterwards. */
export async function joinAs(who: string, token: string): Promise<void> {
  const owner = device.openid;
  device.openid = who;
  try {
    ok(await joinAppeal(token));
  } finally {
    device.openid = owner;
  }
}

/** An owner's appeal with one helper who joined as `label`. */
export async function appealWithHelper(
  label = '儿子',
): Promise<{ id: string; owner: string; helper: string }> {
  const id = await ownersAppeal();
  const helper = anotherUser();
  await joinAs(helper, await invitation(id, label));
  return { id, owner: device.openid, helper };
}
