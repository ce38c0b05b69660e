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
import { workingDaysBetween, shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';
import { isWaiting } from '../../../miniprogram/domain/appeal/status';
import { mainlandCalendar } from '../../shared/workdays';
import type { AppealDoc, StoredHelper } from './store';
import type { InvitationDoc } from './invitations';
import { checklistItemIds, escalationHint } from './catalog';

function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function deadlineOf(doc: AppealDoc, now: Date): DeadlineView {
  if (!isWaiting(doc.status)) return { kind: 'none' };
  if (doc.replyBeyondYear !== null) return { kind: 'beyond-calendar', year: doc.replyBeyondYear };
  if (doc.expectedReplyOn === null) return { kind: 'none' };
  const left = workingDaysBetween(shanghaiDate(now), doc.expectedReplyOn, mainlandCalendar);
  if (left.kind === 'beyond-calendar') return left;
  return { kind: 'date', date: doc.expectedReplyOn, workingDaysLeft: left.days, overdue: left.days < 0 };
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
  return checklistItemIds(doc.causeIds).map((id) => {
    const tick = doc.checklist[id];
    return tick ? { id, done: tick.done, by: tick.by, at: tick.at } : { id, done: false };
  });
}

export function helperView(h: StoredHelper): HelperView {
  return { tag: h.tag ?? '', label: h.label ?? '', joinedAt: h.joinedAt ? iso(h.joinedAt) : '' };
}

export function inviteView(inv: InvitationDoc): InviteView {
  return { id: inv._id, label: inv.label, createdAt: iso(inv.createdAt), expiresAt: iso(inv.expiresAt) };
}

export interface Viewer {
  readonly role: Role;
  readonly openid: string;
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

export function viewOf(doc: AppealDoc, viewer: Viewer, now: Date, extras: ViewExtras): AppealView {
  const role = viewer.role;
  const summary = summaryOf(doc, role, now);
  const deadline = summary.deadline;
  return {
    ...summary,
    note: role === 'owner' ? doc.note : '',
    checklist: ticksOf(doc),
    timeline: doc.timeline
      .filter((entry) => role === 'owner' || !entry.private)
      .map(({ requestId: _request, ...entry }) => entry),
    submittedOn: doc.submittedOn,
    escalatedTo: doc.escalatedTo,
    nextFollowUpOn: doc.nextReminderAt ? shanghaiDate(new Date(doc.nextReminderAt)) : null,
    escalationHint: deadline.kind === 'date' && deadline.overdue ? escalationHint(doc.channelId) : null,
    createdAt: iso(doc.createdAt),
    notifications: extras.notifications,
    helpers: helpersFor(doc, viewer),
    invites: role === 'owner' ? extras.invites.map(inviteView) : [],
  };
}
