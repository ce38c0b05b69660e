/**
 * Words for an appeal's progress, shared by 我的申诉 and the appeal page. Pure: no wx, no clock.
 */
import type { AppealSummary, DeadlineView } from './contract';
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
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function describeDeadline(deadline: DeadlineView): string {
  switch (deadline.kind) {
    case 'none':
      return '';
    case 'beyond-calendar':
      return `${deadline.year}年的放假安排还没公布，暂时算不准答复日期，以官方为准。`;
    case 'date':
      if (deadline.overdue)
        return `已超过预计答复日 ${-deadline.workingDaysLeft} 个工作日，可以催办或升级投诉。`;
      if (deadline.workingDaysLeft === 0) return `预计今天（${chineseDate(deadline.date)}）答复。`;
      return `预计 ${chineseDate(deadline.date)} 前答复，还有 ${deadline.workingDaysLeft} 个工作日。`;
  }
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
  const t = new Date(Date.parse(iso) + 8 * 3600e3);
  if (Number.isNaN(t.getTime())) return '';
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
