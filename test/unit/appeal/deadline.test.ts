/**
 * Working-day deadlines against the real mainland calendar. Expected dates come from the State Council's
 * published holiday notices (国办发明电), not from the code: 2026 春节 Feb 15–23 off with Feb 14 and Feb 28
 * (Saturdays) worked; 2026 国庆 Oct 1–7 off with Sep 20 (Sunday) and Oct 10 (Saturday) worked; 2025 国庆/中秋
 * Oct 1–8 off with Sep 28 (Sunday) and Oct 11 (Saturday) worked. Tests run with TZ=UTC.
 */
import {
  addWorkingDays,
  workingDaysBetween,
  shanghaiDate,
  shanghaiMidnight,
  shanghaiTime,
  formatBeijing,
  weekdaysAfter,
  isIsoDate,
} from '../../../miniprogram/domain/appeal/deadline';
import {
  calendarWith,
  mainlandCalendar,
  problemsOf,
  type YearSchedule,
} from '../../../cloudfunctions/shared/workdays';
import extraYears from '../../../cloudfunctions/shared/holidays/extra-years.json';

const add = (start: string, n: number) => addWorkingDays(start, n, mainlandCalendar);
const exact = (date: string) => ({ date, approximateFrom: null });

describe('working days across 国庆 (National Day)', () => {
  it('skips the golden week: 3 working days after 2026-09-29 is 2026-10-09', () => {
    expect(add('2026-09-29', 3)).toEqual(exact('2026-10-09'));
  });

  it('counts the 调休 Saturday 2026-10-10 as a working day', () => {
    expect(add('2026-10-08', 2)).toEqual(exact('2026-10-10'));
  });

  it('counts the 调休 Sunday 2026-09-20 as a working day', () => {
    expect(add('2026-09-19', 1)).toEqual(exact('2026-09-20'));
  });

  it('handles the 8-day 2025 holiday and its Saturday 2025-10-11', () => {
    expect(add('2025-09-30', 1)).toEqual(exact('2025-10-09'));
    expect(add('2025-10-10', 1)).toEqual(exact('2025-10-11'));
  });
});

describe('working days across 春节 (Spring Festival 2026)', () => {
  it('counts Saturday 2026-02-14 as a working day before the break', () => {
    expect(add('2026-02-13', 1)).toEqual(exact('2026-02-14'));
  });

  it('jumps the nine-day break to 2026-02-24', () => {
    expect(add('2026-02-13', 2)).toEqual(exact('2026-02-24'));
  });

  it('15 working days from 2026-02-10 lands on 2026-03-09 (Feb 14 and Feb 28 worked)', () => {
    // Counted by hand: Feb 11,12,13,14 → 4; Feb 24,25,26,27,28 → 9; Mar 2,3,4,5,6 → 14; Mar 9 → 15.
    expect(add('2026-02-10', 15)).toEqual(exact('2026-03-09'));
  });
});

describe('across 2026-12-31 → 2027-01-04, into a year without holiday data', () => {
  it('has official data through 2026 and none for 2027 yet (chinese-days 1.5.7, no extra year bundled)', () => {
    expect(mainlandCalendar.coversYear(2026)).toBe(true);
    expect(mainlandCalendar.coversYear(2027)).toBe(false);
    expect(mainlandCalendar.officialThrough).toBe(2026);
  });

  it('still answers, counting 2027 Monday to Friday, and says from which year it is an estimate', () => {
    // Dec 29, 30, 31 (2026, official) → 3; Jan 1 (Friday, counted) → 4; Jan 4 (Monday) → 5; … Jan 6 → 7.
    expect(add('2026-12-28', 7)).toEqual({ date: '2027-01-06', approximateFrom: 2027 });
    expect(add('2026-12-31', 1)).toEqual({ date: '2027-01-01', approximateFrom: 2027 });
    expect(add('2026-12-31', 2)).toEqual({ date: '2027-01-04', approximateFrom: 2027 });
  });

  it('is exact inside the covered year', () => {
    expect(add('2026-12-28', 3)).toEqual(exact('2026-12-31'));
  });

  it('counts days left across the new year, marked as an estimate', () => {
    expect(workingDaysBetween('2026-12-31', '2027-01-04', mainlandCalendar)).toEqual({
      days: 2,
      approximateFrom: 2027,
    });
  });

  it('a year far ahead (2030) is counted the same way, weekends skipped', () => {
    // 2030-09-27 is a Friday: Sep 30 (Mon) → 1 … Oct 4 (Fri) → 5, Oct 7 (Mon) → 6.
    expect(add('2030-09-27', 6)).toEqual({ date: '2030-10-07', approximateFrom: 2030 });
  });
});

