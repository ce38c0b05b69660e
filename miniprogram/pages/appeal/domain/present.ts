/**
 * Words for an appeal's progress, shared by 我的申诉 and the appeal page, and the whole appeal page as it is
 * shown (`screenOf`): every state says one consistent thing and names the dates it talks about.
 * Pure: no wx, no clock.
 */
import { getDocument } from '../../../domain/catalog/documents';
import { isDocumentId } from '../../../domain/catalog/ids';
import { appealTitle } from '../../../domain/present/guide';
import type { AppealSummary, AppealView, DeadlineView, ReplyRange } from '../../../domain/appeal/contract';
import { familyScreen, type FamilyScreen } from '../../../domain/appeal/family';
import { beijingTime, chineseDate } from '../../../domain/appeal/time';
import { nextStatuses, STATUS_LABEL } from '../../../domain/appeal/status';
import { shownHistory, type ShownHistory } from './timeline';
import type { AppealStatus } from '../../../domain/appeal/status';

export type Tone = 'primary' | 'success' | 'warning' | 'danger' | 'default';

export const STATUS_TONE: Readonly<Record<AppealStatus, Tone>> = {
  preparing: 'default',
  submitted: 'primary',
  reviewing: 'primary',
  'needs-more': 'warning',
  resolved: 'success',
  rejected: 'danger',
  escalated: 'warning',
  closed: 'default',
};

const UNIT: Readonly<Record<ReplyRange['unit'], string>> = {
  'working-days': '个工作日',
  days: '天',
  hours: '小时',
};

function rangeText(r: ReplyRange): string {
  return `${r.min === r.max ? r.max : `${r.min}到${r.max}`}${UNIT[r.unit]}`;
}

/** Said after a date counted through a year whose holidays are not announced yet. */
export const APPROXIMATE_NOTE = '放假安排公布后会自动更新';

/**
 * The answer date in words. Only an official rule gives a due date (and can be overdue); a time that is only
 * commonly reported is said as a range, 以官方为准. A date counted through a year without a holiday schedule
 * is 约 (about) and says it will be corrected.
 */
export function describeDeadline(deadline: DeadlineView): string {
  if (deadline.kind === 'none') return '';
  const about = deadline.approximate ? '约' : '';
  const after = deadline.approximate ? `，${APPROXIMATE_NOTE}` : '';
  const date = `${about}${chineseDate(deadline.date)}`;
  if (deadline.kind === 'reported') {
    return `常听说要${rangeText(deadline.range)}（${date}前后），以官方为准${after}。`;
  }
  const days = deadline.workingDaysLeft;
  if (deadline.overdue)
    return `按规定应在 ${date} 前答复，已经过了${about} ${-days} 个工作日，可以催办或升级投诉${after}。`;
  if (days === 0) return `按规定今天（${date}）答复${after}。`;
  return `按规定 ${date} 前答复，还有${about} ${days} 个工作日${after}。`;
}

export interface AppealCard {
  readonly id: string;
  readonly title: string;
  readonly statusLabel: string;
  readonly tone: Tone;
  readonly deadlineText: string;
  readonly overdue: boolean;
  readonly role: string;
}

export function appealCard(summary: AppealSummary, title: string): AppealCard {
  return {
    id: summary.id,
    title,
    statusLabel: STATUS_LABEL[summary.status],
    tone: STATUS_TONE[summary.status],
    deadlineText: describeDeadline(summary.deadline),
    overdue: summary.deadline.kind === 'date' && summary.deadline.overdue,
    role: summary.role === 'owner' ? '' : '家人的申诉',
  };
}

export { beijingTime, chineseDate };

/** What to do now, for each status. */
export const NEXT_STEP: Readonly<Record<AppealStatus, string>> = {
  preparing: '把下面清单里的材料备齐，按指南提交申诉。提交以后，点“我已提交”记下日期，我们帮你算答复时间。',
  submitted: '已经提交了，等对方答复就好，不用反复提交。',
  reviewing: '对方正在审核，耐心等待。',
  'needs-more': '对方要你补充材料。按对方的要求补齐后再提交，然后把进度改成“审核中”。',
  resolved: '问题已经解决了。确认一切正常后，可以把这条申诉标为“已结束”。',
  rejected: '申诉被驳回了。先看清驳回的理由；可以补充材料再申诉，也可以升级投诉。',
  escalated: '已经升级投诉，等待答复。',
  closed: '这条申诉已经结束。',
};

