/**
 * The next step on the appeal page, per status and per reader: the card holder is told what to do; a family
 * member is told how to help, and never that they submit the appeal themselves.
 */
import { APPEAL_STATUSES } from '../../../miniprogram/domain/appeal/status';
import {
  APPROXIMATE_NOTE,
  beijingTime,
  describeDeadline,
  HELPER_NEXT_STEP,
  NEXT_STEP,
  nextStepFor,
} from '../../../miniprogram/domain/appeal/present';

describe('next step', () => {
  it.each(APPEAL_STATUSES)('%s: the owner reads the owner wording, a helper the helper wording', (status) => {
    expect(nextStepFor(status, 'owner')).toBe(NEXT_STEP[status]);
    expect(nextStepFor(status, 'helper')).toBe(HELPER_NEXT_STEP[status]);
  });

  it('speaks to the helper about their family member wherever something is to be done', () => {
    const acting = APPEAL_STATUSES.filter((s) => s !== 'closed');
    for (const status of acting) {
      expect([status, HELPER_NEXT_STEP[status]]).toEqual([status, expect.stringContaining('家人')]);
      expect(HELPER_NEXT_STEP[status]).not.toBe(NEXT_STEP[status]);
    }
  });

  it('tells the helper that the card holder submits, and that codes are given to nobody', () => {
    expect(HELPER_NEXT_STEP.preparing).toContain('本人');
    expect(HELPER_NEXT_STEP.preparing).toContain('验证码');
    expect(HELPER_NEXT_STEP['needs-more']).toContain('本人');
    for (const text of Object.values(HELPER_NEXT_STEP)) expect(text).not.toMatch(/你.{0,4}提交/);
  });

  it('keeps every step short enough to read at a glance (≤ 60 characters)', () => {
    for (const text of [...Object.values(NEXT_STEP), ...Object.values(HELPER_NEXT_STEP)])
      expect([text, text.length <= 60]).toEqual([text, true]);
  });
});

describe('what the appeal page says about the reply time', () => {
  const range = { min: 3, max: 3, unit: 'working-days' } as const;

  it('an official rule: a date, the working days left, and overdue once past it', () => {
    const base = { kind: 'date', date: '2026-11-09', approximate: false } as const;
    expect(describeDeadline({ ...base, workingDaysLeft: 3, overdue: false })).toBe(
      '按规定 2026年11月9日 前答复，还有 3 个工作日。',
    );
    expect(describeDeadline({ ...base, workingDaysLeft: -2, overdue: true })).toBe(
      '已超过答复期限 2 个工作日，可以催办或升级投诉。',
    );
  });

  it('a commonly reported time: a range, 以官方为准, never overdue', () => {
    const text = describeDeadline({ kind: 'reported', range, date: '2026-11-09', approximate: false });
    expect(text).toBe('常听说要3个工作日（2026年11月9日前后），以官方为准；到时我们提醒你问问进度。');
    expect(text).not.toMatch(/超过|升级/);
    expect(
      describeDeadline({
        kind: 'reported',
        range: { min: 3, max: 7, unit: 'working-days' },
        date: '2026-11-13',
        approximate: false,
      }),
    ).toContain('3到7个工作日');
  });

  it('a date in a year whose holidays are not announced yet is said as an estimate', () => {
    expect(
      describeDeadline({
        kind: 'date',
        date: '2027-01-06',
        workingDaysLeft: 7,
        overdue: false,
        approximate: true,
      }),
    ).toBe(`按规定约 2027年1月6日 前答复，还有约 7 个工作日，${APPROXIMATE_NOTE}。`);
    expect(describeDeadline({ kind: 'reported', range, date: '2027-01-04', approximate: true })).toContain(
      `约2027年1月4日前后），以官方为准；到时我们提醒你问问进度，${APPROXIMATE_NOTE}。`,
    );
    expect(APPROXIMATE_NOTE).toBe('放假安排公布后会自动更新');
  });

  it('times of day are shown in Beijing time', () => {
    expect(beijingTime('2026-11-23T01:30:00.000Z')).toBe('11月23日 09:30');
    expect(beijingTime('garbage')).toBe('');
  });
});
