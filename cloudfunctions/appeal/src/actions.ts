/**
 * The `appeal` actions on an appeal as a whole: create, list, read, tick its checklist, delete; and the caller's
 * reminder credits. Status moves are in status.ts, notes in notes.ts, the history's pages in history.ts, family
 * helpers in family.ts. Each one: find the appeal, check the caller's role, check the move, write once.
 */
import { createHash } from 'node:crypto';
import { isDuplicateKey } from '../../shared/sdk';
import type {
  AppealActions,
  AppealPage,
  AppealView,
  ReminderCredits,
} from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';
import { cleanNote } from './text';
import { AppealStore, type NewAppeal } from './store';
import { checklistItemName, checklistOf, documentsToKeep, validateDiagnosis } from './catalog';
import { NOTHING_AWAITED } from '../../shared/schedule';
import { fullView, reload, summaryOf } from './view';
import type { CallContext } from './context';
import { OWNER, entry, load, roleOf, stillHas } from './access';
import { authorKey, counted, FIRST_ENTRY, noRoom } from './room';
import { InvitationStore } from './invitations';
import { applyChoices, readCredits } from '../../shared/notify/ledger';
import { removeNotificationsOf } from '../../shared/notify/records';

type Payload<A extends keyof AppealActions> = AppealActions[A]['payload'];

const TOO_MANY = `最多同时跟踪 ${LIMITS.appealsPerUser} 条申诉，请先删除已结束的。`;

/** The id of the appeal one person's request creates: the same request (a retry) names the same appeal. */
function appealIdFor(openid: string, requestId: string): string {
  return createHash('sha256').update(`${openid}\n${requestId}`).digest('hex').slice(0, 32);
}

/** The appeal an earlier run of this very request created, if any (only ever the caller's own). */
async function createdBefore(store: AppealStore, id: string | undefined, ctx: CallContext) {
  if (!id) return null;
  const doc = await store.find(id);
  return doc && doc._openid === ctx.openid ? fullView(ctx, doc, 'owner') : null;
}

