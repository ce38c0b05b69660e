/**
 * The sender: deliver the pending notices (outbox entries) of one appeal, each at most once.
 *
 * Per notice: claim the key (notifications, unique) → take one credit (ledger) → build the data (messages.ts)
 * → send, retrying with backoff only what certainly did not go out → record the outcome → adjust the ledger
 * → drop the notice from the appeal. Both the `appeal` function (right after a status change, best effort) and
 * the `remind` timer (everything still pending) call this; the claim makes them safe to overlap.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import type { NotificationResult } from '../../../miniprogram/domain/appeal/contract';
import type { Database, SubscribeMessageSend } from '../sdk';
import type { Log } from '../log';
import { reserve, refund, zero } from './ledger';
import { deadlineReminderData, pageFor, progressUpdateData, subjectOf } from './messages';
import type { NotifiableAppeal, PendingNotice } from './notices';
import { attempt, verdictOf, type Attempt, type Verdict } from './outcome';
import { claim, settle } from './records';

export const APPEALS = 'appeals';

export interface NotifyDeps {
  readonly db: Database;
  readonly send: (msg: SubscribeMessageSend) => Promise<unknown>;
  /** The logical time of this run (claims, records, schedules). */
  readonly now: Date;
  /** Pauses between inline attempts of a retryable failure; its length is the number of retries. */
  readonly retryDelaysMs: readonly number[];
  readonly sleep: (ms: number) => Promise<void>;
  /** Start no new send after this wall-clock instant (epoch ms). */
  readonly deadline: number;
  readonly log: Log;
}

/** Rounds of attempts (each with its inline retries) before a retryable failure is given up as failed. */
export const MAX_ROUNDS = 4;
/** Pause before round n+1: 10 min, 40 min, 160 min. */
export const roundBackoffMs = (round: number): number => 10 * 60 * 1000 * 4 ** (round - 1);

export interface Tally {
  sent: number;
  'no-credit': number;
  refused: number;
  'bad-data': number;
  failed: number;
  /** Still pending (claimed elsewhere, waiting for a retry, or out of time). */
  later: number;
}

export const emptyTally = (): Tally => ({
  sent: 0,
  'no-credit': 0,
  refused: 0,
  'bad-data': 0,
  failed: 0,
  later: 0,
});

export function addTally(into: Tally, more: Tally): void {
  for (const k of Object.keys(into) as Array<keyof Tally>) into[k] += more[k];
}

type Step =
  | { readonly kind: 'done'; readonly result: NotificationResult | null }
  | { readonly kind: 'later'; readonly at: Date };

function messageFor(appeal: NotifiableAppeal, n: PendingNotice): SubscribeMessageSend {
  const subject = subjectOf(appeal.symptomId);
  const at = n.at instanceof Date ? n.at : new Date(String(n.at));
  const data =
    n.template === 'progressUpdate'
      ? progressUpdateData({ subject, status: n.status ?? 'submitted', at })
      : deadlineReminderData({ subject, replyBy: n.replyBy ?? null, at });
  return {
    touser: n.recipient,
    templateId: deployConfig.templates[n.template].id,
    page: pageFor(n.template, appeal._id),
    data,
    miniprogramState: deployConfig.miniprogramState,
    lang: 'zh_CN',
  };
}

/** Send, retrying only failures that certainly did not deliver; a page unknown to the release is dropped once. */
async function sendWithRetries(
  deps: NotifyDeps,
  first: SubscribeMessageSend,
): Promise<{ readonly verdict: Verdict; readonly last: Attempt }> {
  let msg = first;
  let retries = 0;
  for (;;) {
    const last = await attempt(() => deps.send(msg));
    const verdict = verdictOf(last.code);
    if (verdict === 'bad-page' && msg.page !== undefined) {
      const withoutPage: SubscribeMessageSend = { ...msg };
      delete withoutPage.page;
      msg = withoutPage;
      continue;
    }
    const pause = deps.retryDelaysMs[retries];
    if (verdict !== 'retryable' || pause === undefined || Date.now() + pause > deps.deadline) {
      return { verdict: verdict === 'bad-page' ? 'rejected' : verdict, last };
    }
    retries++;
    await deps.sleep(pause);
  }
}

const done = (result: NotificationResult): Step => ({ kind: 'done', result });

