/**
 * Subscription messages from the `appeal` function: the outbox entries a status change writes (atomically, in
 * the same update), the best-effort inline delivery right after it, and the caller's credit ledger.
 * Whatever inline delivery leaves behind, the `remind` timer sweeps (cloudfunctions/remind).
 */
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';
import type { Database, SubscribeMessageSend } from '../../shared/sdk';
import { errorTag, type Log } from '../../shared/log';
import { deliverPending } from '../../shared/notify/deliver';
import { BURST_MS, recentNotifications } from '../../shared/notify/records';
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
  const recent = await recentlyTold(ctx, doc);
  const notices = recipients
    .filter((r) => credited.has(r.openid) && !recent.has(r.openid))
    .map((r) => progressNotice(doc._id, doc.version + 1, r, to, ctx.now));
  if (notices.length === 0) return {};
  return { pendingNotices: ctx.db.command.push(notices), noticeDueAt: ctx.now };
}

/** States of a message that reached (or is reaching) its recipient. */
const TOLD: readonly string[] = ['sent', 'claimed', 'retry'];

/**
 * Who has a progress message about this appeal waiting, or was sent one within BURST_MS: a burst of changes (an
 * owner tapping back and forth) must not spend their one-time reminders. The page always shows the latest status.
 */
async function recentlyTold(ctx: NotifyContext, doc: AppealDoc): Promise<Set<string>> {
  const told = new Set(
    (doc.pendingNotices ?? []).filter((n) => n.template === 'progressUpdate').map((n) => n.recipient),
  );
  try {
    const since = new Date(ctx.now.getTime() - BURST_MS);
    for (const n of await recentNotifications(ctx.db, doc._id, since)) {
      if (n.template === 'progressUpdate' && TOLD.indexOf(n.state) >= 0) told.add(n._openid);
    }
  } catch (e) {
    // Unreadable: the message is secondary, and a missing one costs more than one too many.
    ctx.log(`notify: recent messages unreadable (${errorTag(e)})`);
  }
  return told;
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
