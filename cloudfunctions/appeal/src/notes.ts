/**
 * Notes under an appeal: written by the owner (shared or private) or a helper (always shared). A shared note goes
 * through WeChat's content check first (content.ts); one held back stays with its author, who can have it checked
 * again (再次检查), at most once a minute: once it passes, everyone on the appeal reads it.
 */
import type {
  AppealActions,
  AppealView,
  RecheckedView,
  Role,
} from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';
import { cleanNote } from './text';
import { checkShared, HELD_NOTICE, SCENE, type Held } from './content';
import { AppealStore, type AppealDoc } from './store';
import { fullView, reload } from './view';
import type { CallContext } from './context';
import { entry, load, roleOf, stillHas } from './access';
import { authorKey, counted, ensureRoom, roomRanOut } from './room';

type Payload<A extends keyof AppealActions> = AppealActions[A]['payload'];

export async function addNote(p: Payload<'addNote'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc, role, by } = await load(store, p.id, ctx, 'read');
  if (p.private && role !== 'owner') throw new Refusal('FORBIDDEN', '只有申诉人本人可以写私密备注。');
  const text = cleanNote(p.text);
  if (!text) throw new Refusal('INVALID_INPUT', '备注不能是空的。');
  const wrote = (d: AppealDoc) => !!p.requestId && d.timeline.some((e) => e.requestId === p.requestId);
  if (wrote(doc)) return fullView(ctx, doc, role);
  const key = authorKey(doc, role, ctx.openid);
  ensureRoom(doc, key, ctx.now);
  const room = counted(ctx.db.command, key, ctx.now);
  const shared = p.private !== true;
  const held = shared ? await checkShared(ctx, text, SCENE.note) : null;
  const note = {
    ...entry(ctx, by, { kind: 'note', text, private: !shared }),
    ...(held ? { held, heldBy: ctx.openid } : {}),
  };
  const once = p.requestId ? { 'timeline.requestId': ctx.db.command.neq(p.requestId) } : {};
  const written = await store.updateAnyVersion(
    doc._id,
    { ...room.count, timeline: store.pushEntry(p.requestId ? { ...note, requestId: p.requestId } : note) },
    { ...stillHas(role, ctx.openid), ...once, ...room.guard },
  );
  if (written) return reload(store, doc._id, ctx, role);
  return noteNotWritten(store, doc._id, ctx, role, key, wrote);
}

/**
 * A note that did not land: this very request wrote it already (its view), the caller's room in the history ran
 * out meanwhile (LIMIT_REACHED), or they lost their role (NOT_FOUND).
 */
async function noteNotWritten(
  store: AppealStore,
  id: string,
  ctx: CallContext,
  role: Role,
  key: string,
  wrote: (doc: AppealDoc) => boolean,
): Promise<AppealView> {
  const now = await store.find(id);
  const still = now && roleOf(now, ctx.openid) === role ? now : null;
  if (still && wrote(still)) return fullView(ctx, still, role);
  throw roomRanOut(still, key, ctx.now) ?? new Refusal('NOT_FOUND');
}

const CHECKED_JUST_NOW = '刚刚检查过，请过一分钟再试。';
const STILL_RISKY = '这条备注没有通过微信的内容检查，家人看不到它，只有你自己能看到。';

/** The content check's verdict on held words, said for a held note (risky: refused, the note stays private). */
async function verdictOn(ctx: CallContext, text: string): Promise<Held | null> {
  try {
    return await checkShared(ctx, text, SCENE.note);
  } catch (e) {
    throw e instanceof Refusal && e.code === 'CONTENT_RISKY' ? new Refusal('CONTENT_RISKY', STILL_RISKY) : e;
  }
}

/**
 * Check a held note (or the held words of a status change) again, for its author. The check is claimed first
 * (`checkedAt`, in one conditional write), so neither retries nor a burst of taps can run it more than once a
 * minute. Passed: shared with everyone. Still held: kept for the author, with the new reason.
 */
export async function recheckNote(p: Payload<'recheckNote'>, ctx: CallContext): Promise<RecheckedView> {
  const store = new AppealStore(ctx.db);
  const { doc, role } = await load(store, p.id, ctx, 'read');
  const held = doc.timeline[p.ref];
  if (held && !held.held && held.heldBy === ctx.openid) return shared(await fullView(ctx, doc, role));
  if (!held?.held || held.heldBy !== ctx.openid)
    throw new Refusal('NOT_FOUND', '没有找到这条备注，请刷新后再看。');
  const _ = ctx.db.command;
  const at = `timeline.${p.ref}`;
  const mine = { ...stillHas(role, ctx.openid), [`${at}.heldBy`]: ctx.openid };
  const recently = new Date(ctx.now.getTime() - LIMITS.recheckSeconds * 1000);
  const claimed = await store.updateAnyVersion(
    doc._id,
    { [`${at}.checkedAt`]: ctx.now },
    { ...mine, [`${at}.held`]: _.exists(true), [`${at}.checkedAt`]: _.not(_.gt(recently)) },
  );
  if (!claimed) return recheckNotClaimed(store, doc._id, ctx, role, p.ref);
  const verdict = await verdictOn(ctx, held.note ?? held.text);
  if (verdict !== held.held) {
    const cleared = { [`${at}.held`]: _.remove() };
    await store.updateAnyVersion(doc._id, verdict ? { [`${at}.held`]: verdict } : cleared, mine);
  }
  const view = await reload(store, doc._id, ctx, role);
  return { ...view, stillHeld: verdict ? HELD_NOTICE[verdict] : null };
}

const shared = (view: AppealView): RecheckedView => ({ ...view, stillHeld: null });

/** A re-check that could not be claimed: the note was cleared meanwhile (its view), or it was checked just now. */
async function recheckNotClaimed(
  store: AppealStore,
  id: string,
  ctx: CallContext,
  role: Role,
  ref: number,
): Promise<RecheckedView> {
  const now = await store.find(id);
  if (!now || roleOf(now, ctx.openid) !== role) throw new Refusal('NOT_FOUND');
  if (now.timeline[ref]?.held) throw new Refusal('LIMIT_REACHED', CHECKED_JUST_NOW);
  return shared(await fullView(ctx, now, role));
}
