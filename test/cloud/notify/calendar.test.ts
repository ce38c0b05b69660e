/**
 * The timer never goes silent: across 2026-12-31 into 2027 (no official holiday data yet) reminders keep
 * coming, counted Monday to Friday; appeals stored with no reminder or with an estimate whose year has been
 * published are recomputed; and only an official rule makes an appeal overdue.
 */
import { testOpenid } from '../../../tools/cloud';
import { REMINDER_ADVICE } from '../../../cloudfunctions/shared/notify/messages';
import { appealAs, data } from '../harness';
import { REMINDER_ID, allow, appealDoc, appealIdOf, delivered, tickUntilDone, useNotifyCloud } from './setup';

jest.setTimeout(120_000);

const T = new Date('2026-11-23T01:00:00Z');

interface StoredSchedule {
  nextReminderAt: Date | null;
  expectedReplyOn: string | null;
  approximateFrom?: number;
  waitingSince?: string;
}

describe('reminders across the new year and stale schedules', () => {
  const cloud = useNotifyCloud();
  const stored = (id: string) => cloud.store.find('appeals', { _id: id })[0] as unknown as StoredSchedule;
  const sentFor = (id: string) => delivered(cloud).filter((e) => appealIdOf(e) === id);

  it('a reminder on 2026-12-31 is followed by 2027-01-05 and 2027-01-08, estimates all the way', async () => {
    const owner = testOpenid('cal-newyear');
    await allow(cloud, owner, 'deadlineReminder', 3);
    const slot = new Date('2026-12-31T01:00:00Z');
    cloud.store.insert('appeals', [
      appealDoc({ _id: 'cal-newyear', _openid: owner, nextReminderAt: slot }, T),
    ]);
    await tickUntilDone(cloud, slot);
    expect(sentFor('cal-newyear')).toHaveLength(1);
    // Jan 1 (Friday, counted: 2027's holidays are not published), Jan 4, Jan 5 → 3 working days.
    expect(stored('cal-newyear')).toMatchObject({
      nextReminderAt: new Date('2027-01-05T01:00:00Z'),
      approximateFrom: 2027,
    });
    await tickUntilDone(cloud, new Date('2027-01-04T01:00:00Z'));
    expect(sentFor('cal-newyear')).toHaveLength(1);
    await tickUntilDone(cloud, new Date('2027-01-05T01:00:00Z'));
    expect(sentFor('cal-newyear')).toHaveLength(2);
    expect(stored('cal-newyear').nextReminderAt).toEqual(new Date('2027-01-08T01:00:00Z'));
  });

  it('an appeal stored with no reminder (its reply date ran into 2027) is rescheduled and reminded', async () => {
    const owner = testOpenid('cal-legacy');
    await allow(cloud, owner, 'deadlineReminder');
    const legacy: Record<string, unknown> = {
      ...appealDoc(
        {
          _id: 'cal-legacy',
          _openid: owner,
          channelId: 'regulator-12315',
          nextReminderAt: null,
          expectedReplyOn: null,
        },
        T,
      ),
      submittedOn: '2026-12-24',
      replyBeyondYear: 2027,
    };
    delete legacy.approximateFrom;
    delete legacy.waitingSince;
    const finished: Record<string, unknown> = {
      ...appealDoc({ _id: 'cal-legacy-done', _openid: owner, status: 'resolved', nextReminderAt: null }, T),
    };
    delete finished.approximateFrom;
    cloud.store.insert('appeals', [legacy, finished]);

    const at = new Date('2026-12-06T02:00:00Z');
    const [report] = await tickUntilDone(cloud, at);
    expect(report).toMatchObject({ rearmed: { recomputed: 2 } });
    // 12315's official 7 working days from Dec 24 run into 2027 (no holiday data yet: Monday to Friday):
    // due Jan 4, the follow-up the next working day, Jan 5 2027, an estimate.
    expect(stored('cal-legacy')).toMatchObject({
      waitingSince: '2026-12-24',
      expectedReplyOn: '2027-01-04',
      nextReminderAt: new Date('2027-01-05T01:00:00Z'),
      approximateFrom: 2027,
    });
    expect(stored('cal-legacy-done')).toMatchObject({ nextReminderAt: null, approximateFrom: 0 });
    // Recomputed once: the next tick finds nothing stale.
    const [again] = await tickUntilDone(cloud, at);
    expect(again).toMatchObject({ rearmed: { recomputed: 0 } });
    await tickUntilDone(cloud, new Date('2027-01-05T01:00:00Z'));
    expect(sentFor('cal-legacy')).toHaveLength(1);
    expect(sentFor('cal-legacy-done')).toHaveLength(0);
  });

  it('an appeal stored waiting with no reminder whose follow-up has passed is reminded at the next tick', async () => {
    const owner = testOpenid('cal-silent');
    await allow(cloud, owner, 'deadlineReminder');
    const silent: Record<string, unknown> = appealDoc(
      { _id: 'cal-silent', _openid: owner, nextReminderAt: null },
      T,
    );
    delete silent.approximateFrom;
    cloud.store.insert('appeals', [silent]);
    const at = new Date('2026-12-07T01:00:00Z');
    await tickUntilDone(cloud, at);
    expect(sentFor('cal-silent')).toHaveLength(1);
    expect(stored('cal-silent').nextReminderAt?.getTime()).toBeGreaterThan(at.getTime());
  });
});

