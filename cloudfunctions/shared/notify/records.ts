/**
 * The `notifications` collection: one document per message key, with a UNIQUE index on `key`. Inserting it is
 * the claim: whoever inserts first owns the key and is the only one who may send it.
 *
 *   claimed ──send──▶ sent | no-credit | refused | bad-data | failed      (terminal, never sent again)
 *      │  └─certainly not delivered, retryable──▶ retry ──(later, CAS)──▶ claimed
 *      └─lease expired (the sender died after claiming)──▶ failed (outcome unknown; NOT resent)
 *
 * A key found `claimed` past its lease may or may not have been delivered (the sender may have died between
 * sending and recording). We never resend it: delivery is AT MOST ONCE per key, so never twice.
 */
import { randomBytes } from 'crypto';
import type {
  NotificationEntry,
  NotificationResult,
  NotificationTemplate,
  Role,
} from '../../../miniprogram/domain/appeal/contract';
import type { Database, Doc } from '../sdk';
import type { NotifiableAppeal, PendingNotice } from './notices';

export const NOTIFICATIONS = 'notifications';

export type NoticeState = 'claimed' | 'retry' | NotificationResult;

export interface NotificationDoc {
  readonly key: string;
  /** Random id of the current claim: only its holder may record the result. */
  readonly claimId: string;
  readonly state: NoticeState;
  readonly appealId: string;
  /** The appeal's owner. */
  readonly owner: string;
  /** The recipient (also what the read rule checks). */
  readonly _openid: string;
  readonly role: Role;
  readonly template: NotificationTemplate;
  readonly ref: string;
  /** Send attempts made so far (rounds of inline retries). */
  readonly attempts: number;
  readonly claimedAt: Date;
  readonly nextAttemptAt: Date | null;
  /** When the state last changed. */
  readonly at: Date;
  readonly errCode?: number | null;
  readonly detail?: string | null;
  readonly msgid?: number | null;
}

/** Longer than any function timeout (CloudBase allows up to 900 s): a claim this old belongs to a dead sender. */
export const LEASE_MS = 20 * 60 * 1000;

export type Claim =
  | { readonly kind: 'mine'; readonly claimId: string; readonly attempts: number }
  | { readonly kind: 'done' }
  | { readonly kind: 'later'; readonly at: Date };

const TERMINAL: readonly NoticeState[] = ['sent', 'no-credit', 'refused', 'bad-data', 'failed'];

export function isTerminal(state: NoticeState): boolean {
  return TERMINAL.indexOf(state) >= 0;
}

const newClaimId = (): string => randomBytes(12).toString('hex');

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

export async function findByKey(db: Database, key: string): Promise<Doc | null> {
  const res = await db.collection(NOTIFICATIONS).where({ key }).limit(1).get();
  return res.data[0] ?? null;
}

/** Take over a key in `retry` whose time has come (compare-and-set on the previous claim). */
async function reclaim(db: Database, doc: Doc, now: Date): Promise<Claim> {
  const claimId = newClaimId();
  const attempts = Number(doc.attempts ?? 0) + 1;
  const res = await db
    .collection(NOTIFICATIONS)
    .where({ key: doc.key, state: 'retry', claimId: doc.claimId })
    .update({ data: { state: 'claimed', claimId, claimedAt: now, at: now, attempts, nextAttemptAt: null } });
  return res.stats.updated === 1 ? { kind: 'mine', claimId, attempts } : { kind: 'later', at: now };
}

/** A claim past its lease: the sender died, maybe after sending. Close it as failed, never resend. */
async function expire(db: Database, doc: Doc, now: Date): Promise<Claim> {
  await db
    .collection(NOTIFICATIONS)
    .where({ key: doc.key, state: 'claimed', claimId: doc.claimId })
    .update({ data: { state: 'failed', detail: 'outcome-unknown', at: now } });
  return { kind: 'done' };
}

