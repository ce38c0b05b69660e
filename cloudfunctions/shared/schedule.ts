/**
 * When an answer is due and when to follow up, in mainland working days, computed in Asia/Shanghai.
 *
 * Every waiting appeal always has a next reminder. A year without official holiday data is counted Monday to
 * Friday; the schedule then remembers from which year it is an estimate (`approximateFrom`), and the timer
 * recomputes it once that year's data has arrived (`rearmed`).
 */
import {
  addCalendarDays,
  addWorkingDays,
  earliestGuess,
  shanghaiDate,
  shanghaiTime,
  workingDayFrom,
  type CountedDate,
} from '../../miniprogram/domain/appeal/deadline';
import { CHANNELS } from '../../miniprogram/domain/catalog/channels';
import { isChannelId } from '../../miniprogram/domain/catalog/ids';
import type { ChannelId, WorkingDays } from '../../miniprogram/domain/catalog/types';
import { APPEAL_STATUSES, isWaiting } from '../../miniprogram/domain/appeal/status';
import type { AppealStatus, EscalationTarget } from '../../miniprogram/domain/appeal/status';
import { mainlandCalendar } from './workdays';

/** Reminders go out at 09:00 Beijing time, never at night. */
const REMINDER_HOUR = 9;

export const WAITING_STATUSES: readonly AppealStatus[] = APPEAL_STATUSES.filter(isWaiting);

/** `approximateFrom` of an exact schedule (0, not null: a missing field marks an appeal stored before it). */
const EXACT = 0;

/** The first year any schedule could be estimated for (this code shipped with official data through 2026). */
const FIRST_ESTIMATED_YEAR = 2027;

/**
 * The `approximateFrom` values of stale schedules: the years whose data has arrived since (a short list, so
 * an index answers it by equality), and null for appeals stored before schedules carried the field.
 * `officialThrough`: the last year with official holiday data.
 */
export function staleStamps(officialThrough = mainlandCalendar.officialThrough): Array<number | null> {
  const years: Array<number | null> = [null];
  for (let y = FIRST_ESTIMATED_YEAR; y <= officialThrough; y++) years.push(y);
  return years;
}

export interface Schedule {
  /** The day the wait started (submitted, picked up again, or escalated). */
  readonly waitingSince: string | null;
  /** When the answer is due (an official rule) or commonly expected by (a reported range's upper end). */
  readonly expectedReplyOn: string | null;
  readonly nextReminderAt: Date | null;
  /** The first year the dates above were counted without official holiday data; `EXACT` (0) when exact. */
  readonly approximateFrom: number;
}

export const NOTHING_AWAITED: Schedule = {
  waitingSince: null,
  expectedReplyOn: null,
  nextReminderAt: null,
  approximateFrom: EXACT,
};

const stamp = (year: number | null): number => year ?? EXACT;

const ESCALATION_CHANNEL: Readonly<Record<EscalationTarget, ChannelId>> = {
  '12315': 'regulator-12315',
  '12363': 'regulator-12363',
  '12378': 'regulator-12378',
  court: 'court',
};

export function escalationChannel(target: EscalationTarget): ChannelId {
  return ESCALATION_CHANNEL[target];
}

/** What an appeal is waiting on: where it was escalated to, or the channel it was filed with. */
export function waitingOn(a: {
  readonly status: AppealStatus;
  readonly channelId: string;
  readonly escalatedTo: EscalationTarget | null;
}): string {
  return a.status === 'escalated' && a.escalatedTo ? escalationChannel(a.escalatedTo) : a.channelId;
}

/** How long a channel takes to answer, and whether that is an official rule (or only commonly reported). */
export interface ReplyRule {
  readonly days: WorkingDays;
  readonly official: boolean;
}

/** The channel's reply time, or null when nobody publishes one. */
export function replyRuleOf(channelId: string): ReplyRule | null {
  if (!isChannelId(channelId)) return null;
  const channel = CHANNELS[channelId];
  if (!channel.replyDays) return null;
  return { days: channel.replyDays, official: channel.replyFact?.reliability === 'official' };
}

