/**
 * The mainland working-day calendar for the cloud, from `chinese-days` (holidays and 调休 make-up days).
 * The package silently treats years it has no data for as plain weekdays; we detect those years so the
 * deadline code can say "not announced yet" instead of guessing.
 */
import { getHolidaysInRange, isWorkday } from 'chinese-days';
import type { WorkdayCalendar } from '../../miniprogram/domain/appeal/deadline';

const covered = new Map<number, boolean>();

function hasHolidayData(year: number): boolean {
  // Every covered year has at least 元旦 and 春节 as non-weekend holidays.
  return getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

export const mainlandCalendar: WorkdayCalendar = {
  isWorkday: (isoDate) => isWorkday(isoDate),
  coversYear(year) {
    let known = covered.get(year);
    if (known === undefined) {
      known = hasHolidayData(year);
      covered.set(year, known);
    }
    return known;
  },
};
