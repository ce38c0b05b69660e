/**
 * The owner's moves of an appeal: a status change (with the words typed with it) and the submission date. Each
 * one: check the move, write it once against the version the owner saw, send its notices, show the fresh appeal.
 */
import type { AppealActions, AppealView } from '../../../miniprogram/domain/appeal/contract';
import { canMove, STATUS_LABEL, ESCALATION_LABEL } from '../../../miniprogram/domain/appeal/status';
import { isIsoDate, addCalendarDays } from '../../../miniprogram/domain/appeal/deadline';
import { Refusal } from '../../shared/envelope';
import { escalationChannel, scheduleFor, todayIn } from '../../shared/schedule';
import { cleanNote } from './text';
import { checkShared, SCENE } from './content';
import { AppealStore, type AppealDoc, type StoredEntry } from './store';
import { reload } from './view';
import type { CallContext } from './context';
import { OWNER, entry, load } from './access';
import { counted, ensureRoom, roomRanOut } from './room';
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

/**
 * The history line of a status change. The words typed with it are kept apart (`note`) and pass the same content
 * check as a shared note: risky words refuse the whole change (CONTENT_RISKY, nothing written); words WeChat
 * reviews, or that could not be checked, are kept for the owner only while the change itself is shown to all.
 */
async function statusEntry(
  ctx: CallContext,
  doc: AppealDoc,
  p: Payload<'changeStatus'>,
): Promise<StoredEntry> {
  const target = p.escalatedTo ? `：${ESCALATION_LABEL[p.escalatedTo]}` : '';
  const text = `进度改为「${STATUS_LABEL[p.to]}」${target}`;
  const line = entry(ctx, OWNER, { kind: 'status', from: doc.status, to: p.to, text });
  const note = cleanNote(p.note);
  if (!note) return line;
  const held = await checkShared(ctx, note, SCENE.note);
  return { ...line, note, ...(held ? { held, heldBy: ctx.openid } : {}) };
}

export async function changeStatus(p: Payload<'changeStatus'>, ctx: CallContext): Promise<AppealView> {
  const store = new AppealStore(ctx.db);
  const { doc } = await load(store, p.id, ctx, 'owner');
  checkStatusMove(doc, p);
  ensureRoom(doc, 'owner', ctx.now);
  const line = await statusEntry(ctx, doc, p);
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
      timeline: store.pushEntry(line),
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
