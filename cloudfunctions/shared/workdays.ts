/**
 * The mainland working-day calendar for the cloud: `chinese-days` (holidays and 调休 make-up days), with
 * the years in holidays/extra-years.json laid over it (a newly announced year can ship before the package
 * has it). The package silently treats years it has no data for as plain weekdays; we detect those years,
 * so the deadline code marks dates there as estimates and the timer recomputes them once the data is here.
 */
import { getHolidaysInRange, isWorkday } from 'chinese-days';
import type { WorkdayCalendar } from '../../miniprogram/domain/appeal/deadline';
import { isIsoDate, isWeekday, yearOf } from '../../miniprogram/domain/appeal/deadline';
import extra from './holidays/extra-years.json';

/** One announced year: the weekdays off and the weekend days worked (调休). */
export interface YearSchedule {
  readonly source: string;
  readonly retrieved: string;
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

/** Problems in an extra year (dates outside the year or not real dates); empty when usable. */
export function problemsOf(year: string, schedule: YearSchedule): string[] {
  const days = [...schedule.holidays, ...schedule.workdays];
  const bad = days.filter((d) => !isIsoDate(d) || String(yearOf(d)) !== year);
  const missing = !schedule.source || !isIsoDate(schedule.retrieved) ? ['source and retrieved date'] : [];
  return [...bad.map((d) => `${year}: ${d}`), ...missing];
}

/** The calendar: official data from `years` first, then chinese-days; other years are not covered. */
export function calendarWith(years: Readonly<Record<string, YearSchedule>>): WorkdayCalendar & {
  /** The last year with official data (every earlier year back to 2004 has it too). */
  readonly officialThrough: number;
} {
  const off = new Set(Object.values(years).flatMap((y) => y.holidays));
  const worked = new Set(Object.values(years).flatMap((y) => y.workdays));
  const covered = new Map<number, boolean>();
  const coversYear = (year: number): boolean => {
    let known = covered.get(year);
    if (known === undefined) {
      // Every year chinese-days covers has at least 元旦 and 春节 as non-weekend holidays.
      known = String(year) in years || getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
      covered.set(year, known);
    }
    return known;
  };
  let last: number | null = null;
  return {
    isWorkday(isoDate) {
      if (!(String(yearOf(isoDate)) in years)) return isWorkday(isoDate);
      if (off.has(isoDate)) return false;
      if (worked.has(isoDate)) return true;
      return isWeekday(isoDate);
    },
    coversYear,
    // Computed on first use: it reads whole years of data, which a cold start should not pay for.
    get officialThrough(): number {
      if (last === null) {
        last = 2025;
        while (coversYear(last + 1)) last += 1;
      }
      return last;
    },
  };
}

const EXTRA_YEARS: Readonly<Record<string, YearSchedule>> = extra.years;

export const mainlandCalendar = calendarWith(EXTRA_YEARS);