describe('only an official rule makes an appeal overdue', () => {
  const cloud = useNotifyCloud();

  it('12315 (an official 7-working-day rule) past its date: overdue, with where to go next, and a reminder that says so', async () => {
    const owner = testOpenid('official-owner');
    await allow(cloud, owner, 'deadlineReminder');
    const slot = new Date('2026-11-10T01:00:00Z');
    cloud.store.insert('appeals', [
      {
        ...appealDoc(
          { _id: 'official-1', _openid: owner, nextReminderAt: slot, expectedReplyOn: '2026-11-09' },
          T,
        ),
        status: 'escalated',
        escalatedTo: '12315',
      },
    ]);
    const view = data(await appealAs(cloud, owner)('get', { id: 'official-1' }));
    expect(view.deadline).toMatchObject({
      kind: 'date',
      date: '2026-11-09',
      overdue: true,
      approximate: false,
    });
    expect(view.escalationHint).toContain('12348');
    await tickUntilDone(cloud, slot);
    const sent = delivered(cloud).filter((e) => appealIdOf(e) === 'official-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      templateId: REMINDER_ID,
      data: { date2: { value: '2026年11月9日' }, thing3: { value: REMINDER_ADVICE.overdue } },
    });
  });

  it('WeChat Pay (a commonly reported 3 working days) long past: a range, 以官方为准, never overdue, still reminded', async () => {
    const owner = testOpenid('reported-owner');
    await allow(cloud, owner, 'deadlineReminder');
    const slot = new Date('2026-11-10T01:00:00Z');
    cloud.store.insert('appeals', [
      appealDoc(
        { _id: 'reported-1', _openid: owner, nextReminderAt: slot, expectedReplyOn: '2026-11-09' },
        T,
      ),
    ]);
    const view = data(await appealAs(cloud, owner)('get', { id: 'reported-1' }));
    expect(view.deadline).toEqual({
      kind: 'reported',
      range: { min: 3, max: 3, unit: 'working-days' },
      date: '2026-11-09',
      approximate: false,
    });
    expect(view.escalationHint).toBeNull();
    expect(view.nextFollowUpOn).toBe('2026-11-10');
    await tickUntilDone(cloud, slot);
    const sent = delivered(cloud).filter((e) => appealIdOf(e) === 'reported-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ data: { thing3: { value: REMINDER_ADVICE.checkIn } } });
  });

  it('a follow-up in 2027 is flagged as an estimate in the view', async () => {
    const owner = testOpenid('approx-owner');
    cloud.store.insert('appeals', [
      appealDoc(
        {
          _id: 'approx-1',
          _openid: owner,
          nextReminderAt: new Date('2027-01-05T01:00:00Z'),
          expectedReplyOn: '2027-01-04',
          approximateFrom: 2027,
        },
        T,
      ),
    ]);
    const view = data(await appealAs(cloud, owner)('get', { id: 'approx-1' }));
    expect(view.deadline).toMatchObject({ kind: 'reported', date: '2027-01-04', approximate: true });
    expect(view).toMatchObject({ nextFollowUpOn: '2027-01-05', nextFollowUpApproximate: true });
  });
});
