/**
 * Family help. The owner invites (single use, expires after LIMITS.inviteDays days, revocable) and shares the
 * token; whoever opens it joins as a helper of THAT appeal only; the owner removes a helper, or a helper leaves.
 *
 * A token that is expired, used by someone else, revoked or forged is refused with the same INVITE_INVALID and
 * the same message: whoever holds a bad token learns nothing. No refusal writes anything.
 */
import { randomBytes } from 'crypto';
import type { AppealActions, AppealView, InviteCreated } from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { helperName } from '../../../miniprogram/domain/appeal/family';
import { Refusal } from '../../shared/envelope';
import type { CallContext } from './context';
import { entry, helperOf, helperSignature, load, OWNER, type Signature } from './access';
import { authorKey, countOnly, noRoom } from './room';
import { asDate, hashToken, InvitationStore, isOpen, newToken, type InvitationDoc } from './invitations';
import { cleanLine } from './text';
import { checkShared, SCENE } from './content';
import { AppealStore, type AppealDoc, type StoredHelper } from './store';
import { fullView, inviteView, reload } from './view';
import { errorTag } from '../../shared/log';

type Payload<A extends keyof AppealActions> = AppealActions[A]['payload'];

const DAY_MS = 24 * 3600 * 1000;

const OPEN_INVITES_FULL = `还有 ${LIMITS.openInvites} 个邀请没人接受，请先撤回用不上的邀请。`;

const FULL = `最多请 ${LIMITS.helpers} 位家人帮忙，可以先移除一位再邀请。`;

function ensureHelperRoom(doc: AppealDoc): void {
  if ((doc.helpers ?? []).length >= LIMITS.helpers) throw new Refusal('LIMIT_REACHED', FULL);
}

export async function invite(p: Payload<'invite'>, ctx: CallContext): Promise<InviteCreated> {
  const { doc } = await load(new AppealStore(ctx.db), p.id, ctx, 'owner');
  ensureHelperRoom(doc);
  const invitations = new InvitationStore(ctx.db);
  if ((await invitations.countOpen(doc._id, ctx.now)) >= LIMITS.openInvites) {
    throw new Refusal('LIMIT_REACHED', OPEN_INVITES_FULL);
  }
  const label = cleanLine(p.label);
  // A name shown to the helper and in the history: refused when risky (held names are not a thing).
  if (label) await checkShared(ctx, label, SCENE.name);
  const token = newToken();
  const data = {
    tokenHash: hashToken(token),
    appealId: doc._id,
    ownerOpenid: ctx.openid,
    label,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + LIMITS.inviteDays * DAY_MS),
    usedBy: null,
    usedAt: null,
    revokedAt: null,
  };
  const id = await invitations.insert(data);
  // Counted again AFTER inserting (invites racing past the check above): whoever sees too many takes its own back.
  if ((await invitations.countOpen(doc._id, ctx.now)) > LIMITS.openInvites) {
    await invitations.removeOne(id);
    throw new Refusal('LIMIT_REACHED', OPEN_INVITES_FULL);
  }
  return { token, expiresAt: data.expiresAt.toISOString(), invite: inviteView({ _id: id, ...data }) };
}

export async function revokeInvite(p: Payload<'revokeInvite'>, ctx: CallContext): Promise<AppealView> {
  const { doc } = await load(new AppealStore(ctx.db), p.id, ctx, 'owner');
  const invitations = new InvitationStore(ctx.db);
  if (!(await invitations.revoke(p.invite, doc._id, ctx.now))) {
    const inv = await invitations.find(p.invite, doc._id);
    if (!inv) throw new Refusal('NOT_FOUND', '没有找到这个邀请，它可能已经过期了。');
    if (inv.usedBy) {
      throw new Refusal(
        'INVALID_TRANSITION',
        '家人已经接受了这个邀请。不想让他继续看，可以在帮忙的家人里移除。',
      );
    }
    // Already revoked: nothing left to do.
  }
  return fullView(ctx, doc, 'owner');
}

/** Open, or already taken by this very caller (a retry after a reply was lost) and still valid. */
function usableBy(inv: InvitationDoc, ctx: CallContext): boolean {
  if (isOpen(inv, ctx.now)) return true;
  return inv.usedBy === ctx.openid && !inv.revokedAt && asDate(inv.expiresAt).getTime() > ctx.now.getTime();
}

/**
 * Put the caller among the helpers in ONE conditional write: not yet a helper, and fewer than LIMITS.helpers
 * (no element at index LIMITS.helpers - 1). False when they already were (a join racing another of theirs).
 */
async function addHelper(
  store: AppealStore,
  doc: AppealDoc,
  inv: InvitationDoc,
  ctx: CallContext,
): Promise<boolean> {
  const _ = ctx.db.command;
  // Someone who helped before keeps the name the owner knew them by, whichever card they came back with.
  const former = doc.formerHelpers?.[ctx.openid];
  const helper: StoredHelper = {
    openid: ctx.openid,
    tag: randomBytes(6).toString('hex'),
    label: former ? former.label : inv.label,
    joinedAt: ctx.now,
  };
  const by = helperSignature(helper);
  const text = !former
    ? '开始帮忙关注这条申诉'
    : former.label === inv.label
      ? '回来帮忙关注这条申诉'
      : `用给「${inv.label || '家人'}」的邀请回来帮忙`;
  // A new helper's own count starts with this line.
  const timeline = {
    timeline: store.pushEntry(entry(ctx, by, { kind: 'helper', text })),
    [`authored.h${helper.tag}`]: { n: 1 },
  };
  const written = await store.updateAnyVersion(
    doc._id,
    { helpers: _.push([helper]), ...timeline },
    { 'helpers.openid': _.neq(ctx.openid), [`helpers.${LIMITS.helpers - 1}`]: _.exists(false) },
  );
  if (written) return true;
  const now = await store.find(doc._id);
  if (!now) throw new Refusal('INVITE_INVALID');
  if (helperOf(now, ctx.openid)) return false;
  throw new Refusal('LIMIT_REACHED', FULL);
}