describe('an extra year laid over chinese-days (how a newly announced year ships)', () => {
  // An illustrative schedule for 2028 (not the real one): Oct 2–6 off, Saturday Oct 7 worked.
  const calendar = calendarWith({
    '2028': {
      source: 'test fixture',
      retrieved: '2026-12-06',
      holidays: ['2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05', '2028-10-06'],
      workdays: ['2028-10-07'],
    },
  });

  it('covers the added year and uses its days off and 调休', () => {
    expect(calendar.coversYear(2028)).toBe(true);
    // Sep 29 (Fri) → 1; Oct 2–6 off; Oct 7 (Saturday, worked) → 2; Oct 9 (Mon) → 3.
    expect(addWorkingDays('2028-09-28', 3, calendar)).toEqual(exact('2028-10-09'));
    // The same count without the data is an estimate that lands earlier.
    expect(add('2028-09-28', 3)).toEqual({ date: '2028-10-03', approximateFrom: 2028 });
  });

  it('does not move officialThrough past a gap (2027 is still missing)', () => {
    expect(calendar.officialThrough).toBe(2026);
  });

  it('the bundled file of extra years is well formed', () => {
    for (const [year, schedule] of Object.entries(extraYears.years as Record<string, YearSchedule>)) {
      expect([year, problemsOf(year, schedule)]).toEqual([year, []]);
    }
    expect(
      problemsOf('2028', { source: 'x', retrieved: '2026-12-06', holidays: ['2029-01-01'], workdays: [] }),
    ).toEqual(['2028: 2029-01-01']);
  });
});

describe('counting days left', () => {
  it('counts working days forward and backward', () => {
    expect(workingDaysBetween('2026-09-29', '2026-10-09', mainlandCalendar)).toEqual({
      days: 3,
      approximateFrom: null,
    });
    expect(workingDaysBetween('2026-10-09', '2026-09-29', mainlandCalendar)).toEqual({
      days: -3,
      approximateFrom: null,
    });
    expect(workingDaysBetween('2026-10-09', '2026-10-09', mainlandCalendar)).toEqual({
      days: 0,
      approximateFrom: null,
    });
  });
});

describe('Asia/Shanghai dates on a UTC clock', () => {
  it('runs with the server clock in UTC', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(0);
  });

  it('00:30 in Beijing on Oct 1 is still Sep 30 in UTC, and we say Oct 1', () => {
    expect(shanghaiDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(shanghaiDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
  });

  it('midnight in Beijing is 16:00 UTC the day before', () => {
    expect(shanghaiMidnight('2026-10-08').toISOString()).toBe('2026-10-07T16:00:00.000Z');
  });

  it('09:00 in Beijing is 01:00 UTC; an instant shown in Beijing time', () => {
    expect(shanghaiTime('2027-01-04', 9).toISOString()).toBe('2027-01-04T01:00:00.000Z');
    expect(formatBeijing('2026-12-31T16:30:00Z', 'YYYY-MM-DD HH:mm')).toBe('2027-01-01 00:30');
    expect(formatBeijing('not a time', 'HH:mm')).toBe('');
  });

  it('a phone-calendar reminder counts weekdays only', () => {
    expect(weekdaysAfter('2026-12-31', 3)).toBe('2027-01-05');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(20260203)).toBe(false);
  });
});
