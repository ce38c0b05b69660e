/**
 * The next step on the appeal page, per status and per reader: the card holder is told what to do; a family
 * member is told how to help, and never that they submit the appeal themselves.
 */
import { APPEAL_STATUSES } from '../../../miniprogram/domain/appeal/status';
import type { DeadlineView } from '../../../miniprogram/domain/appeal/contract';
import {
  deadlineMove,
  describeDeadline,
  followUp,
  HELPER_NEXT_STEP,
  NEXT_STEP,
  nextStepFor,
  reminderPanel,
  screenOf,
} from '../../../miniprogram/pages/appeal/domain/present';
import { beijingTime } from '../../../miniprogram/domain/appeal/time';
import { submittedAppeal } from './fixtures';

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

const date = (d: string, workingDaysLeft: number): DeadlineView => ({
  kind: 'date',
  date: d,
  workingDaysLeft,
  overdue: workingDaysLeft < 0,
  approximate: false,
});

describe('one consistent message per state', () => {
  it('an overdue deadline names its date', () => {
    expect(describeDeadline(date('2026-10-09', -40))).toBe(
      '按规定应在 2026年10月9日 前答复，已经过了 40 个工作日，可以催办或升级投诉。',
    );
  });

  it('a date counted through a year without a holiday schedule is said as about, and will be corrected', () => {
    expect(
      describeDeadline({
        kind: 'date',
        date: '2027-01-12',
        workingDaysLeft: 4,
        overdue: false,
        approximate: true,
      }),
    ).toBe('按规定 约2027年1月12日 前答复，还有约 4 个工作日，放假安排公布后会自动更新。');
  });

  it('a time that is only commonly reported is a range, never a due date', () => {
    const text = describeDeadline({
      kind: 'reported',
      range: { min: 3, max: 7, unit: 'working-days' },
      date: '2026-12-15',
      approximate: false,
    });
    expect(text).toBe('常听说要3到7个工作日（2026年12月15日前后），以官方为准。');
    expect(text).not.toMatch(/超过|催办|升级/);
  });

  it('promises a reminder only when one is left, and never after the date', () => {
    const soon = date('2026-12-09', 3);
    expect(followUp('submitted', soon, true)).toBe('到了2026年12月9日还没消息，我们会提醒你跟进。');
    expect(followUp('submitted', soon, false)).toContain('提醒没有开启，我们不会另外通知你');
    expect(followUp('submitted', soon, null)).not.toMatch(/提醒/);
    for (const on of [true, false, null]) {
      const overdue = followUp('reviewing', date('2026-10-09', -40), on);
      expect(overdue).toBe('已经过了预计答复日（2026年10月9日），可以打官方电话问问进度。');
    }
    expect(followUp('preparing', soon, true)).toBe('');
    expect(followUp('closed', soon, true)).toBe('');
  });

  it('a commonly reported time that has gone by says so with its date, and promises nothing', () => {
    const reported: DeadlineView = {
      kind: 'reported',
      range: { min: 3, max: 3, unit: 'working-days' },
      date: '2026-10-09',
      approximate: false,
    };
    for (const on of [true, false, null])
      expect(followUp('submitted', reported, on, '2026-12-06')).toBe(
        '已经过了常说的答复时间（2026年10月9日），可以打官方电话问问进度。',
      );
    expect(followUp('submitted', reported, true, '2026-10-08')).toBe(
      '到了2026年10月9日还没消息，我们会提醒你跟进。',
    );
  });

  it('the plain next steps promise nothing about reminders', () => {
    for (const text of [...Object.values(NEXT_STEP), ...Object.values(HELPER_NEXT_STEP)])
      expect(text).not.toMatch(/提醒你/);
  });

  it('a status change that moves the expected date says from when to when', () => {
    expect(deadlineMove(date('2026-12-03', 1), date('2026-12-09', 3), 'reviewing')).toBe(
      '进度改成「审核中」后，预计答复日从 2026年12月3日 改成了 2026年12月9日。',
    );
    expect(deadlineMove(date('2026-12-03', 1), date('2026-12-03', 1), 'reviewing')).toBe('');
    expect(deadlineMove(date('2026-12-03', 1), { kind: 'none' }, 'resolved')).toContain(
      '不再按 2026年12月3日',
    );
    expect(deadlineMove({ kind: 'none' }, date('2026-12-03', 1), 'submitted')).toBe('');
  });

  it('never shows 开启提醒 beside 提醒已开启', () => {
    const on = { label: '提醒已开启 · 剩余 1 次', on: true, askAgain: true };
    expect(reminderPanel(on, 'why')).toEqual({
      reminderLabel: on.label,
      reminderButton: '多开几次提醒',
      reminderReason: '有的提醒次数用完了。每允许一次，可以多收到一条。',
    });
    expect(reminderPanel({ ...on, askAgain: false }, 'why').reminderButton).toBe('');
    expect(reminderPanel({ label: '提醒未开启', on: false, askAgain: true }, 'why')).toEqual({
      reminderLabel: '提醒未开启',
      reminderButton: '开启提醒',
      reminderReason: 'why',
    });
    expect(reminderPanel({ label: '关了', on: false, askAgain: false }, 'why').reminderButton).toBe('');
    expect(reminderPanel(null, 'why').reminderButton).toBe('开启提醒');
  });
});

