/**
 * The next step on the appeal page, per status and per reader: the card holder is told what to do; a family
 * member is told how to help, and never that they submit the appeal themselves.
 */
import { APPEAL_STATUSES } from '../../../miniprogram/domain/appeal/status';
import { HELPER_NEXT_STEP, NEXT_STEP, nextStepFor } from '../../../miniprogram/domain/appeal/present';

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
