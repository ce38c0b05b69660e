/**
 * The life of an appeal, as it really goes:
 *
 *   准备材料 → 已提交 → 审核中 ⇄ 需补充材料 → 已解决 | 被驳回 → 已升级 (12315 / 12363 / 12378 / 法院) → 已结束
 *
 * A person can also stop following an appeal at any point (已结束), e.g. when the card works again.
 * Every other move is refused, so the timeline always tells a story that could have happened.
 */

export const APPEAL_STATUSES = [
  'preparing',
  'submitted',
  'reviewing',
  'needs-more',
  'resolved',
  'rejected',
  'escalated',
  'closed',
] as const;

export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** Each a 1–5 character phrase: the progress message shows it as is (notify/messages.ts checks it compiles). */
export const STATUS_LABEL = {
  preparing: '准备材料',
  submitted: '已提交',
  reviewing: '审核中',
  'needs-more': '需补充材料',
  resolved: '已解决',
  rejected: '被驳回',
  escalated: '已升级',
  closed: '已结束',
} as const satisfies Readonly<Record<AppealStatus, string>>;

/** Where a rejected appeal can be taken next. */
export const ESCALATION_TARGETS = ['12315', '12363', '12378', 'court'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const ESCALATION_LABEL: Readonly<Record<EscalationTarget, string>> = {
  '12315': '12315 市场监管投诉',
  '12363': '12363 人民银行金融消费者投诉',
  '12378': '12378 金融监管总局投诉',
  court: '法院（诉讼）',
};

const NEXT: Readonly<Record<AppealStatus, readonly AppealStatus[]>> = {
  preparing: ['submitted', 'closed'],
  submitted: ['reviewing', 'needs-more', 'resolved', 'rejected', 'closed'],
  reviewing: ['needs-more', 'resolved', 'rejected', 'closed'],
  'needs-more': ['reviewing', 'closed'],
  resolved: ['closed'],
  rejected: ['escalated', 'closed'],
  escalated: ['resolved', 'rejected', 'closed'],
  closed: [],
};

export function nextStatuses(from: AppealStatus): readonly AppealStatus[] {
  return NEXT[from];
}

export function canMove(from: AppealStatus, to: AppealStatus): boolean {
  return NEXT[from].indexOf(to) >= 0;
}

export function isAppealStatus(value: unknown): value is AppealStatus {
  return typeof value === 'string' && (APPEAL_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** Statuses in which we are waiting for an answer from someone else (deadlines and reminders apply). */
export function isWaiting(status: AppealStatus): boolean {
  return status === 'submitted' || status === 'reviewing' || status === 'escalated';
}
