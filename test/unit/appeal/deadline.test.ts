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
  isIsoDate,
} from '../../../miniprogram/domain/appeal/deadline';
import { mainlandCalendar } from '../../../cloudfunctions/shared/workdays';

const add = (start: string, n: number) => addWorkingDays(start, n, mainlandCalendar);

describe('working days across 国庆 (National Day)', () => {
  it('skips the golden week: 3 working days after 2026-09-29 is 2026-10-09', () => {
    expect(add('2026-09-29', 3)).toEqual({ kind: 'date', date: '2026-10-09' });
  });

  it('counts the 调休 Saturday 2026-10-10 as a working day', () => {
    expect(add('2026-10-08', 2)).toEqual({ kind: 'date', date: '2026-10-10' });
  });

  it('counts the 调休 Sunday 2026-09-20 as a working day', () => {
    expect(add('2026-09-19', 1)).toEqual({ kind: 'date', date: '2026-09-20' });
  });

  it('handles the 8-day 2025 holiday and its Saturday 2025-10-11', () => {
    expect(add('2025-09-30', 1)).toEqual({ kind: 'date', date: '2025-10-09' });
    expect(add('2025-10-10', 1)).toEqual({ kind: 'date', date: '2025-10-11' });
  });
});

describe('working days across 春节 (Spring Festival 2026)', () => {
  it('counts Saturday 2026-02-14 as a working day before the break', () => {
    expect(add('2026-02-13', 1)).toEqual({ kind: 'date', date: '2026-02-14' });
  });

  it('jumps the nine-day break to 2026-02-24', () => {
    expect(add('2026-02-13', 2)).toEqual({ kind: 'date', date: '2026-02-24' });
  });

  it('15 working days from 2026-02-10 lands on 2026-03-09 (Feb 14 and Feb 28 worked)', () => {
    // Counted by hand: Feb 11,12,13,14 → 4; Feb 24,25,26,27,28 → 9; Mar 2,3,4,5,6 → 14; Mar 9 → 15.
    expect(add('2026-02-10', 15)).toEqual({ kind: 'date', date: '2026-03-09' });
  });
});

describe('years without holiday data', () => {
  it('flags 2027 instead of guessing', () => {
    expect(add('2026-12-28', 7)).toEqual({ kind: 'beyond-calendar', year: 2027 });
  });

  it('still answers inside the covered year', () => {
    expect(add('2026-12-28', 3)).toEqual({ kind: 'date', date: '2026-12-31' });
  });
});

describe('counting days left', () => {
  it('counts working days forward and backward', () => {
    expect(workingDaysBetween('2026-09-29', '2026-10-09', mainlandCalendar)).toEqual({
      kind: 'days',
      days: 3,
    });
    expect(workingDaysBetween('2026-10-09', '2026-09-29', mainlandCalendar)).toEqual({
      kind: 'days',
      days: -3,
    });
    expect(workingDaysBetween('2026-10-09', '2026-10-09', mainlandCalendar)).toEqual({
      kind: 'days',
      days: 0,
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

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(20260203)).toBe(false);
  });
});
