/**
 * One tick of the timer, in three phases, each a paged query, oldest first:
 *
 *   1. `noticeDueAt <= now`: appeals with notices still pending (inline delivery failed or ran out of time).
 *   2. Stale schedules: estimated for a year whose official holiday data has arrived since, or stored before
 *      schedules were stamped (`approximateFrom` in `staleStamps()`; such an appeal may be waiting with no
 *      reminder at all). Each is recomputed with today's calendar in one update guarded by its version.
 *   3. `nextReminderAt <= now`: appeals whose follow-up date has come. Per appeal, ONE conditional update
 *      (guarded by the `nextReminderAt` just read) moves the schedule to the next follow-up AND writes the
 *      deadlineReminder notices, keyed (appeal, reminder date, recipient); then they are delivered.
 *
 * Work (reads, writes, sends) grows with the number of DUE appeals only. Pages are walked with a keyset cursor
 * ((field, _id), or _id alone for stale schedules), so nothing is visited twice in a tick, and the tick stops
 * starting new work at `deadline`: whatever is left is still due, and the next tick picks it up. Every step is
 * idempotent, so overlapping ticks or a tick killed at any point neither skip nor repeat a message.
 */
import { shanghaiDate } from '../../../miniprogram/domain/appeal/deadline';
import { isWaiting, type AppealStatus } from '../../../miniprogram/domain/appeal/status';
import type { Doc } from '../../shared/sdk';
import {
  nextFollowUp,
  rearmed,
  replyRuleOf,
  staleStamps,
  stampAfter,
  waitingOn,
  type ScheduledAppeal,
} from '../../shared/schedule';
import type { EscalationTarget } from '../../../miniprogram/domain/appeal/status';
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
  readonly rearmed: PhaseReport & { recomputed: number };
  readonly reminders: PhaseReport & { scheduled: number };
  readonly notices: Tally;
  /** Both phases finished; false means the tick stopped for time and the next one continues. */
  readonly done: boolean;
}

type Field = 'noticeDueAt' | 'nextReminderAt';
type Phase = Field | 'stale';

interface Cursor {
  readonly at: Date;
  readonly id: string;
}

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

const SCHEDULE_FIELDS = {
  status: true,
  channelId: true,
  escalatedTo: true,
  expectedReplyOn: true,
  nextReminderAt: true,
  approximateFrom: true,
};

const PROJECTION: Readonly<Record<Phase, Record<string, boolean>>> = {
  noticeDueAt: {
    _id: true,
    _openid: true,
    symptomId: true,
    helpers: true,
    pendingNotices: true,
    noticeDueAt: true,
  },
  nextReminderAt: { _id: true, _openid: true, symptomId: true, helpers: true, ...SCHEDULE_FIELDS },
  stale: {
    _id: true,
    version: true,
    submittedOn: true,
    updatedAt: true,
    waitingSince: true,
    ...SCHEDULE_FIELDS,
  },
};

/** The next page of appeals with `field <= now`, after the cursor, ordered by (field, _id). */
async function duePage(deps: NotifyDeps, field: Field, cursor: Cursor | null): Promise<Doc[]> {
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

/**
 * The next page of stale schedules after the cursor, by _id (each leaves the set once recomputed): estimated
 * for a year whose data has arrived since, or stored before schedules were stamped (those may be waiting with
 * no reminder at all).
 */
async function stalePage(deps: NotifyDeps, cursor: Cursor | null): Promise<Doc[]> {
  const _ = deps.db.command;
  const stale = { approximateFrom: _.in(staleStamps()) };
  const res = await deps.db
    .collection(APPEALS)
    .where((cursor ? _.and([stale, { _id: _.gt(cursor.id) }]) : stale) as object)
    .orderBy('_id', 'asc')
    .limit(PAGE_SIZE)
    .field(PROJECTION.stale)
    .get();
  return res.data;
}

function pageOf(deps: NotifyDeps, phase: Phase, cursor: Cursor | null): Promise<Doc[]> {
  return phase === 'stale' ? stalePage(deps, cursor) : duePage(deps, phase, cursor);
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
  field: Phase,
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
    cursor = { at: field === 'stale' ? deps.now : asDate(last[field]), id: String(last._id) };
  }
  return report;
}

function logFailure(deps: NotifyDeps, what: string, e: unknown): void {
  deps.log(
    `remind: ${what} left for the next tick (${(e as { errCode?: unknown }).errCode ?? (e as Error).name})`,
  );
}

/** Phase 2 for one appeal: recompute its schedule, unless its owner changed it meanwhile (version guard). */
async function rearmOne(deps: NotifyDeps, doc: Doc): Promise<boolean> {
  const schedule = rearmed(doc as unknown as ScheduledAppeal, deps.now);
  const res = await deps.db
    .collection(APPEALS)
    .where({ _id: doc._id, version: doc.version })
    .update({ data: { ...schedule } });
  return res.stats.updated === 1;
}

/** Phase 3 for one appeal: advance the schedule and write the reminders in one guarded update, then send. */
async function remindOne(deps: NotifyDeps, doc: Doc, credited: Set<string>, tally: Tally): Promise<boolean> {
  const appeal = doc as unknown as NotifiableAppeal & {
    status: AppealStatus;
    channelId: string;
    escalatedTo: EscalationTarget | null;
    expectedReplyOn?: string | null;
    approximateFrom?: number | null;
  };
  const slot = asDate(doc.nextReminderAt);
  const waiting = isWaiting(appeal.status);
  // Only an official rule has a reply date to hold up; a commonly reported time gets a check-in.
  const replyBy = replyRuleOf(waitingOn(appeal))?.official ? (appeal.expectedReplyOn ?? null) : null;
  const notices = waiting
    ? recipientsOf(appeal)
        .filter((r) => credited.has(r.openid))
        .map((r) => reminderNotice(appeal._id, shanghaiDate(slot), r, replyBy, slot))
    : [];
  const _ = deps.db.command;
  const outbox = notices.length > 0 ? { pendingNotices: _.push(notices), noticeDueAt: deps.now } : {};
  const next = waiting ? nextFollowUp(deps.now) : null;
  const schedule = next
    ? {
        nextReminderAt: next.at,
        approximateFrom: stampAfter(appeal.approximateFrom, next.approximateFrom),
      }
    : { nextReminderAt: null };
  const res = await deps.db
    .collection(APPEALS)
    .where({ _id: appeal._id, nextReminderAt: slot })
    .update({ data: { ...schedule, ...outbox } });
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

  let recomputed = 0;
  const stale = pending.done
    ? await walk(deps, 'stale', (page) =>
        eachWithin(deps, page, async (doc) => {
          try {
            if (await rearmOne(deps, doc)) recomputed++;
          } catch (e) {
            logFailure(deps, 'schedule', e);
          }
        }),
      )
    : { pages: 0, appeals: 0, done: false };

  let scheduled = 0;
  const reminders = stale.done
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
    rearmed: { ...stale, recomputed },
    reminders: { ...reminders, scheduled },
    notices,
    // Done only when nothing written this tick is still waiting to be sent (a send cut short by the deadline
    // is picked up by the next tick's first phase).
    done: pending.done && stale.done && reminders.done && notices.later === 0,
  };
}