/**
 * The caller was removed (or left) after this invitation was made: it was not meant for them. Only an invitation
 * the owner makes after that brings them back. The card stays unused for whoever it was for.
 */
function leftAfter(doc: AppealDoc, inv: InvitationDoc, openid: string): boolean {
  const former = doc.formerHelpers?.[openid];
  return !!former && asDate(former.leftAt).getTime() >= asDate(inv.createdAt).getTime();
}

export async function join(p: Payload<'join'>, ctx: CallContext): Promise<AppealView> {
  const invitations = new InvitationStore(ctx.db);
  const inv = await invitations.findByHash(hashToken(p.token));
  if (!inv || !usableBy(inv, ctx)) throw new Refusal('INVITE_INVALID');
  const store = new AppealStore(ctx.db);
  const doc = await store.find(inv.appealId);
  if (!doc) throw new Refusal('INVITE_INVALID');
  if (doc._openid === ctx.openid) {
    throw new Refusal('FORBIDDEN', '这是你自己发出的邀请，请把它发给想请来帮忙的家人。');
  }
  // Already helping (through this card or another one): just open it; the card stays for whoever it was for.
  if (helperOf(doc, ctx.openid)) return fullView(ctx, doc, 'helper');
  if (leftAfter(doc, inv, ctx.openid)) throw new Refusal('INVITE_INVALID');
  ensureHelperRoom(doc);
  if (!inv.usedBy && !(await invitations.claim(inv._id, ctx.openid, ctx.now)))
    throw new Refusal('INVITE_INVALID');
  try {
    // False only when a join of theirs racing this one got there first; the card then stays used (fail closed).
    await addHelper(store, doc, inv, ctx);
  } catch (e) {
    if (await certainlyOut(store, doc._id, e, ctx)) await giveBack(invitations, inv, ctx);
    throw e;
  }
  return reload(store, doc._id, ctx, 'helper');
}

/**
 * Whether a failed join certainly left the caller out. A database error may be a lost reply to a write that went
 * through: giving the card back then would let a second person in with it. Unsure means no (the card stays used;
 * its holder can still retry, see usableBy).
 */
async function certainlyOut(store: AppealStore, id: string, e: unknown, ctx: CallContext): Promise<boolean> {
  if (e instanceof Refusal) return true;
  try {
    const now = await store.find(id);
    return !now || !helperOf(now, ctx.openid);
  } catch {
    return false;
  }
}

/** Undo the claim of a join that was refused after it (best effort: a failure here is logged, not shown). */
async function giveBack(invitations: InvitationStore, inv: InvitationDoc, ctx: CallContext): Promise<void> {
  try {
    await invitations.release(inv._id, ctx.openid);
  } catch (e) {
    ctx.log(`family: claim of a refused join not given back (${errorTag(e)})`);
  }
}

/**
 * Take a helper off an appeal. Their invitations are closed FIRST, so the card they came in by cannot bring
 * them back; then, in one write guarded by their still being there: out of `helpers`, remembered among the
 * former helpers (so no card made before now lets them in), their unsent messages dropped, a line in the history.
 */
async function dropHelper(
  store: AppealStore,
  doc: AppealDoc,
  helper: StoredHelper,
  ctx: CallContext,
  by: Signature,
  text: string,
): Promise<void> {
  const _ = ctx.db.command;
  await new InvitationStore(ctx.db).revokeUsedBy(doc._id, helper.openid, ctx.now);
  // The line goes to whoever removes (the owner, or the helper leaving), while they have room for it.
  const key = authorKey(doc, by.actor === 'owner' ? 'owner' : 'helper', ctx.openid);
  const timeline = noRoom(doc, key, ctx.now, false)
    ? {}
    : { timeline: store.pushEntry(entry(ctx, by, { kind: 'helper', text })), ...countOnly(_, key) };
  const written = await store.updateAnyVersion(
    doc._id,
    {
      helpers: _.pull({ openid: helper.openid }),
      pendingNotices: _.pull({ recipient: helper.openid }),
      [`formerHelpers.${helper.openid}`]: { label: helper.label ?? '', leftAt: ctx.now },
      ...timeline,
    },
    { 'helpers.openid': helper.openid },
  );
  if (!written) throw new Refusal('NOT_FOUND', '这位家人已经不在帮忙的名单里了。');
}

export async function removeHelper(p: Payload<'removeHelper'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc } = await load(store, p.id, ctx, 'owner');
  const helper = (doc.helpers ?? []).find((h) => h && h.tag === p.helper);
  if (!helper) throw new Refusal('NOT_FOUND', '这位家人已经不在帮忙的名单里了。');
  await dropHelper(store, doc, helper, ctx, OWNER, `不再请${helperName(helper.label ?? '')}帮忙`);
  return reload(store, doc._id, ctx, 'owner');
}

export async function leave(p: Payload<'leave'>, ctx: CallContext): Promise<{ left: true }> {
  const store = new AppealStore(ctx.db);
  const { doc, role, by } = await load(store, p.id, ctx, 'read');
  const helper = helperOf(doc, ctx.openid);
  if (role !== 'helper' || !helper) {
    throw new Refusal('FORBIDDEN', '你是申诉人本人，不能退出；不再需要时可以删除这条申诉。');
  }
  await dropHelper(store, doc, helper, ctx, by, '不再帮忙关注这条申诉');
  return { left: true };
}
