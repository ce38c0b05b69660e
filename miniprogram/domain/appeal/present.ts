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
