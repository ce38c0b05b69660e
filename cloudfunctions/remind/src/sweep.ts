/**
 * One tick of the timer, in two phases, each a paged range query over an indexed field, oldest first:
 *
 *   1. `noticeDueAt <= now`: appeals with notices still pending (inline delivery failed or ran out of time).
 *   2. `nextReminderAt <= now`: appeals whose follow-up date has come. Per appeal, ONE conditional update
 *      (guarded by the `nextReminderAt` just read) moves the schedule to the next follow-up AND writes the
 *      deadlineReminder notices, keyed (appeal, reminder date, recipient); then they are delivered.
 *
 * Work (reads, writes, sends) grows with the number of DUE appeals only. Pages are walked with a keyset cursor
 * (field, _id), so nothing is visited twice in a tick, and the tick stops starting new work at `deadline`:
 * whatever is left is still due, and the next tick picks it up. Every step is idempotent, so overlapping
 * ticks or a tick killed at any point neither skip nor repeat a message.
 */
import { shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';
import { isWaiting, type AppealStatus } from '../../../miniprogram/domain/appeal/status';
import type { Doc } from '../../shared/sdk';
import { nextFollowUp } from '../../shared/schedule';
import {
  APPEALS,
  addTally,
  deliverPending,
  emptyTally,
  type NotifyDeps,
  type Tally,
} from '../../shared/notify/deliver';
import { withCredit } from '../../shared/notify/ledger';
import { recipientsOf, reminderNotice, type NotifiableAppeal } from '../../shared/notify/notices';

export const PAGE_SIZE = 100;
/** Appeals handled at once within a page. */
const CONCURRENCY = 8;

export interface PhaseReport {
  pages: number;
  appeals: number;
  /** The query ran dry: nothing of this phase is left for now. */
  done: boolean;
}

export interface SweepReport {
  readonly now: string;
  readonly pending: PhaseReport;
  readonly reminders: PhaseReport & { scheduled: number };
  readonly notices: Tally;
  /** Both phases finished; false means the tick stopped for time and the next one continues. */
  readonly done: boolean;
}

type Field = 'noticeDueAt' | 'nextReminderAt';

interface Cursor {
  readonly at: Date;
  readonly id: string;
}

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

const PROJECTION: Readonly<Record<Field, Record<string, boolean>>> = {
  noticeDueAt: {
    _id: true,
    _openid: true,
    symptomId: true,
    helpers: true,
    pendingNotices: true,
    noticeDueAt: true,
  },
  nextReminderAt: {
    _id: true,
    _openid: true,
    symptomId: true,
    helpers: true,
    status: true,
    expectedReplyOn: true,
    nextReminderAt: true,
  },
};

/** The next page of appeals with `field <= now`, after the cursor, ordered by (field, _id). */
async function pageOf(deps: NotifyDeps, field: Field, cursor: Cursor | null): Promise<Doc[]> {
  const _ = deps.db.command;
  const due = { [field]: _.lte(deps.now) };
  const where = cursor
    ? _.and([due, _.or([{ [field]: _.gt(cursor.at) }, { [field]: cursor.at, _id: _.gt(cursor.id) }])])
    : due;
  const res = await deps.db
    .collection(APPEALS)
    .where(where as object)
    .orderBy(field, 'asc')
    .orderBy('_id', 'asc')
    .limit(PAGE_SIZE)
    .field(PROJECTION[field])
    .get();
  return res.data;
}

const outOfTime = (deps: NotifyDeps): boolean => Date.now() >= deps.deadline;

/** Run `work` over `items`, a few at a time, starting nothing after the deadline. True when all ran. */
async function eachWithin<T>(
  deps: NotifyDeps,
  items: readonly T[],
  work: (item: T) => Promise<void>,
): Promise<boolean> {
  let next = 0;
  let complete = true;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      if (outOfTime(deps)) {
        complete = false;
        return;
      }
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return complete;
}

/** Walk one phase page by page; `handle` gets each page. */
async function walk(
  deps: NotifyDeps,
  field: Field,
  handle: (page: Doc[]) => Promise<boolean>,
): Promise<PhaseReport> {
  const report: PhaseReport = { pages: 0, appeals: 0, done: false };
  let cursor: Cursor | null = null;
  while (!outOfTime(deps)) {
    const page = await pageOf(deps, field, cursor);
    report.pages++;
    report.appeals += page.length;
    const complete = await handle(page);
    if (!complete) return report;
    if (page.length < PAGE_SIZE) return { ...report, done: true };
    const last = page[page.length - 1] as Doc;
    cursor = { at: asDate(last[field]), id: String(last._id) };
  }
  return report;
}

function logFailure(deps: NotifyDeps, what: string, e: unknown): void {
  deps.log(
    `remind: ${what} left for the next tick (${(e as { errCode?: unknown }).errCode ?? (e as Error).name})`,
  );
}

/** Phase 2 for one appeal: advance the schedule and write the reminders in one guarded update, then send. */
async function remindOne(deps: NotifyDeps, doc: Doc, credited: Set<string>, tally: Tally): Promise<boolean> {
  const appeal = doc as unknown as NotifiableAppeal & {
    status: AppealStatus;
    expectedReplyOn?: string | null;
  };
  const slot = asDate(doc.nextReminderAt);
  const waiting = isWaiting(appeal.status);
  const notices = waiting
    ? recipientsOf(appeal)
        .filter((r) => credited.has(r.openid))
        .map((r) => reminderNotice(appeal._id, shanghaiDate(slot), r, appeal.expectedReplyOn ?? null, slot))
    : [];
  const _ = deps.db.command;
  const outbox = notices.length > 0 ? { pendingNotices: _.push(notices), noticeDueAt: deps.now } : {};
  const res = await deps.db
    .collection(APPEALS)
    .where({ _id: appeal._id, nextReminderAt: slot })
    .update({ data: { nextReminderAt: waiting ? nextFollowUp(deps.now) : null, ...outbox } });
  if (res.stats.updated !== 1) return false; // someone else handled this slot, or the schedule changed
  if (notices.length > 0) {
    addTally(
      tally,
      await deliverPending(deps, { ...appeal, pendingNotices: notices, noticeDueAt: deps.now }),
    );
  }
  return true;
}

export async function sweep(deps: NotifyDeps): Promise<SweepReport> {
  const notices = emptyTally();

  const pending = await walk(deps, 'noticeDueAt', (page) =>
    eachWithin(deps, page, async (doc) => {
      try {
        addTally(notices, await deliverPending(deps, doc as unknown as NotifiableAppeal));
      } catch (e) {
        logFailure(deps, 'pending notices', e);
      }
    }),
  );

  let scheduled = 0;
  const reminders = pending.done
    ? await walk(deps, 'nextReminderAt', async (page) => {
        const openids = page.flatMap((doc) =>
          recipientsOf(doc as unknown as NotifiableAppeal).map((r) => r.openid),
        );
        const credited = await withCredit(deps.db, openids, 'deadlineReminder');
        return eachWithin(deps, page, async (doc) => {
          try {
            if (await remindOne(deps, doc, credited, notices)) scheduled++;
          } catch (e) {
            logFailure(deps, 'reminder', e);
          }
        });
      })
    : { pages: 0, appeals: 0, done: false };

  return {
    now: deps.now.toISOString(),
    pending,
    reminders: { ...reminders, scheduled },
    notices,
    done: pending.done && reminders.done,
  };
}
