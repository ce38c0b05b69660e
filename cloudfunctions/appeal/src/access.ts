/**
 * Who the caller is to an appeal (owner, helper, or nobody), and how what they did is signed in its history.
 * Identity is ctx.openid, which index.ts takes from getWXContext().OPENID and nothing else.
 */
import type { Actor, Role, TimelineEntry } from '../../../miniprogram/domain/appeal/contract';
import { helperName } from '../../../miniprogram/domain/appeal/family';
import { Refusal } from '../../shared/envelope';
import type { CallContext } from './context';
import type { AppealDoc, AppealStore, StoredHelper } from './store';

/** Who did something, as the history shows it: 本人 / 家人（儿子） / 系统. */
export interface Signature {
  readonly actor: Actor;
  readonly label: string;
}

export const OWNER: Signature = { actor: 'owner', label: '本人' };

export function helperOf(doc: AppealDoc, openid: string): StoredHelper | null {
  return (doc.helpers ?? []).find((h) => h && h.openid === openid) ?? null;
}

export function roleOf(doc: AppealDoc, openid: string): Role | null {
  if (doc._openid === openid) return 'owner';
  return helperOf(doc, openid) ? 'helper' : null;
}

export function helperSignature(helper: Pick<StoredHelper, 'label'> | null): Signature {
  return { actor: 'helper', label: helperName(helper?.label ?? '') };
}

/** Who reads an appeal: their role on it and who they are (what a view and the history are cut for). */
export interface Viewer {
  readonly role: Role;
  readonly openid: string;
}

export interface Access {
  readonly doc: AppealDoc;
  readonly role: Role;
  readonly by: Signature;
}

/** Load an appeal the caller may see; strangers learn nothing, not even that it exists. */
export async function load(
  store: AppealStore,
  id: string,
  ctx: Pick<CallContext, 'openid'>,
  need: 'read' | 'owner',
): Promise<Access> {
  const doc = await store.find(id);
  const role = doc ? roleOf(doc, ctx.openid) : null;
  if (!doc || !role) throw new Refusal('NOT_FOUND');
  if (need === 'owner' && role !== 'owner') throw new Refusal('FORBIDDEN', '只有申诉人本人可以做这个操作。');
  return { doc, role, by: role === 'owner' ? OWNER : helperSignature(helperOf(doc, ctx.openid)) };
}

/** A condition for the write itself: the caller still has the role it was loaded with (removal is immediate). */
export function stillHas(role: Role, openid: string): Record<string, unknown> {
  return role === 'owner' ? { _openid: openid } : { 'helpers.openid': openid };
}

export function entry(
  ctx: Pick<CallContext, 'now'>,
  by: Signature,
  fields: Omit<TimelineEntry, 'at' | 'actor' | 'actorLabel'>,
): TimelineEntry {
  return { at: ctx.now.toISOString(), actor: by.actor, actorLabel: by.label, ...fields };
}