export async function create(p: Payload<'create'>, ctx: CallContext): Promise<AppealView> {
  validateDiagnosis(p.symptomId, p.causeIds, p.channelId);
  const documents = documentsToKeep(p.causeIds, p.documents);
  const store = new AppealStore(ctx.db);
  const requested = p.requestId ? appealIdFor(ctx.openid, p.requestId) : undefined;
  const again = await createdBefore(store, requested, ctx);
  if (again) return again;
  if ((await store.countOwnedBy(ctx.openid)) >= LIMITS.appealsPerUser)
    throw new Refusal('LIMIT_REACHED', TOO_MANY);
  return insertOnce(store, requested, ctx, {
    _openid: ctx.openid,
    symptomId: p.symptomId,
    causeIds: p.causeIds,
    channelId: p.channelId,
    documents,
    note: cleanNote(p.note),
    status: 'preparing',
    version: 0,
    checklist: {},
    timeline: [entry(ctx, OWNER, { kind: 'created', text: '开始跟踪这条申诉', to: 'preparing' })],
    authored: FIRST_ENTRY,
    ...NOTHING_AWAITED,
    pendingNotices: [],
    noticeDueAt: null,
    submittedOn: null,
    escalatedTo: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
}

/** Insert under the request's id and show it; when the same request got there first, its appeal instead. */
async function insertOnce(
  store: AppealStore,
  id: string | undefined,
  ctx: CallContext,
  doc: NewAppeal,
): Promise<AppealView> {
  let inserted: string;
  try {
    inserted = await store.insert(doc, id);
  } catch (e) {
    const again = isDuplicateKey(e) ? await createdBefore(store, id, ctx) : null;
    if (again) return again;
    throw e;
  }
  // Counted AFTER inserting: of creates racing past the check above, whichever sees too many takes its own
  // appeal back, so the last one in always sees every kept one and the limit is never overshot.
  if ((await store.countOwnedBy(ctx.openid)) > LIMITS.appealsPerUser) {
    await store.remove(inserted, ctx.openid);
    throw new Refusal('LIMIT_REACHED', TOO_MANY);
  }
  return reload(store, inserted, ctx, 'owner');
}

export async function list(p: Payload<'list'>, ctx: CallContext): Promise<AppealPage> {
  const store = new AppealStore(ctx.db);
  const cursor = p.cursor ?? 0;
  const limit = p.limit ?? LIMITS.pageSize;
  // Appeals I own and appeals a family member asked me to help with.
  const docs = await store.pageVisibleTo(ctx.openid, cursor, limit + 1);
  return {
    items: docs.slice(0, limit).map((doc) => summaryOf(doc, roleOf(doc, ctx.openid) ?? 'helper', ctx.now)),
    nextCursor: docs.length > limit ? cursor + limit : null,
  };
}

export async function get(p: Payload<'get'>, ctx: CallContext): Promise<AppealView> {
  const { doc, role } = await load(new AppealStore(ctx.db), p.id, ctx, 'read');
  return fullView(ctx, doc, role);
}

export async function tickChecklist(p: Payload<'tickChecklist'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc, role, by } = await load(store, p.id, ctx, 'read');
  if (!checklistOf(doc).some((d) => d.id === p.itemId)) {
    throw new Refusal('INVALID_INPUT', '清单里没有这一项，请刷新后再试。');
  }
  const tick = { [`checklist.${p.itemId}`]: { done: p.done, by: role, at: ctx.now.toISOString() } };
  const key = authorKey(doc, role, ctx.openid);
  const line = entry(ctx, by, {
    kind: 'checklist',
    text: `${p.done ? '备好了' : '取消勾选'}：${checklistItemName(p.itemId)}`,
  });
  // A tick always lands; its line in the history only while its author has room there.
  const room = noRoom(doc, key, ctx.now, false) ? null : counted(ctx.db.command, key, ctx.now, false);
  const write = (withLine: boolean) =>
    store.updateAnyVersion(
      doc._id,
      withLine && room ? { ...tick, ...room.count, timeline: store.pushEntry(line) } : tick,
      { ...stillHas(role, ctx.openid), ...(withLine && room ? room.guard : {}) },
    );
  if (!(await write(true)) && !(room && (await write(false)))) throw new Refusal('NOT_FOUND');
  return reload(store, doc._id, ctx, role);
}

export async function remove(p: Payload<'delete'>, ctx: CallContext): Promise<{ deleted: true }> {
  const store = new AppealStore(ctx.db);
  const { doc } = await load(store, p.id, ctx, 'owner');
  // What hangs off the appeal first, the appeal last: if anything fails on the way, the appeal is still there and
  // deleting it again finishes the job. (The other order left them behind for good once the appeal was gone.)
  // A deployment without one of these collections (-502005) has nothing there to remove.
  const unlessMissing = (e: unknown) => {
    if ((e as { errCode?: unknown } | null)?.errCode !== -502005) throw e;
  };
  await removeNotificationsOf(ctx.db, doc._id).catch(unlessMissing);
  await new InvitationStore(ctx.db).removeAllOf(doc._id).catch(unlessMissing);
  if (!(await store.remove(doc._id, ctx.openid))) throw new Refusal('NOT_FOUND');
  return { deleted: true };
}

/** Record what the caller answered in wx.requestSubscribeMessage; reply with their reminders left. */
export async function subscribe(p: Payload<'subscribe'>, ctx: CallContext): Promise<ReminderCredits> {
  await applyChoices(ctx.db, ctx.openid, p.results, ctx.now);
  return readCredits(ctx.db, ctx.openid);
}

export async function credits(_p: Payload<'credits'>, ctx: CallContext): Promise<ReminderCredits> {
  return readCredits(ctx.db, ctx.openid);
}
