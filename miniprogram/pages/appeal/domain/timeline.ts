/**
 * The appeal page's 经过 (history), as shown: newest first, each line with when and who, a note held back by
 * WeChat's content check marked 等待审核 · 仅自己可见 with a 再次检查 button for its author, and below the newest
 * page a control for the older ones (查看更早的记录), each older page appended under what is shown.
 * Pure: no wx, no clock.
 */
import type { TimelineEntry } from '../../../domain/appeal/contract';
import { beijingTime } from '../../../domain/appeal/time';

export interface TimelineRow {
  readonly key: string;
  readonly when: string;
  readonly who: string;
  readonly text: string;
  readonly private: boolean;
  /** Why only the author sees this note for now (WeChat's content check); empty when shared. */
  readonly held: string;
  /** The held note's handle for 再次检查; -1 when there is nothing to check again. */
  readonly ref: number;
}

/** How many of the newest entries the first screen shows; the rest of the newest page comes on 查看更早的记录. */
export const FIRST_ROWS = 3;

/** Rows of `entries` (oldest first, as the cloud sends them), newest first; keys start with `prefix`. */
export function timelineRows(entries: readonly TimelineEntry[], prefix = ''): TimelineRow[] {
  return entries
    .map((e, i) => ({
      key: `${prefix}${i}`,
      when: beijingTime(e.at),
      who: e.actorLabel,
      text: e.text,
      private: e.private === true,
      held: e.heldNotice ?? '',
      ref: e.heldNotice && e.ref !== undefined ? e.ref : -1,
    }))
    .reverse();
}

/**
 * Rows of older entries, shown under the newest page: newest first, keyed by their place under it (`start`: rows
 * already there), so a page appended later keeps the keys of those above it.
 */
export function olderRows(entries: readonly TimelineEntry[], start = 0): TimelineRow[] {
  return timelineRows(entries).map((row, i) => ({ ...row, key: `o${start + i}` }));
}

/** The words of the control for older entries; empty when there are none. */
export function earlierLabel(count: number): string {
  return count > 0 ? `查看更早的记录（还有 ${count} 条）` : '';
}

/** What the page shows of a history: the first rows of its newest page (all of it when `wholePage`), newest first. */
export interface ShownHistory {
  readonly timeline: readonly TimelineRow[];
  /** The control for the entries not shown yet (查看更早的记录), empty when there are none. */
  readonly earlier: string;
  /** Where the entries older than the newest page start (what the history action takes); -1 when none. */
  readonly earlierCursor: number;
}

export function shownHistory(
  view: { timeline: readonly TimelineEntry[]; earlierEntries?: number; earlierCursor?: number },
  wholePage: boolean,
): ShownHistory {
  const rows = timelineRows(view.timeline);
  const hidden = wholePage ? 0 : Math.max(0, rows.length - FIRST_ROWS);
  return {
    timeline: wholePage ? rows : rows.slice(0, FIRST_ROWS),
    earlier: earlierLabel(hidden + (view.earlierEntries ?? 0)),
    earlierCursor: view.earlierCursor ?? -1,
  };
}

/** Older pages the page has loaded: their entries (oldest first), where the next one starts, how many are left. */
export interface EarlierPages {
  /** The first shown entry of the newest page these continue (its `earlierCursor`). */
  readonly after: number;
  readonly entries: readonly TimelineEntry[];
  readonly cursor: number | null;
  readonly left: number;
}

/** The older pages with `page` (the one before them) added. */
export function withEarlierPage(
  pages: EarlierPages | null,
  after: number,
  page: { entries: readonly TimelineEntry[]; earlierCursor: number | null; earlierEntries: number },
): EarlierPages {
  return {
    after,
    entries: [...page.entries, ...(pages?.entries ?? [])],
    cursor: page.earlierCursor,
    left: page.earlierEntries,
  };
}

/**
 * The older pages after 再次检查 of the note `ref`: passed (`stillHeld` null), it is shared and has nothing left to
 * check; still held, it says the current reason.
 */
export function afterRecheck(pages: EarlierPages, ref: number, stillHeld: string | null): EarlierPages {
  const entries = pages.entries.map((e) =>
    e.ref !== ref ? e : stillHeld ? { ...e, heldNotice: stillHeld } : shared(e),
  );
  return { ...pages, entries };
}

/** A held note once it passed: no reason, no handle. */
const shared = ({ heldNotice: _notice, ref: _ref, ...e }: TimelineEntry): TimelineEntry => e;
