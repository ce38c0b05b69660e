/**
 * Deadline arithmetic in mainland working days (工作日), pure and timezone-proof.
 *
 * Dates are plain `YYYY-MM-DD` strings of the Asia/Shanghai calendar. The holiday calendar (调休 included) is
 * passed in, so this file stays free of data and I/O. When a range reaches a year the calendar has no
 * data for, we say so instead of guessing: holidays for a new year are announced by the State Council
 * late in the year before.
 */

export interface WorkdayCalendar {
  /** True on a mainland working day (weekdays, and 调休 make-up Saturdays/Sundays; not public holidays). */
  isWorkday(isoDate: string): boolean;
  /** Whether the calendar has holiday data for this year. */
  coversYear(year: number): boolean;
}

export type WorkdayDate = { readonly kind: 'date'; readonly date: string };
export type BeyondCalendar = { readonly kind: 'beyond-calendar'; readonly year: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // China has no daylight saving time.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date in Shanghai at this instant, whatever the server clock's time zone. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Shanghai calendar date, as an instant. */
export function shanghaiMidnight(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

export function addCalendarDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * The `n`-th working day after `start` (the start day itself does not count, as with 受理后N个工作日).
 * `n = 0` gives `start`.
 */
export function addWorkingDays(
  start: string,
  n: number,
  calendar: WorkdayCalendar,
): WorkdayDate | BeyondCalendar {
  let day = start;
  let left = n;
  while (left > 0) {
    day = addCalendarDays(day, 1);
    if (!calendar.coversYear(yearOf(day))) return { kind: 'beyond-calendar', year: yearOf(day) };
    if (calendar.isWorkday(day)) left -= 1;
  }
  return { kind: 'date', date: day };
}

/**
 * Working days from `today` (exclusive) up to `target` (inclusive). Negative when the target has passed:
 * -2 means two working days overdue.
 */
export function workingDaysBetween(
  today: string,
  target: string,
  calendar: WorkdayCalendar,
): { readonly kind: 'days'; readonly days: number } | BeyondCalendar {
  const forward = today <= target;
  const [from, to] = forward ? [today, target] : [target, today];
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (!calendar.coversYear(yearOf(day))) return { kind: 'beyond-calendar', year: yearOf(day) };
    if (calendar.isWorkday(day)) count += 1;
  }
  return { kind: 'days', days: forward ? count : -count };
}
