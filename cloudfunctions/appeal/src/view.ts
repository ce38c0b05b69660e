/**
 * What a caller gets to see of an appeal. Helpers see progress, deadlines, the checklist and shared notes;
 * never the owner's private notes or the note written at creation, nor the other helpers or the invitations.
 * No openid ever leaves through a view: helpers appear as a handle and the name the owner gave them.
 */
import type {
  AppealSummary,
  AppealView,
  ChecklistTick,
  DeadlineView,
  HelperView,
  InviteView,
  NotificationEntry,
  Role,
} from '../../../miniprogram/domain/appeal/contract';
import { workingDaysBetween, shanghaiDate, yearOf } from '../../../miniprogram/domain/appeal/deadline';
import { isWaiting } from '../../../miniprogram/domain/appeal/status';
import { mainlandCalendar } from '../../shared/workdays';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';
import { errorTag } from '../../shared/log';
import { notificationsOf } from '../../shared/notify/records';
import { replyRuleOf, waitingOn } from '../../shared/schedule';
import type { CallContext } from './context';
import type { AppealDoc, AppealStore, StoredHelper } from './store';
import { InvitationStore, type InvitationDoc } from './invitations';
import { checklistOf, escalationHint } from './catalog';
import { newestPage, placedFor } from './history';
import type { Viewer } from './access';

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** A date in a year whose holidays are not announced yet is an estimate. */
const isEstimate = (isoDate: string): boolean => !mainlandCalendar.coversYear(yearOf(isoDate));

/**
 * Only an official rule gives a reply date that can be overdue; a commonly reported time is shown as its
 * range (以官方为准), and the follow-up reminder checks in instead.
 */
export function deadlineOf(doc: AppealDoc, now: Date): DeadlineView {
  const rule = replyRuleOf(waitingOn(doc));
  const date = doc.expectedReplyOn;
  if (!isWaiting(doc.status) || !date || !rule) return { kind: 'none' };
  const left = workingDaysBetween(shanghaiDate(now), date, mainlandCalendar);
  const approximate = isEstimate(date) || left.approximateFrom !== null;
  if (!rule.official) return { kind: 'reported', range: rule.days, date, approximate };
  return { kind: 'date', date, workingDaysLeft: left.days, overdue: left.days < 0, approximate };
}

export function summaryOf(doc: AppealDoc, role: Role, now: Date): AppealSummary {
  return {
    id: doc._id,
    role,
    symptomId: doc.symptomId,
    causeIds: doc.causeIds,
    channelId: doc.channelId,
    status: doc.status,
    version: doc.version,
    deadline: deadlineOf(doc, now),
    updatedAt: iso(doc.updatedAt),
  };
}

function ticksOf(doc: AppealDoc): ChecklistTick[] {
  return checklistOf(doc).map(({ id, required }) => {
    const tick = doc.checklist[id];
    return tick ? { id, required, done: tick.done, by: tick.by, at: tick.at } : { id, required, done: false };
  });
}

export function helperView(h: StoredHelper): HelperView {
  return { tag: h.tag ?? '', label: h.label ?? '', joinedAt: h.joinedAt ? iso(h.joinedAt) : '' };
}

export function inviteView(inv: InvitationDoc): InviteView {
  return { id: inv._id, label: inv.label, createdAt: iso(inv.createdAt), expiresAt: iso(inv.expiresAt) };
}

export interface ViewExtras {
  readonly notifications: readonly NotificationEntry[];
  /** The appeal's open invitations (read for the owner only). */
  readonly invites: readonly InvitationDoc[];
}

function helpersFor(doc: AppealDoc, viewer: Viewer): HelperView[] {
  const helpers = (doc.helpers ?? []).filter(
    (h) => h && (viewer.role === 'owner' || h.openid === viewer.openid),
  );
  return helpers.map(helperView);
}

/**
 * What `viewer` sees of `doc`: the history is its newest LIMITS.timelineShown entries they may read (see
 * history.ts), unless `wholeTimeline` (the export pages it itself).
 */
export function viewOf(
  doc: AppealDoc,
  viewer: Viewer,
  now: Date,
  extras: ViewExtras,
  wholeTimeline = false,
): AppealView {
  const role = viewer.role;
  const summary = summaryOf(doc, role, now);
  const deadline = summary.deadline;
  const { entries, ...earlier } = newestPage(placedFor(doc, viewer), wholeTimeline);
  const followUp = doc.nextReminderAt ? shanghaiDate(new Date(doc.nextReminderAt)) : null;
  return {
    ...summary,
    note: role === 'owner' ? doc.note : '',
    checklist: ticksOf(doc),
    timeline: entries,
    ...(earlier.earlierEntries ? earlier : {}),
    submittedOn: doc.submittedOn,
    escalatedTo: doc.escalatedTo,
    nextFollowUpOn: followUp,
    nextFollowUpApproximate: followUp !== null && isEstimate(followUp),
    escalationHint: deadline.kind === 'date' && deadline.overdue ? escalationHint(waitingOn(doc)) : null,
    createdAt: iso(doc.createdAt),
    notifications: extras.notifications,
    helpers: helpersFor(doc, viewer),
    invites: role === 'owner' ? extras.invites.map(inviteView) : [],
  };
}

/** The appeal's messages; the page still opens (with none listed) if they cannot be read. */
async function notificationsFor(ctx: CallContext, doc: AppealDoc, role: Role): Promise<NotificationEntry[]> {
  try {
    return await notificationsOf(ctx.db, doc._id, { openid: ctx.openid, role }, LIMITS.notificationsShown);
  } catch (e) {
    ctx.log(`notify: notifications unreadable (${errorTag(e)})`);
    return [];
  }
}

/** The owner's open invitations; the page still opens (with none listed) if they cannot be read. */
async function invitesFor(ctx: CallContext, doc: AppealDoc, role: Role): Promise<InvitationDoc[]> {
  if (role !== 'owner') return [];
  try {
    return await new InvitationStore(ctx.db).openOf(doc._id, ctx.now, LIMITS.openInvites);
  } catch (e) {
    ctx.log(`family: invitations unreadable (${errorTag(e)})`);
    return [];
  }
}

/**
 * The caller's view of `doc`, with its messages and (for the owner) its open invitations. The history is cut to
 * its newest LIMITS.timelineShown entries unless `wholeTimeline` (the export pages it itself).
 */
export async function fullView(
  ctx: CallContext,
  doc: AppealDoc,
  role: Role,
  wholeTimeline = false,
): Promise<AppealView> {
  const [notifications, invites] = await Promise.all([
    notificationsFor(ctx, doc, role),
    invitesFor(ctx, doc, role),
  ]);
  return viewOf(doc, { role, openid: ctx.openid }, ctx.now, { notifications, invites }, wholeTimeline);
}

/** Read the appeal again after a write and show it. */
export async function reload(
  store: AppealStore,
  id: string,
  ctx: CallContext,
  role: Role,
): Promise<AppealView> {
  const doc = await store.find(id);
  if (!doc) throw new Refusal('NOT_FOUND');
  return fullView(ctx, doc, role);
}
