/**
 * When an answer is due and when to follow up, in mainland working days, computed in Asia/Shanghai.
 */
import {
  addCalendarDays,
  addWorkingDays,
  shanghaiDate,
  shanghaiMidnight,
} from '../../miniprogram/domain/appeal/deadline';
import type { BeyondCalendar, WorkdayDate } from '../../miniprogram/domain/appeal/deadline';
import type { WorkingDays } from '../../miniprogram/domain';
import { isWaiting } from '../../miniprogram/domain/appeal/status';
import type { AppealStatus } from '../../miniprogram/domain/appeal/status';
import { mainlandCalendar } from './workdays';

/** Reminders go out at 09:00 Beijing time, never at night. */
const REMINDER_HOUR_MS = 9 * 60 * 60 * 1000;

export interface Schedule {
  readonly expectedReplyOn: string | null;
  readonly replyBeyondYear: number | null;
  readonly nextReminderAt: Date | null;
}

export const NOTHING_AWAITED: Schedule = {
  expectedReplyOn: null,
  replyBeyondYear: null,
  nextReminderAt: null,
};

/** The first follow-up is the working day after the expected reply; later ones every `every` working days. */
export function followUpAfter(expectedReplyOn: string, workingDays: number): Date | null {
  const day = addWorkingDays(expectedReplyOn, workingDays, mainlandCalendar);
  return day.kind === 'date' ? new Date(shanghaiMidnight(day.date).getTime() + REMINDER_HOUR_MS) : null;
}

/** When nobody publishes a reply time, we still check in after this many working days. */
export const CHECK_IN_WORKING_DAYS = 5;

function dueDate(since: string, reply: WorkingDays): WorkdayDate | BeyondCalendar {
  switch (reply.unit) {
    case 'working-days':
      return addWorkingDays(since, reply.max, mainlandCalendar);
    case 'days':
      return { kind: 'date', date: addCalendarDays(since, reply.max) };
    case 'hours':
      return { kind: 'date', date: addCalendarDays(since, Math.ceil(reply.max / 24)) };
  }
}

/**
 * The schedule of an appeal entering `status`, waiting since `waitingSince` on a channel that usually
 * answers within `reply` (null: no published figure, so no deadline, only a check-in reminder).
 */
export function scheduleFor(status: AppealStatus, waitingSince: string, reply: WorkingDays | null): Schedule {
  if (!isWaiting(status)) return NOTHING_AWAITED;
  if (reply === null) {
    return {
      expectedReplyOn: null,
      replyBeyondYear: null,
      nextReminderAt: followUpAfter(waitingSince, CHECK_IN_WORKING_DAYS),
    };
  }
  const due = dueDate(waitingSince, reply);
  if (due.kind === 'beyond-calendar') {
    return { expectedReplyOn: null, replyBeyondYear: due.year, nextReminderAt: null };
  }
  return { expectedReplyOn: due.date, replyBeyondYear: null, nextReminderAt: followUpAfter(due.date, 1) };
}

export function todayIn(now: Date): string {
  return shanghaiDate(now);
}

/** After a reminder, the next one comes this many working days later, as long as the appeal still waits. */
export const REMIND_AGAIN_WORKING_DAYS = 3;

/** The follow-up after a reminder sent at `now`: 09:00 Beijing time, `REMIND_AGAIN_WORKING_DAYS` working days on. */
export function nextFollowUp(now: Date): Date | null {
  return followUpAfter(todayIn(now), REMIND_AGAIN_WORKING_DAYS);
}
