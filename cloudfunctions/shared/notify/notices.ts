/**
 * Outbox entries ("pending notices") and who receives them.
 *
 * A pending notice is written INSIDE the appeal document, in the same single-document update that changes the
 * status (or advances the reminder schedule), so the change and its notice are atomic without a transaction.
 * Its `key` names the message once and for all: (appeal, version or reminder date, recipient, template).
 */
import type { NotificationTemplate, Role } from '../../../miniprogram/domain/appeal/contract';
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';

export interface Recipient {
  readonly openid: string;
  readonly role: Role;
}

export interface HelperRef {
  readonly openid: string;
}

/** What the notify code needs of an appeal document (AppealDoc satisfies it). */
export interface NotifiableAppeal {
  readonly _id: string;
  readonly _openid: string;
  readonly symptomId: string;
  /** Family helpers who follow the appeal; absent means none. */
  readonly helpers?: readonly HelperRef[];
  readonly pendingNotices?: readonly PendingNotice[];
  /** Earliest instant a pending notice should be (re)tried; null or absent when nothing is pending. */
  readonly noticeDueAt?: Date | null;
}

export interface PendingNotice {
  readonly key: string;
  readonly template: NotificationTemplate;
  readonly recipient: string;
  readonly role: Role;
  /** `v<version>` for a status change, `<YYYY-MM-DD>` (Shanghai) for a reminder. */
  readonly ref: string;
  /** When the event happened. */
  readonly at: Date;
  /** progressUpdate: the new status. */
  readonly status?: AppealStatus;
  /** deadlineReminder: the expected reply date then known (null: a check-in). */
  readonly replyBy?: string | null;
}

/** `[owner, ...helpers]`, each once. */
export function recipientsOf(appeal: Pick<NotifiableAppeal, '_openid' | 'helpers'>): Recipient[] {
  const out: Recipient[] = [{ openid: appeal._openid, role: 'owner' }];
  for (const h of appeal.helpers ?? []) {
    if (h && typeof h.openid === 'string' && !out.some((r) => r.openid === h.openid)) {
      out.push({ openid: h.openid, role: 'helper' });
    }
  }
  return out;
}

export function noticeKey(
  appealId: string,
  ref: string,
  recipient: string,
  template: NotificationTemplate,
): string {
  return `${appealId}:${ref}:${recipient}:${template}`;
}

export function progressNotice(
  appealId: string,
  newVersion: number,
  to: Recipient,
  status: AppealStatus,
  at: Date,
): PendingNotice {
  const ref = `v${newVersion}`;
  return {
    key: noticeKey(appealId, ref, to.openid, 'progressUpdate'),
    template: 'progressUpdate',
    recipient: to.openid,
    role: to.role,
    ref,
    at,
    status,
  };
}

export function reminderNotice(
  appealId: string,
  reminderDate: string,
  to: Recipient,
  replyBy: string | null,
  at: Date,
): PendingNotice {
  return {
    key: noticeKey(appealId, reminderDate, to.openid, 'deadlineReminder'),
    template: 'deadlineReminder',
    recipient: to.openid,
    role: to.role,
    ref: reminderDate,
    at,
    replyBy,
  };
}
