/**
 * What a caller gets to see of an appeal. Helpers see progress, deadlines, the checklist and shared notes;
 * never the owner's private notes or the note written at creation.
 */
import type {
  AppealSummary,
  AppealView,
  ChecklistTick,
  DeadlineView,
  NotificationEntry,
  Role,
} from '../../../miniprogram/domain/appeal/contract';
import { workingDaysBetween, shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';
import { isWaiting } from '../../../miniprogram/domain/appeal/status';
import { mainlandCalendar } from '../../shared/workdays';
import type { AppealDoc } from './store';
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

export function viewOf(
  doc: AppealDoc,
  role: Role,
  now: Date,
  notifications: readonly NotificationEntry[],
): AppealView {
  const summary = summaryOf(doc, role, now);
  const deadline = summary.deadline;
  return {
    ...summary,
    note: role === 'owner' ? doc.note : '',
    checklist: ticksOf(doc),
    timeline: role === 'owner' ? doc.timeline : doc.timeline.filter((entry) => !entry.private),
    submittedOn: doc.submittedOn,
    escalatedTo: doc.escalatedTo,
    nextFollowUpOn: doc.nextReminderAt ? shanghaiDate(new Date(doc.nextReminderAt)) : null,
    escalationHint: deadline.kind === 'date' && deadline.overdue ? escalationHint(doc.channelId) : null,
    createdAt: iso(doc.createdAt),
    notifications,
  };
}
