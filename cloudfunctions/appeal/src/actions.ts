/**
 * The `appeal` actions. Each one: find the appeal, check the caller's role, check the move, write once.
 */
import { createHash } from 'node:crypto';
import { isDuplicateKey } from '../../shared/sdk';
import type {
  AppealActions,
  Role,
  AppealPage,
  AppealView,
  ReminderCredits,
} from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { canMove, STATUS_LABEL, ESCALATION_LABEL } from '../../../miniprogram/domain/appeal/status';
import { isIsoDate, addCalendarDays } from '../../../miniprogram/domain/appeal/deadline';
import { Refusal } from '../../shared/envelope';
import { cleanNote } from './text';
import { checkShared, SCENE } from './content';
import { AppealStore, type AppealDoc, type NewAppeal } from './store';
import { checklistItemName, checklistOf, documentsToKeep, validateDiagnosis } from './catalog';
import { escalationChannel, scheduleFor, todayIn, NOTHING_AWAITED } from '../../shared/schedule';
import { fullView, reload, summaryOf } from './view';
import type { CallContext } from './context';
import { OWNER, entry, load, roleOf, stillHas } from './access';
import { authorKey, counted, ensureRoom, FIRST_ENTRY, noRoom, roomRanOut } from './room';
import { InvitationStore } from './invitations';
import { applyChoices, readCredits } from '../../shared/notify/ledger';
import { removeNotificationsOf } from '../../shared/notify/records';
import { deliverInline, progressNoticeFields } from './notify';
import { recordResolution } from './resolution';

type Payload<A extends keyof AppealActions> = AppealActions[A]['payload'];

/** After a status change: send its notices now (best effort), then answer with the fresh view. */
async function notifyAndReload(
  store: AppealStore,
  id: string,
  ctx: CallContext,
  notified: boolean,
): Promise<AppealView> {
  if (notified) await deliverInline(ctx, await store.find(id));
  return reload(store, id, ctx, 'owner');
}

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

/** Refuse a status change that is stale, outside the model, or missing its escalation target. */
function checkStatusMove(doc: AppealDoc, p: Payload<'changeStatus'>): void {
  if (doc.version !== p.expectedVersion) throw new Refusal('CONFLICT');
  if (!canMove(doc.status, p.to)) {
    throw new Refusal(
      'INVALID_TRANSITION',
      `现在是「${STATUS_LABEL[doc.status]}」，不能直接改成「${STATUS_LABEL[p.to]}」。`,
    );
  }
  if (p.to === 'escalated' && !p.escalatedTo) {
    throw new Refusal('INVALID_INPUT', '请选择升级到哪里投诉（12315、12363、12378 或法院）。');
  }
  if (p.to !== 'escalated' && p.escalatedTo) throw new Refusal('INVALID_INPUT');
}

function statusText(p: Payload<'changeStatus'>): string {
  const target = p.escalatedTo ? `：${ESCALATION_LABEL[p.escalatedTo]}` : '';
  const note = cleanNote(p.note);
  return `进度改为「${STATUS_LABEL[p.to]}」${target}${note ? `。${note}` : ''}`;
}

export async function changeStatus(p: Payload<'changeStatus'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc } = await load(store, p.id, ctx, 'owner');
  checkStatusMove(doc, p);
  ensureRoom(doc, 'owner', ctx.now);
  const room = counted(ctx.db.command, 'owner', ctx.now);
  const today = todayIn(ctx.now);
  const submittedOn = doc.submittedOn ?? (p.to === 'submitted' ? today : null);
  const channelId = p.escalatedTo ? escalationChannel(p.escalatedTo) : doc.channelId;
  // The clock restarts when a reviewer picks it up again or a new body takes the complaint.
  const since = p.to === 'escalated' || p.to === 'reviewing' ? today : (submittedOn ?? today);
  const notices = await progressNoticeFields(ctx, doc, p.to);
  const written = await store.updateAt(
    doc._id,
    doc.version,
    {
      ...notices,
      ...room.count,
      status: p.to,
      submittedOn,
      escalatedTo: p.escalatedTo ?? doc.escalatedTo,
      ...scheduleFor(p.to, since, channelId),
      timeline: store.pushEntry(
        entry(ctx, OWNER, { kind: 'status', from: doc.status, to: p.to, text: statusText(p) }),
      ),
    },
    room.guard,
  );
  if (!written) throw await notWritten(store, doc._id, 'owner', ctx);
  await recordResolution(ctx, doc, p.to);
  return notifyAndReload(store, doc._id, ctx, 'pendingNotices' in notices);
}

/** Why an owner's version-guarded write did not land: their history is full now, or someone wrote first. */
async function notWritten(store: AppealStore, id: string, key: string, ctx: CallContext): Promise<Refusal> {
  return roomRanOut(await store.find(id), key, ctx.now) ?? new Refusal('CONFLICT');
}

export async function setSubmitted(p: Payload<'setSubmitted'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc } = await load(store, p.id, ctx, 'owner');
  const today = todayIn(ctx.now);
  if (!isIsoDate(p.date) || p.date > today || p.date < addCalendarDays(today, -3 * 366)) {
    throw new Refusal('INVALID_INPUT', '提交日期要是今天或以前的真实日期（三年以内）。');
  }
  if (doc.version !== p.expectedVersion) throw new Refusal('CONFLICT');
  const to = doc.status === 'preparing' ? 'submitted' : doc.status;
  if (to !== 'submitted' && doc.status !== 'reviewing') {
    throw new Refusal('INVALID_TRANSITION', `现在是「${STATUS_LABEL[doc.status]}」，不能再改提交日期。`);
  }
  ensureRoom(doc, 'owner', ctx.now);
  const room = counted(ctx.db.command, 'owner', ctx.now);
  const schedule = scheduleFor(to, p.date, doc.channelId);
  // Only a change of status is news; correcting the date of an appeal already under review is not.
  const notices = to !== doc.status ? await progressNoticeFields(ctx, doc, to) : {};
  const written = await store.updateAt(
    doc._id,
    doc.version,
    {
      ...notices,
      ...room.count,
      status: to,
      submittedOn: p.date,
      ...schedule,
      timeline: store.pushEntry(
        entry(ctx, OWNER, { kind: 'submitted', from: doc.status, to, text: `记录提交日期：${p.date}` }),
      ),
    },
    room.guard,
  );
  if (!written) throw await notWritten(store, doc._id, 'owner', ctx);
  return notifyAndReload(store, doc._id, ctx, 'pendingNotices' in notices);
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