/** What to do now, said to a family member who helps: the card holder acts; the helper supports. */
export const HELPER_NEXT_STEP: Readonly<Record<AppealStatus, string>> = {
  preparing:
    '帮家人对照下面的清单把材料备齐。申诉要由持卡人本人在自己的手机上提交；密码和验证码谁都不要给，家人也一样。',
  submitted: '家人已经提交了，等对方答复就好，不用反复提交。',
  reviewing: '对方正在审核，陪家人耐心等待。',
  'needs-more': '对方要补充材料。帮家人按要求备齐，再由本人提交。',
  resolved: '问题已经解决了。请家人确认一切正常。',
  rejected: '申诉被驳回了。帮家人看清驳回的理由：可以补充材料再申诉，也可以升级投诉。',
  escalated: '家人已经升级投诉，等待答复。',
  closed: '这条申诉已经结束。',
};

/** The next step as the viewer should read it: the card holder, or a family member helping. */
export function nextStepFor(status: AppealStatus, role: 'owner' | 'helper'): string {
  return (role === 'owner' ? NEXT_STEP : HELPER_NEXT_STEP)[status];
}

/** Statuses where the person waits for an answer by a date. */
const WAITING: readonly AppealStatus[] = ['submitted', 'reviewing', 'escalated'];

/**
 * What happens if the answer does not come, said once and only as it is: past the date (which date), or
 * reminded on that date (only when a reminder is left), or nothing is sent (reminders off).
 * `remindersOn` null: the reminder state is unknown, so nothing is promised either way. `today` (Shanghai date)
 * tells whether a commonly reported time has already gone by.
 */
export function followUp(
  status: AppealStatus,
  deadline: DeadlineView,
  remindersOn: boolean | null,
  today = '',
): string {
  if (WAITING.indexOf(status) < 0) return '';
  const date = deadline.kind === 'none' ? '' : chineseDate(deadline.date);
  if (deadline.kind === 'date' && deadline.overdue)
    return `已经过了预计答复日（${date}），可以打官方电话问问进度。`;
  if (deadline.kind === 'reported' && today && today > deadline.date)
    return `已经过了常说的答复时间（${date}），可以打官方电话问问进度。`;
  const when = date ? `到了${date}` : '到期';
  if (remindersOn) return `${when}还没消息，我们会提醒你跟进。`;
  if (remindersOn === false) return `${when}还没消息，可以打官方电话问问。提醒没有开启，我们不会另外通知你。`;
  return `${when}还没消息，可以打官方电话问问。`;
}

/** A status change that moved the expected answer date says so (never silently). */
export function deadlineMove(before: DeadlineView, after: DeadlineView, status: AppealStatus): string {
  const because = `进度改成「${STATUS_LABEL[status]}」后`;
  if (before.kind !== 'none' && after.kind !== 'none' && before.date !== after.date)
    return `${because}，预计答复日从 ${chineseDate(before.date)} 改成了 ${chineseDate(after.date)}。`;
  if (before.kind !== 'none' && after.kind === 'none')
    return `${because}，不再按 ${chineseDate(before.date)} 计算答复日期。`;
  return '';
}

/** The reminder state as the page needs it (services/subscription's ReminderState fits). */
export interface ReminderInput {
  readonly label: string;
  readonly on: boolean;
  readonly askAgain: boolean;
}

export interface ReminderPanel {
  readonly reminderLabel: string;
  /** The button's words, '' for no button: never 开启提醒 beside 提醒已开启. */
  readonly reminderButton: string;
  /** Why we ask, shown only with the button. */
  readonly reminderReason: string;
}

