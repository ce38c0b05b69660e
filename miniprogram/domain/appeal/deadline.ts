/**
 * Deadline arithmetic in mainland working days (工作日), pure and timezone-proof.
 *
 * Dates are plain `YYYY-MM-DD` strings of the Asia/Shanghai calendar (China keeps UTC+8 all year, no daylight
 * saving time), handled with dayjs in UTC plus that fixed offset: no time-zone data needed. The holiday
 * calendar (调休 included) is passed in, so this file stays free of data and I/O. A year the calendar has no
 * official data for yet (the State Council announces it late in the year before) is counted Monday to
 * Friday, and every result says from which year on it is such an estimate, so it can be recomputed later.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export interface WorkdayCalendar {
  /** True on a mainland working day (weekdays, and 调休 make-up Saturdays/Sundays; not public holidays). */
  isWorkday(isoDate: string): boolean;
  /** Whether the calendar has official holiday data for this year. */
  coversYear(year: number): boolean;
}

/** A date, and the first year it was counted through without official holiday data (null: exact). */
export interface CountedDate {
  readonly date: string;
  readonly approximateFrom: number | null;
}

const ISO_FORMAT = 'YYYY-MM-DD';
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const day = (isoDate: string) => dayjs.utc(isoDate);

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && day(value).format(ISO_FORMAT) === value;
}

/** The calendar date in Shanghai at this instant, whatever the server clock's time zone. */
export function shanghaiDate(now: Date): string {
  return dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format(ISO_FORMAT);
}

/** `hour`:00 Beijing time on a Shanghai calendar date, as an instant. */
export function shanghaiTime(isoDate: string, hour: number): Date {
  return day(isoDate)
    .add(hour * 60 - SHANGHAI_OFFSET_MINUTES, 'minute')
    .toDate();
}

/** Midnight at the start of a Shanghai calendar date, as an instant. */
export function shanghaiMidnight(isoDate: string): Date {
  return shanghaiTime(isoDate, 0);
}

/** A Shanghai calendar date in a dayjs pattern, e.g. `YYYY年M月D日`. */
export function formatDate(isoDate: string, pattern: string): string {
  return day(isoDate).format(pattern);
}

/** An instant in Beijing time in a dayjs pattern, e.g. `M月D日 HH:mm`; '' when it is not a valid instant. */
export function formatBeijing(instant: string | Date, pattern: string): string {
  const t = dayjs(instant);
  return t.isValid() ? t.utcOffset(SHANGHAI_OFFSET_MINUTES).format(pattern) : '';
}

export function addCalendarDays(isoDate: string, days: number): string {
  return day(isoDate).add(days, 'day').format(ISO_FORMAT);
}

export function yearOf(isoDate: string): number {
  return day(isoDate).year();
}

/** Monday to Friday. */
export function isWeekday(isoDate: string): boolean {
  const weekday = day(isoDate).day();
  return weekday !== 0 && weekday !== 6;
}

/** A working day by the official calendar, or Monday to Friday in a year it has no data for. */
function isWorkingDay(isoDate: string, calendar: WorkdayCalendar): boolean {
  return calendar.coversYear(yearOf(isoDate)) ? calendar.isWorkday(isoDate) : isWeekday(isoDate);
}

/** The earlier of two "approximate from" years (null: exact). */
export function earliestGuess(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

function guessFor(isoDate: string, calendar: WorkdayCalendar): number | null {
  const year = yearOf(isoDate);
  return calendar.coversYear(year) ? null : year;
}

/**
 * The `n`-th working day after `start` (the start day itself does not count, as with 受理后N个工作日).
 * `n = 0` gives `start`.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkdayCalendar): CountedDate {
  let date = start;
  let approximateFrom: number | null = null;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    approximateFrom = earliestGuess(approximateFrom, guessFor(date, calendar));
    if (isWorkingDay(date, calendar)) left -= 1;
  }
  return { date, approximateFrom };
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: string, calendar: WorkdayCalendar): CountedDate {
  const counted = isWorkingDay(date, calendar)
    ? { date, approximateFrom: null }
    : addWorkingDays(date, 1, calendar);
  return { ...counted, approximateFrom: earliestGuess(counted.approximateFrom, guessFor(date, calendar)) };
}

/** No holiday data at all: Monday to Friday (a phone-calendar reminder, where real holidays are unknown). */
const WEEKDAYS_ONLY: WorkdayCalendar = { isWorkday: isWeekday, coversYear: () => false };

/** The date `n` weekdays (Monday to Friday) after `date`. */
export function weekdaysAfter(date: string, n: number): string {
  return addWorkingDays(date, n, WEEKDAYS_ONLY).date;
}

/**
 * Working days from `today` (exclusive) up to `target` (inclusive). Negative when the target has passed:
 * -2 means two working days overdue.
 */
export function workingDaysBetween(
  today: string,
  target: string,
  calendar: WorkdayCalendar,
): { readonly days: number; readonly approximateFrom: number | null } {
  const forward = today <= target;
  const [from, to] = forward ? [today, target] : [target, today];
  let count = 0;
  let approximateFrom: number | null = null;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    approximateFrom = earliestGuess(approximateFrom, guessFor(date, calendar));
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return { days: forward ? count : -count, approximateFrom };
}