/** What to do about a key someone already holds. */
async function judge(db: Database, doc: Doc, now: Date): Promise<Claim> {
  const state = doc.state as NoticeState;
  if (isTerminal(state)) return { kind: 'done' };
  if (state === 'retry') {
    const at = doc.nextAttemptAt ? asDate(doc.nextAttemptAt) : now;
    return at.getTime() <= now.getTime() ? reclaim(db, doc, now) : { kind: 'later', at };
  }
  const leaseEnd = new Date(asDate(doc.claimedAt).getTime() + LEASE_MS);
  return leaseEnd.getTime() <= now.getTime() ? expire(db, doc, now) : { kind: 'later', at: leaseEnd };
}

/** Claim `notice` by inserting its key; if the key exists, decide from its state. */
export async function claim(
  db: Database,
  appeal: Pick<NotifiableAppeal, '_id' | '_openid'>,
  notice: PendingNotice,
  now: Date,
): Promise<Claim> {
  const claimId = newClaimId();
  const doc: NotificationDoc = {
    key: notice.key,
    claimId,
    state: 'claimed',
    appealId: appeal._id,
    owner: appeal._openid,
    _openid: notice.recipient,
    role: notice.role,
    template: notice.template,
    ref: notice.ref,
    attempts: 1,
    claimedAt: now,
    nextAttemptAt: null,
    at: now,
  };
  try {
    await db.collection(NOTIFICATIONS).add({ data: doc });
    return { kind: 'mine', claimId, attempts: 1 };
  } catch (e) {
    // Duplicate key, or our own insert applied with the reply lost: look at what is there.
    const existing = await findByKey(db, notice.key);
    if (!existing) throw e;
    if (existing.claimId === claimId) return { kind: 'mine', claimId, attempts: 1 };
    return judge(db, existing, now);
  }
}

/** Record the outcome of the claim `claimId` (no-op if the claim was lost meanwhile). */
export async function settle(
  db: Database,
  key: string,
  claimId: string,
  fields: Partial<Pick<NotificationDoc, 'state' | 'errCode' | 'detail' | 'msgid' | 'nextAttemptAt'>> & {
    readonly at: Date;
    readonly data?: unknown;
  },
): Promise<boolean> {
  const res = await db
    .collection(NOTIFICATIONS)
    .where({ key, claimId, state: 'claimed' })
    .update({ data: fields });
  return res.stats.updated === 1;
}

function entryOf(doc: Doc): NotificationEntry {
  return {
    at: asDate(doc.at).toISOString(),
    template: doc.template as NotificationTemplate,
    result: doc.state as NotificationResult,
    recipient: doc.role as Role,
  };
}

/** Finished notifications of an appeal, newest first: all of them for the owner, their own for a helper. */
/** Each person gets at most one progress message about one appeal within this long. */
export const BURST_MS = 10 * 60 * 1000;

/** Messages about an appeal whose state changed since `since` (sent, failed or under way), newest first. */
export async function recentNotifications(
  db: Database,
  appealId: string,
  since: Date,
): Promise<Array<Pick<NotificationDoc, '_openid' | 'template' | 'state'>>> {
  const res = await db
    .collection(NOTIFICATIONS)
    .where({ appealId, at: db.command.gt(since) })
    .orderBy('at', 'desc')
    .limit(100)
    .get();
  return res.data as unknown as NotificationDoc[];
}

export async function notificationsOf(
  db: Database,
  appealId: string,
  viewer: { readonly openid: string; readonly role: Role },
  limit: number,
): Promise<NotificationEntry[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { appealId, state: _.in([...TERMINAL]) };
  if (viewer.role !== 'owner') where._openid = viewer.openid;
  const res = await db.collection(NOTIFICATIONS).where(where).orderBy('at', 'desc').limit(limit).get();
  return res.data.map(entryOf);
}

/** Forget every notification of a deleted appeal. */
export async function removeNotificationsOf(db: Database, appealId: string): Promise<void> {
  await db.collection(NOTIFICATIONS).where({ appealId }).remove();
}