export function reminderPanel(state: ReminderInput | null, reason: string): ReminderPanel {
  if (!state)
    return { reminderLabel: '暂时查不到提醒状态', reminderButton: '开启提醒', reminderReason: reason };
  if (!state.on && !state.askAgain)
    return { reminderLabel: state.label, reminderButton: '', reminderReason: '' };
  if (!state.on) return { reminderLabel: state.label, reminderButton: '开启提醒', reminderReason: reason };
  if (state.askAgain)
    return {
      reminderLabel: state.label,
      reminderButton: '多开几次提醒',
      reminderReason: '有的提醒次数用完了。每允许一次，可以多收到一条。',
    };
  return { reminderLabel: state.label, reminderButton: '', reminderReason: '' };
}

const TEMPLATE_LABEL = { progressUpdate: '进度通知', deadlineReminder: '跟进提醒' } as const;
const RESULT_LABEL = {
  sent: '已发送',
  'no-credit': '没发：提醒次数用完了',
  refused: '没发：微信里关闭了提醒',
  'bad-data': '没发：内容不符合格式',
  failed: '没发：暂时发送失败',
} as const;

/** The appeal page, as shown (its history: the newest rows shown, the control for the rest). */
export interface AppealScreen extends ShownHistory {
  readonly title: string;
  /** The cause and channel whose recorded resolution times are shown. */
  readonly causeId: string;
  readonly channelId: string;
  readonly statusLabel: string;
  readonly tone: Tone;
  readonly nextStep: string;
  readonly deadlineText: string;
  readonly overdue: boolean;
  readonly escalationHint: string;
  readonly isOwner: boolean;
  /** The submission date can be recorded or corrected until a reviewer has answered. */
  readonly canMarkSubmitted: boolean;
  readonly submittedOn: string;
  readonly checklist: ReadonlyArray<{
    id: string;
    name: string;
    required: boolean;
    done: boolean;
    by: string;
  }>;
  readonly readyCount: number;
  readonly moves: ReadonlyArray<{ name: string; value: string }>;
  readonly notifications: ReadonlyArray<{
    key: string;
    when: string;
    what: string;
    result: string;
    ok: boolean;
  }>;
  readonly family: FamilyScreen;
}

/** The appeal page for `a`: with the first rows of its history, or the whole newest page when `wholePage`. */
export function screenOf(a: AppealView, wholePage = false): AppealScreen {
  const checklist = a.checklist.map((t) => ({
    id: t.id,
    name: isDocumentId(t.id) ? getDocument(t.id).name : t.id,
    required: t.required,
    done: t.done,
    by: t.done && t.by === 'helper' ? '家人勾的' : '',
  }));
  return {
    title: appealTitle(a.causeIds),
    causeId: a.causeIds[0] ?? '',
    channelId: a.channelId,
    statusLabel: STATUS_LABEL[a.status],
    tone: STATUS_TONE[a.status],
    nextStep: nextStepFor(a.status, a.role),
    deadlineText: describeDeadline(a.deadline),
    overdue: a.deadline.kind === 'date' && a.deadline.overdue,
    escalationHint: a.escalationHint ?? '',
    isOwner: a.role === 'owner',
    canMarkSubmitted: a.status === 'preparing' || a.status === 'submitted' || a.status === 'reviewing',
    submittedOn: a.submittedOn ?? '',
    checklist,
    readyCount: checklist.filter((c) => c.done).length,
    ...shownHistory(a, wholePage),
    moves: a.role === 'owner' ? nextStatuses(a.status).map((s) => ({ name: MOVE_LABEL[s], value: s })) : [],
    notifications: (a.notifications ?? []).map((n, i) => ({
      key: `${i}`,
      when: beijingTime(n.at),
      what: `${TEMPLATE_LABEL[n.template]}${n.recipient === 'helper' ? '（家人）' : ''}`,
      result: RESULT_LABEL[n.result],
      ok: n.result === 'sent',
    })),
    family: familyScreen(a),
  };
}

/** Words on the status-change buttons: what the person is telling us happened. */
export const MOVE_LABEL: Readonly<Record<AppealStatus, string>> = {
  preparing: '准备材料',
  submitted: '我已提交',
  reviewing: '对方在审核',
  'needs-more': '对方要我补材料',
  resolved: '已经解决了',
  rejected: '被驳回了',
  escalated: '我要升级投诉',
  closed: '不再跟进，结束',
};
