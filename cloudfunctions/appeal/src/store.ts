/**
 * The `appeals` collection: documents as stored, and the only code that reads or writes them.
 * Every query carries the owner or access check; cloud functions bypass database security rules,
 * so this file is where ownership is enforced.
 */
import type { Database } from '../../shared/sdk';
import type { Actor, ChecklistDocument, TimelineEntry } from '../../../miniprogram/domain/appeal/contract';
import type { Held } from './content';
import type { AppealStatus, EscalationTarget } from '../../../miniprogram/domain/appeal/status';
import type { HelperRef, PendingNotice } from '../../shared/notify/notices';

export const APPEALS = 'appeals';

/** A family helper as stored (the openid never leaves the function: views show `tag` and `label`). */
export interface StoredHelper extends HelperRef {
  /** Opaque handle the owner uses to remove them. Absent on helpers written before handles existed. */
  readonly tag?: string;
  readonly label?: string;
  readonly joinedAt?: Date | string;
}

/** Someone who helped and was removed or left: back only through an invitation made after `leftAt`. */
export interface FormerHelper {
  /** The name the owner knew them by. */
  readonly label: string;
  readonly leftAt: Date | string;
}

/** What one person has written into the history: how many entries, and when the last one. */
export interface AuthorCount {
  readonly n: number;
  readonly at?: Date | string;
}

export interface StoredTick {
  readonly done: boolean;
  readonly by: Actor;
  readonly at: string;
}

/**
 * A timeline entry as stored: a note keeps the request that wrote it, so the same request writes it once; a note
 * WeChat's content check held back keeps why and who wrote it (only they see it) and when it was last checked.
 * A status change keeps the words typed with it apart (`note`): when they are held, only they are hidden.
 */
export type StoredEntry = TimelineEntry & {
  readonly requestId?: string;
  readonly held?: Held;
  readonly heldBy?: string;
  readonly note?: string;
  readonly checkedAt?: Date | string;
};

export interface AppealDoc {
  readonly _id: string;
  /** The owner, always written from getWXContext().OPENID. */
  readonly _openid: string;
  readonly symptomId: string;
  readonly causeIds: string[];
  readonly channelId: string;
  readonly note: string;
  readonly status: AppealStatus;
  /** Incremented by every write: the optimistic-concurrency token. */
  readonly version: number;
  readonly checklist: Record<string, StoredTick>;
  readonly timeline: StoredEntry[];
  /** The checklist shown on the result page when tracking started (absent on older appeals: from the causes). */
  readonly documents?: readonly ChecklistDocument[];
  readonly submittedOn: string | null;
  /** The day the current wait started; absent on appeals stored before it was kept. */
  readonly waitingSince?: string | null;
  readonly expectedReplyOn: string | null;
  /** Instant of the next follow-up reminder (indexed for the timer sweep); never null while waiting. */
  readonly nextReminderAt: Date | null;
  /**
   * First year the schedule was counted without official holiday data (the timer recomputes it once that year
   * is known); 0 when exact; absent on appeals stored before schedules were stamped (also recomputed).
   */
  readonly approximateFrom?: number;
  readonly escalatedTo: EscalationTarget | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** Family helpers (`join`); absent means none. Each receives notices with their own credits. */
  readonly helpers?: readonly StoredHelper[];
  /** Entries written per author ('owner' or a helper's key, see room.ts): each has a limit of their own. */
  readonly authored?: Readonly<Record<string, AuthorCount>>;
  /** People no longer helping, by openid (never shown: views name helpers by handle and label). */
  readonly formerHelpers?: Readonly<Record<string, FormerHelper>>;
  /** The outbox: notices written atomically with the change that caused them, removed once delivered. */
  readonly pendingNotices?: readonly PendingNotice[];
  /** Earliest instant a pending notice should be (re)tried (indexed for the timer sweep); null when none. */
  readonly noticeDueAt?: Date | null;
}

export type NewAppeal = Omit<AppealDoc, '_id'>;

export class AppealStore {
  constructor(private readonly db: Database) {}

  private get collection() {
    return this.db.collection(APPEALS);
  }

  /** Add a new appeal; with `id`, under that id (a second insert under it fails with a duplicate key). */
  async insert(doc: NewAppeal, id?: string): Promise<string> {
    const res = await this.collection.add({ data: id ? { _id: id, ...doc } : doc });
    return String(res._id);
  }

  async find(id: string): Promise<AppealDoc | null> {
    const res = await this.collection.where({ _id: id }).limit(1).get();
    return (res.data[0] as unknown as AppealDoc | undefined) ?? null;
  }

  async countOwnedBy(openid: string): Promise<number> {
    const res = await this.collection.where({ _openid: openid }).count();
    return res.total;
  }

  /** Appeals `openid` owns or helps with, most recently updated first. */
  async pageVisibleTo(openid: string, skip: number, limit: number): Promise<AppealDoc[]> {
    const _ = this.db.command;
    const res = await this.collection
      .where(_.or([{ _openid: openid }, { 'helpers.openid': openid }]) as object)
      .orderBy('updatedAt', 'desc')
      .skip(skip)
      .limit(limit)
      .get();
    return res.data as unknown as AppealDoc[];
  }

  /** The `index`-th appeal `openid` owns, oldest first (createdAt, then _id: an order later writes keep). */
  async nthOwnedOldestFirst(openid: string, index: number): Promise<AppealDoc | null> {
    const res = await this.collection
      .where({ _openid: openid })
      .orderBy('createdAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(index)
      .limit(1)
      .get();
    return (res.data[0] as unknown as AppealDoc | undefined) ?? null;
  }

  /**
   * Apply `data` only if the appeal is still at `version` (and `guard` still holds, e.g. there is room in the
   * history). Returns false when someone else wrote first or the guard failed.
   */
  async updateAt(
    id: string,
    version: number,
    data: Record<string, unknown>,
    guard: Record<string, unknown> = {},
  ): Promise<boolean> {
    const _ = this.db.command;
    const res = await this.collection
      .where({ ...guard, _id: id, version })
      .update({ data: { ...data, version: _.inc(1), updatedAt: this.db.serverDate() } });
    return res.stats.updated === 1;
  }

  /**
   * An atomic single-document update that commutes with others (ticks, notes): no version guard needed.
   * `guard` adds conditions checked in the same write (e.g. the caller is still a helper).
   */
  async updateAnyVersion(
    id: string,
    data: Record<string, unknown>,
    guard: Record<string, unknown> = {},
  ): Promise<boolean> {
    const _ = this.db.command;
    const res = await this.collection
      .where({ ...guard, _id: id })
      .update({ data: { ...data, version: _.inc(1), updatedAt: this.db.serverDate() } });
    return res.stats.updated === 1;
  }

  pushEntry(entry: StoredEntry): unknown {
    return this.db.command.push([entry]);
  }

  async remove(id: string, openid: string): Promise<boolean> {
    const res = await this.collection.where({ _id: id, _openid: openid }).remove();
    return res.stats.removed === 1;
  }
}
