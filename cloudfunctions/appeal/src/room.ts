/**
 * Room in an appeal's history, per person. The owner has LIMITS.timelineEntries entries of their own; each
 * helper has LIMITS.helperEntries, at most LIMITS.helperEntriesPerMinute a minute. So nobody can fill the owner's
 * history: a helper who writes too much is refused, and the owner's own changes still go through.
 *
 * The counts live on the appeal (`authored`) and every write that adds an entry carries `guard` (the count is
 * still below the limit, the helper's last entry is old enough) and `count` (add one) in the SAME conditional
 * update, so concurrent writers cannot overshoot.
 */
import { LIMITS, type Role } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';
import { actorTag } from '../../shared/log';
import type { Command } from '../../shared/sdk';
import { helperOf } from './access';
import type { AppealDoc } from './store';

const OWNER_KEY = 'owner';
const HELPER_SPACING_MS = 60_000 / LIMITS.helperEntriesPerMinute;

const OWNER_FULL = '这条申诉的记录太多了，请新建一条申诉继续跟进。';
const HELPER_FULL = '你在这条申诉里写的记录已经很多了，有新情况可以直接告诉申诉人。';
const TOO_FAST = '写得太快了，请过一会儿再试。';

/** Whose count an entry goes to: the owner's, or one helper's (by their handle, never their openid). */
export function authorKey(doc: AppealDoc, role: Role, openid: string): string {
  if (role === 'owner') return OWNER_KEY;
  return `h${helperOf(doc, openid)?.tag ?? actorTag(openid)}`;
}

function asTime(v: Date | string): number {
  return (v instanceof Date ? v : new Date(v)).getTime();
}

/** Why `key` cannot add an entry now, or null when it can. */
export function noRoom(doc: AppealDoc, key: string, now: Date, paced = true): string | null {
  const mine = doc.authored?.[key];
  const n = mine?.n ?? 0;
  if (key === OWNER_KEY) return n >= LIMITS.timelineEntries ? OWNER_FULL : null;
  if (n >= LIMITS.helperEntries) return HELPER_FULL;
  if (paced && mine?.at && now.getTime() - asTime(mine.at) < HELPER_SPACING_MS) return TOO_FAST;
  return null;
}

export function ensureRoom(doc: AppealDoc, key: string, now: Date): void {
  const why = noRoom(doc, key, now);
  if (why) throw new Refusal('LIMIT_REACHED', why);
}

export interface Counted {
  /** Conditions for the write: there is still room. */
  readonly guard: Record<string, unknown>;
  /** Fields for the write: one more entry by this author. */
  readonly count: Record<string, unknown>;
}

/**
 * The guard and counter update that make one more entry by `key` part of the write itself. `paced`: a helper's
 * notes also keep the per-minute pace (ticks only count).
 */
export function counted(_: Command, key: string, now: Date, paced = true): Counted {
  const path = `authored.${key}`;
  if (key === OWNER_KEY || !paced) {
    const limit = key === OWNER_KEY ? LIMITS.timelineEntries : LIMITS.helperEntries;
    return { guard: { [`${path}.n`]: _.not(_.gte(limit)) }, count: { [`${path}.n`]: _.inc(1) } };
  }
  return {
    guard: {
      [`${path}.n`]: _.not(_.gte(LIMITS.helperEntries)),
      [`${path}.at`]: _.not(_.gt(new Date(now.getTime() - HELPER_SPACING_MS))),
    },
    count: { [`${path}.n`]: _.inc(1), [`${path}.at`]: now },
  };
}

/** The refusal for a conditional write that did not land because the room ran out meanwhile; null otherwise. */
export function roomRanOut(doc: AppealDoc | null, key: string, now: Date): Refusal | null {
  const why = doc ? noRoom(doc, key, now) : null;
  return why ? new Refusal('LIMIT_REACHED', why) : null;
}

/** The count a new appeal starts with: its first entry, by the owner. */
export const FIRST_ENTRY = { [OWNER_KEY]: { n: 1 } };

/**
 * Counting an entry without a guard, for lines that must not stop what they record (a helper joining or being
 * removed): the count still grows, so the author's later entries meet the limit.
 */
export function countOnly(_: Command, key: string): Record<string, unknown> {
  return { [`authored.${key}.n`]: _.inc(1) };
}
