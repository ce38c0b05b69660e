/**
 * Schedules of waiting appeals: every waiting appeal has a next reminder, also across 2026-12-31 into a year
 * without holiday data; only an official rule gives a reply date; stale estimates are recomputed.
 */
import {
  CHECK_IN_WORKING_DAYS,
  nextFollowUp,
  rearmed,
  replyRuleOf,
  scheduleFor,
  staleStamps,
  type ScheduledAppeal,
} from '../../../cloudfunctions/shared/schedule';

const at = (iso: string) => new Date(iso);

describe('a next reminder for every waiting appeal', () => {
  it('a reminder sent on 2026-12-31 is followed by one on 2027-01-05 (Monday to Friday, an estimate)', () => {
    // Jan 1 (Friday) → 1, Jan 4 → 2, Jan 5 → 3 working days; 09:00 Beijing = 01:00 UTC.
    expect(nextFollowUp(at('2026-12-31T01:00:00Z'))).toEqual({
      at: at('2027-01-05T01:00:00Z'),
      approximateFrom: 2027,
    });
  });

  it('an official 7-working-day rule (12315) from 2026-12-28 runs into 2027 and is still scheduled', () => {
    expect(scheduleFor('escalated', '2026-12-28', 'regulator-12315')).toEqual({
      waitingSince: '2026-12-28',
      expectedReplyOn: '2027-01-06',
      nextReminderAt: at('2027-01-07T01:00:00Z'),
      approximateFrom: 2027,
    });
  });

  it('a check-in that crosses into 2027 (no holiday data yet) is counted Monday to Friday, an estimate', () => {
    // 12-29, 12-30, 12-31 (2026 data), then Fri 2027-01-01 and Mon 01-04 counted as working days.
    expect(scheduleFor('submitted', '2026-12-28', 'police-station')).toEqual({
      waitingSince: '2026-12-28',
      expectedReplyOn: null,
      nextReminderAt: at('2027-01-04T01:00:00Z'),
      approximateFrom: 2027,
    });
  });

  it('with no published time, a check-in after five working days', () => {
    expect(CHECK_IN_WORKING_DAYS).toBe(5);
    expect(scheduleFor('submitted', '2026-11-23', 'police-station')).toEqual({
      waitingSince: '2026-11-23',
      expectedReplyOn: null,
      nextReminderAt: at('2026-11-30T01:00:00Z'),
      approximateFrom: 0,
    });
  });

  it('nothing is awaited outside the waiting statuses', () => {
    expect(scheduleFor('preparing', '2026-11-23', 'regulator-12315').nextReminderAt).toBeNull();
    expect(scheduleFor('closed', '2026-11-23', 'regulator-12315').nextReminderAt).toBeNull();
  });
});

describe('official rules and commonly reported times', () => {
  it('reads the reliability label of the channel reply fact from the catalog', () => {
    expect(replyRuleOf('regulator-12315')).toEqual({
      days: { min: 7, max: 7, unit: 'working-days' },
      official: true,
    });
    expect(replyRuleOf('wechat-pay-card-appeal')?.official).toBe(false);
    expect(replyRuleOf('platform-support')?.official).toBe(false);
    expect(replyRuleOf('police-station')).toBeNull();
    expect(replyRuleOf('no-such-channel')).toBeNull();
  });

  it('a reported time still gets a follow-up the working day after its upper end', () => {
    // 3 working days from Monday 2026-11-23 is Thursday the 26th; the check-in is Friday the 27th, 09:00.
    expect(scheduleFor('submitted', '2026-11-23', 'wechat-pay-card-appeal')).toMatchObject({
      expectedReplyOn: '2026-11-26',
      nextReminderAt: at('2026-11-27T01:00:00Z'),
    });
  });
});

describe("recomputing a stored schedule with today's calendar", () => {
  const stored = (over: Partial<ScheduledAppeal>): ScheduledAppeal => ({
    status: 'escalated',
    channelId: 'wechat-pay-card-appeal',
    escalatedTo: '12315',
    submittedOn: '2026-09-01',
    updatedAt: '2026-09-29T02:00:00Z',
    waitingSince: '2026-09-29',
    nextReminderAt: at('2026-10-09T01:00:00Z'),
    ...over,
  });

  it('an estimate made before the 2026 holidays were known moves past 国庆 (a first follow-up still ahead)', () => {
    // Counted Monday to Friday, 7 working days from 2026-09-29 were Oct 8; with 国庆 and Saturday Oct 10 worked:
    // Sep 30 → 1, Oct 8 → 2, 9 → 3, 10 → 4, 12 → 5, 13 → 6, 14 → 7.
    expect(rearmed(stored({}), at('2026-10-01T00:00:00Z'))).toEqual({
      waitingSince: '2026-09-29',
      expectedReplyOn: '2026-10-14',
      nextReminderAt: at('2026-10-15T01:00:00Z'),
      approximateFrom: 0,
    });
  });

  it('once the first follow-up has passed, the planned reminder stays, moved off a day now known as a holiday', () => {
    const planned = at('2026-10-05T01:00:00Z'); // Monday Oct 5, inside 国庆
    const now = at('2026-10-20T00:00:00Z');
    expect(rearmed(stored({ nextReminderAt: planned }), now).nextReminderAt).toEqual(
      at('2026-10-08T01:00:00Z'),
    );
    const workday = at('2026-10-22T01:00:00Z');
    expect(rearmed(stored({ nextReminderAt: workday }), now).nextReminderAt).toEqual(workday);
  });

  it('a waiting appeal stored without any reminder is reminded now', () => {
    const now = at('2026-12-06T02:00:00Z');
    const legacy = stored({
      waitingSince: undefined,
      nextReminderAt: null,
      status: 'submitted',
      escalatedTo: null,
    });
    expect(rearmed(legacy, now)).toMatchObject({ waitingSince: '2026-09-01', nextReminderAt: now });
  });
});

describe('which stored schedules the timer recomputes', () => {
  it('with data through 2026 only those stored before schedules were stamped', () => {
    expect(staleStamps()).toEqual([null]);
    expect(staleStamps(2026)).toEqual([null]);
  });

  it('once 2027 and 2028 are published, the estimates made for them too', () => {
    expect(staleStamps(2028)).toEqual([null, 2027, 2028]);
  });
});