/** 09:00 Beijing time `workingDays` working days after `date`. */
export function followUpAfter(
  date: string,
  workingDays: number,
): { at: Date; approximateFrom: number | null } {
  const day = addWorkingDays(date, workingDays, mainlandCalendar);
  return { at: shanghaiTime(day.date, REMINDER_HOUR), approximateFrom: day.approximateFrom };
}

/** When nobody publishes a reply time, we still check in after this many working days. */
export const CHECK_IN_WORKING_DAYS = 5;

function dueDate(since: string, reply: WorkingDays): CountedDate {
  switch (reply.unit) {
    case 'working-days':
      return addWorkingDays(since, reply.max, mainlandCalendar);
    case 'days':
      return { date: addCalendarDays(since, reply.max), approximateFrom: null };
    case 'hours':
      return { date: addCalendarDays(since, Math.ceil(reply.max / 24)), approximateFrom: null };
  }
}

/**
 * The schedule of an appeal entering `status`, waiting since `waitingSince` on `channelId`. The first
 * reminder comes the working day after the expected reply (a check-in after `CHECK_IN_WORKING_DAYS` when
 * nobody publishes a time).
 */
export function scheduleFor(status: AppealStatus, waitingSince: string, channelId: string): Schedule {
  if (!isWaiting(status)) return NOTHING_AWAITED;
  const rule = replyRuleOf(channelId);
  if (rule === null) {
    const checkIn = followUpAfter(waitingSince, CHECK_IN_WORKING_DAYS);
    return {
      waitingSince,
      expectedReplyOn: null,
      nextReminderAt: checkIn.at,
      approximateFrom: stamp(checkIn.approximateFrom),
    };
  }
  const due = dueDate(waitingSince, rule.days);
  const followUp = followUpAfter(due.date, 1);
  return {
    waitingSince,
    expectedReplyOn: due.date,
    nextReminderAt: followUp.at,
    approximateFrom: stamp(earliestGuess(due.approximateFrom, followUp.approximateFrom)),
  };
}

export function todayIn(now: Date): string {
  return shanghaiDate(now);
}

/** The stored stamp after a reminder moved the schedule on: the earlier of both estimates. */
export function stampAfter(stored: number | null | undefined, next: number | null): number {
  return stamp(earliestGuess(stored ? stored : null, next));
}

/** After a reminder, the next one comes this many working days later, as long as the appeal still waits. */
const REMIND_AGAIN_WORKING_DAYS = 3;

/** The follow-up after a reminder sent at `now`: 09:00 Beijing time, `REMIND_AGAIN_WORKING_DAYS` working days on. */
export function nextFollowUp(now: Date): { at: Date; approximateFrom: number | null } {
  return followUpAfter(todayIn(now), REMIND_AGAIN_WORKING_DAYS);
}

/** The stored fields a schedule is recomputed from. */
export interface ScheduledAppeal {
  readonly status: AppealStatus;
  readonly channelId: string;
  readonly escalatedTo: EscalationTarget | null;
  readonly submittedOn: string | null;
  readonly updatedAt: Date | string;
  readonly waitingSince?: string | null;
  readonly nextReminderAt: Date | string | null;
}

const asDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/**
 * The schedule recomputed with today's calendar. A first follow-up still ahead is simply recomputed; once it
 * has passed, the reminder already planned stays (moved off a day that turned out to be a holiday), and an
 * appeal that had none (stored before every waiting appeal had one) is reminded now.
 */
export function rearmed(a: ScheduledAppeal, now: Date): Schedule {
  const since = a.waitingSince ?? a.submittedOn ?? todayIn(asDate(a.updatedAt));
  const fresh = scheduleFor(a.status, since, waitingOn(a));
  if (fresh.nextReminderAt === null || fresh.nextReminderAt > now) return fresh;
  if (a.nextReminderAt === null) return { ...fresh, nextReminderAt: now };
  const planned = asDate(a.nextReminderAt);
  const date = shanghaiDate(planned);
  const kept = workingDayFrom(date, mainlandCalendar);
  return {
    ...fresh,
    nextReminderAt: kept.date === date ? planned : shanghaiTime(kept.date, REMINDER_HOUR),
    approximateFrom: stampAfter(fresh.approximateFrom, kept.approximateFrom),
  };
}