describe('the appeal page as shown', () => {
  const view = submittedAppeal({
    checklist: [
      { id: 'id-card', required: true, done: true, by: 'helper' },
      { id: 'unknown-doc', required: false, done: false },
    ],
    timeline: [
      { at: '2026-12-01T01:30:00.000Z', actor: 'owner', actorLabel: '我', kind: 'created', text: '开始跟踪' },
      {
        at: '2026-12-02T01:30:00.000Z',
        actor: 'owner',
        actorLabel: '我',
        kind: 'note',
        text: '私事',
        private: true,
      },
      {
        at: '2026-12-03T01:30:00.000Z',
        actor: 'owner',
        actorLabel: '我',
        kind: 'note',
        text: '等审核的话',
        heldNotice: '正在等微信审核，审核前只有你能看到',
      },
    ],
    notifications: [
      {
        at: '2026-12-04T02:00:00.000Z',
        template: 'progressUpdate',
        result: 'no-credit',
        recipient: 'helper',
      },
    ],
  });

  it('labels, the countdown, the newest history first and the owner’s moves', () => {
    const s = screenOf(view);
    expect(s).toMatchObject({
      statusLabel: '已提交',
      tone: 'primary',
      deadlineText: '按规定 2026年12月9日 前答复，还有 3 个工作日。',
      overdue: false,
      isOwner: true,
      canMarkSubmitted: true,
      submittedOn: '2026-12-04',
      readyCount: 1,
    });
    expect(s.checklist[0]).toMatchObject({ id: 'id-card', done: true, by: '家人勾的' });
    expect(s.checklist[1]).toMatchObject({ id: 'unknown-doc', name: 'unknown-doc', required: false });
    expect(s.timeline.map((t) => [t.when, t.text, t.private, t.held])).toEqual([
      ['12月3日 09:30', '等审核的话', false, '正在等微信审核，审核前只有你能看到'],
      ['12月2日 09:30', '私事', true, ''],
      ['12月1日 09:30', '开始跟踪', false, ''],
    ]);
    expect(s.moves.map((m) => m.value)).toEqual([
      'reviewing',
      'needs-more',
      'resolved',
      'rejected',
      'closed',
    ]);
    expect(s.notifications).toEqual([
      {
        key: '0',
        when: '12月4日 10:00',
        what: '进度通知（家人）',
        result: '没发：提醒次数用完了',
        ok: false,
      },
    ]);
  });

  it('a helper gets no status moves', () => {
    const s = screenOf({ ...view, role: 'helper' });
    expect(s.isOwner).toBe(false);
    expect(s.moves).toEqual([]);
    expect(s.nextStep).toBe(HELPER_NEXT_STEP.submitted);
  });
});

describe('times of day', () => {
  it('are shown in Beijing time, and nothing for what is not an instant', () => {
    expect(beijingTime('2026-11-23T01:30:00.000Z')).toBe('11月23日 09:30');
    expect(beijingTime('2026-11-23T16:05:00.000Z')).toBe('11月24日 00:05');
    expect(beijingTime('garbage')).toBe('');
  });
});
