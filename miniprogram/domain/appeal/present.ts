/**
 * Words for an appeal's progress, shared by 我的申诉 and the appeal page. Pure: no wx, no clock.
 */
import type { AppealSummary, DeadlineView, ReplyRange } from './contract';
import { formatBeijing, formatDate } from './deadline';
import { STATUS_LABEL } from './status';
import type { AppealStatus } from './status';

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

function chineseDate(iso: string): string {
  return formatDate(iso, 'YYYY年M月D日');
}

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

export function describeDeadline(deadline: DeadlineView): string {
  if (deadline.kind === 'none') return '';
  const about = deadline.approximate ? '约' : '';
  const after = deadline.approximate ? `，${APPROXIMATE_NOTE}` : '';
  const date = chineseDate(deadline.date);
  if (deadline.kind === 'reported') {
    return `常听说要${rangeText(deadline.range)}（${about}${date}前后），以官方为准；到时我们提醒你问问进度${after}。`;
  }
  const days = deadline.workingDaysLeft;
  if (deadline.overdue) return `已超过答复期限${about} ${-days} 个工作日，可以催办或升级投诉${after}。`;
  if (days === 0) return `按规定今天（${about}${date}）答复${after}。`;
  return `按规定${about} ${date} 前答复，还有${about} ${days} 个工作日${after}。`;
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

export { chineseDate };

/** What to do now, for each status. */
export const NEXT_STEP: Readonly<Record<AppealStatus, string>> = {
  preparing: '把下面清单里的材料备齐，按指南提交申诉。提交以后，点“我已提交”记下日期，我们帮你算答复时间。',
  submitted: '已经提交了，等对方答复就好，不用反复提交。到了预计日期还没消息，我们会提醒你。',
  reviewing: '对方正在审核。耐心等待；到期没消息，可以打官方电话问一问进度。',
  'needs-more': '对方要你补充材料。按对方的要求补齐后再提交，然后把进度改成“审核中”。',
  resolved: '问题已经解决了。确认一切正常后，可以把这条申诉标为“已结束”。',
  rejected: '申诉被驳回了。先看清驳回的理由；可以补充材料再申诉，也可以升级投诉。',
  escalated: '已经升级投诉，等待答复。到期没消息，我们会提醒你。',
  closed: '这条申诉已经结束。',
};

/** What to do now, said to a family member who helps: the card holder acts; the helper supports. */
export const HELPER_NEXT_STEP: Readonly<Record<AppealStatus, string>> = {
  preparing:
    '帮家人对照下面的清单把材料备齐。申诉要由持卡人本人在自己的手机上提交；密码和验证码谁都不要给，家人也一样。',
  submitted: '家人已经提交了，等对方答复就好，不用反复提交。到了预计日期还没消息，我们会提醒你们。',
  reviewing: '对方正在审核。到期没消息，可以陪家人一起打官方电话问进度。',
  'needs-more': '对方要补充材料。帮家人按要求备齐，再由本人提交。',
  resolved: '问题已经解决了。请家人确认一切正常。',
  rejected: '申诉被驳回了。帮家人看清驳回的理由：可以补充材料再申诉，也可以升级投诉。',
  escalated: '家人已经升级投诉，等待答复。到期没消息，我们会提醒你们。',
  closed: '这条申诉已经结束。',
};

/** The next step as the viewer should read it: the card holder, or a family member helping. */
export function nextStepFor(status: AppealStatus, role: 'owner' | 'helper'): string {
  return (role === 'owner' ? NEXT_STEP : HELPER_NEXT_STEP)[status];
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

/** `2026-11-23T01:30:00.000Z` → `11月23日 09:30` in Beijing time. */
export function beijingTime(iso: string): string {
  return formatBeijing(iso, 'M月D日 HH:mm');
}
