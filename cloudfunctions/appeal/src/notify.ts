/**
 * Subscription messages from the `appeal` function: the outbox entries a status change writes (atomically, in
 * the same update), the best-effort inline delivery right after it, and the caller's credit ledger.
 * Whatever inline delivery leaves behind, the `remind` timer sweeps (cloudfunctions/remind).
 */
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';
import type { Database, SubscribeMessageSend } from '../../shared/sdk';
import { errorTag, type Log } from '../../shared/log';
import { deliverPending } from '../../shared/notify/deliver';
import { withCredit } from '../../shared/notify/ledger';
import { progressNotice, recipientsOf } from '../../shared/notify/notices';
import type { AppealDoc } from './store';

/** Inline delivery gets this long at most; the rest waits for the timer. */
const INLINE_BUDGET_MS = 3000;
const INLINE_RETRY_DELAYS_MS = [100, 400];

export interface NotifyContext {
  readonly db: Database;
  readonly now: Date;
  readonly log: Log;
  readonly send: (msg: SubscribeMessageSend) => Promise<unknown>;
}

/**
 * The fields to add to a status change's update: one progressUpdate notice per recipient with a credit left,
 * keyed by the version the update creates (the update is guarded by the current version, so it is exactly
 * `doc.version + 1`). Empty when nobody would receive one.
 */
export async function progressNoticeFields(
  ctx: NotifyContext,
  doc: AppealDoc,
  to: AppealStatus,
): Promise<Record<string, unknown>> {
  const recipients = recipientsOf(doc);
  let credited: Set<string>;
  try {
    credited = await withCredit(
      ctx.db,
      recipients.map((r) => r.openid),
      'progressUpdate',
    );
  } catch (e) {
    // The status change is what the person asked for; a message is secondary. Change without notice.
    ctx.log(`notify: ledger unreadable, status change without notice (${errorTag(e)})`);
    return {};
  }
  const notices = recipients
    .filter((r) => credited.has(r.openid))
    .map((r) => progressNotice(doc._id, doc.version + 1, r, to, ctx.now));
  if (notices.length === 0) return {};
  return { pendingNotices: ctx.db.command.push(notices), noticeDueAt: ctx.now };
}

/** Send what is pending on this appeal now, best effort: any failure is left to the timer. */
export async function deliverInline(ctx: NotifyContext, appeal: AppealDoc | null): Promise<void> {
  if (!appeal || !appeal.pendingNotices || appeal.pendingNotices.length === 0) return;
  try {
    await deliverPending(
      {
        db: ctx.db,
        send: ctx.send,
        now: ctx.now,
        retryDelaysMs: INLINE_RETRY_DELAYS_MS,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        deadline: Date.now() + INLINE_BUDGET_MS,
        log: ctx.log,
      },
      appeal,
    );
  } catch (e) {
    ctx.log(`notify: inline delivery deferred to the timer (${errorTag(e)})`);
  }
}