/** Record the outcome first (the fact that matters), then fix the ledger. */
async function conclude(
  deps: NotifyDeps,
  n: PendingNotice,
  c: { readonly claimId: string; readonly attempts: number },
  sent: { readonly verdict: Verdict; readonly last: Attempt },
  data: SubscribeMessageSend['data'],
): Promise<Step> {
  const { db, now } = deps;
  const { verdict, last } = sent;
  const base = { at: now, errCode: last.code, data };
  switch (verdict) {
    case 'sent':
      await settle(db, n.key, c.claimId, { ...base, state: 'sent', msgid: last.msgid });
      return done('sent');
    case 'refused':
      await settle(db, n.key, c.claimId, { ...base, state: 'refused' });
      await zero(db, n.recipient, n.template);
      return done('refused');
    case 'unknown':
      // Maybe delivered: the credit stays spent and the key is closed. Never resent.
      await settle(db, n.key, c.claimId, {
        ...base,
        state: 'failed',
        detail: `outcome-unknown: ${last.message}`,
      });
      return done('failed');
    case 'retryable':
      if (c.attempts < MAX_ROUNDS) {
        const nextAttemptAt = new Date(now.getTime() + roundBackoffMs(c.attempts));
        await settle(db, n.key, c.claimId, { ...base, state: 'retry', nextAttemptAt, detail: last.message });
        await refund(db, n.recipient, n.template);
        return { kind: 'later', at: nextAttemptAt };
      }
      break;
    default:
      break;
  }
  // bad-data (47003), rejected, or retryable too many times: certainly not delivered, never resent.
  const state = verdict === 'bad-data' ? 'bad-data' : 'failed';
  await settle(db, n.key, c.claimId, { ...base, state, detail: `${verdict}: ${last.message}` });
  await refund(db, n.recipient, n.template);
  return done(state);
}

async function deliverOne(deps: NotifyDeps, appeal: NotifiableAppeal, n: PendingNotice): Promise<Step> {
  const { db, now } = deps;
  const c = await claim(db, appeal, n, now);
  if (c.kind === 'later') return c;
  if (c.kind === 'done') return { kind: 'done', result: null };
  if (!(await reserve(db, n.recipient, n.template))) {
    await settle(db, n.key, c.claimId, { state: 'no-credit', at: now });
    return done('no-credit');
  }
  const msg = messageFor(appeal, n);
  return conclude(deps, n, c, await sendWithRetries(deps, msg), msg.data);
}

/** Drop finished notices from the appeal; clear or postpone `noticeDueAt` without racing a new push. */
async function tidy(
  deps: NotifyDeps,
  appeal: NotifiableAppeal,
  finished: string[],
  laterAt: Date | null,
): Promise<void> {
  const _ = deps.db.command;
  const coll = deps.db.collection(APPEALS);
  if (finished.length > 0) {
    await coll
      .where({ _id: appeal._id })
      .update({ data: { pendingNotices: _.pull({ key: _.in(finished) }) } });
  }
  if (laterAt === null) {
    await coll.where({ _id: appeal._id, pendingNotices: _.size(0) }).update({ data: { noticeDueAt: null } });
  } else {
    // Only if nobody pushed a new notice meanwhile (a push sets noticeDueAt to its own time).
    await coll
      .where({ _id: appeal._id, noticeDueAt: appeal.noticeDueAt ?? null })
      .update({ data: { noticeDueAt: laterAt } });
  }
}

/** Deliver every pending notice of `appeal` (as read), within the deadline. Never throws for one notice. */
export async function deliverPending(deps: NotifyDeps, appeal: NotifiableAppeal): Promise<Tally> {
  const tally = emptyTally();
  const finished: string[] = [];
  let laterAt: Date | null = null;
  const postpone = (at: Date) => {
    tally.later++;
    laterAt = laterAt === null || at < laterAt ? at : laterAt;
  };
  for (const n of appeal.pendingNotices ?? []) {
    if (Date.now() >= deps.deadline) {
      postpone(deps.now);
      continue;
    }
    try {
      const step = await deliverOne(deps, appeal, n);
      if (step.kind === 'later') postpone(step.at);
      else {
        finished.push(n.key);
        if (step.result) tally[step.result]++;
      }
    } catch (e) {
      // A database error mid-way: the key (if claimed) protects against a resend; look again next time.
      deps.log(`notify: notice left pending (${(e as { errCode?: unknown }).errCode ?? (e as Error).name})`);
      postpone(deps.now);
    }
  }
  await tidy(deps, appeal, finished, laterAt);
  return tally;
}
