/**
 * 经过 (history) on the appeal page, rendered by the page itself so every row is sent once: the first screen gets
 * the newest few entries; 查看更早的记录 shows the rest of the newest page (already on the phone), then the older
 * pages from the cloud, each appended below in one setData; 再次检查 asks WeChat's content check again about a
 * held note of mine. Older pages stay while the page shows the same newest page; when new entries push it on,
 * they are dropped and the control offers them again.
 */
import type { AppealView, Envelope, RecheckedView } from '../../../domain/appeal/contract';
import * as appeals from '../../../services/appeal';
import { toast } from '../../../services/feedback';
import {
  afterRecheck,
  earlierLabel,
  FIRST_ROWS,
  olderRows,
  shownHistory,
  withEarlierPage,
  type EarlierPages,
} from '../domain/timeline';

/** The older pages each page has loaded. */
const loaded = new WeakMap<object, EarlierPages>();
/** Pages that showed the whole newest page (查看更早的记录 tapped once): they keep showing it. */
const expanded = new WeakSet<object>();
/** Pages waiting for the cloud about their history: another tap meanwhile does nothing. */
const busy = new WeakSet<object>();

/** Whether `page` shows the whole newest page rather than its first rows. */
export function wholePage(page: object): boolean {
  return expanded.has(page);
}

/** Forget what `page` loaded (it is closed). */
export function forget(page: object): void {
  loaded.delete(page);
  expanded.delete(page);
  busy.delete(page);
}

/** Set with a render of `a`: the older pages go when new entries pushed the newest page on. */
export function olderData(page: object, a: AppealView): Record<string, unknown> {
  const pages = loaded.get(page);
  if (!pages || pages.after === (a.earlierCursor ?? -1)) return {};
  loaded.delete(page);
  return { older: [], more: '' };
}

/**
 * What 查看更早的记录 sets: the rest of the newest page first (already here), then the page before the oldest
 * shown (appended under it). null when there is nothing to set (busy, nothing older, failed: the person is told,
 * or `current` moved on to another newest page meanwhile).
 */
export async function earlierData(
  page: object,
  current: () => AppealView | undefined,
  olderCount: number,
): Promise<Record<string, unknown> | null> {
  const a = current();
  if (!a) return null;
  const hidden = !expanded.has(page) && a.timeline.length > FIRST_ROWS;
  expanded.add(page);
  if (!hidden) return olderPage(page, a, current, olderCount);
  const whole = shownHistory(a, true);
  return { 'screen.timeline': whole.timeline, 'screen.earlier': whole.earlier };
}

/** The page before the oldest row shown, appended under the `olderCount` older rows shown. */
async function olderPage(
  page: object,
  a: AppealView,
  current: () => AppealView | undefined,
  olderCount: number,
): Promise<Record<string, unknown> | null> {
  const after = a.earlierCursor ?? -1;
  const pages = loaded.get(page) ?? null;
  const before = pages ? pages.cursor : after;
  if (before === null || before < 1 || busy.has(page)) return null;
  busy.add(page);
  const reply = await appeals.earlierEntries(a.id, before);
  busy.delete(page);
  if (!reply.ok) {
    toast(reply.error.message);
    return null;
  }
  if ((current()?.earlierCursor ?? -1) !== after) return null;
  const next = withEarlierPage(pages, after, reply.data);
  loaded.set(page, next);
  const update: Record<string, unknown> = { more: earlierLabel(next.left) };
  olderRows(reply.data.entries, olderCount).forEach((row, i) => {
    update[`older[${olderCount + i}]`] = row;
  });
  return update;
}

const PASSED = '已通过检查，大家都能看到了';

/**
 * 再次检查 of the held note `ref`: the fresh appeal, what to say (passed, or why it is still held) and the older
 * rows again when the note is in an older page, for the page to show in one setData. null: busy or no such note.
 */
export async function recheck(
  page: object,
  appealId: string,
  ref: number,
): Promise<{
  reply: Envelope<RecheckedView>;
  success?: string;
  stillHeld: string | null;
  older: Record<string, unknown>;
} | null> {
  if (!Number.isInteger(ref) || ref < 0 || busy.has(page)) return null;
  busy.add(page);
  const reply = await appeals.recheckNote(appealId, ref);
  busy.delete(page);
  const stillHeld = reply.ok ? reply.data.stillHeld : null;
  const said = { reply, success: reply.ok && !stillHeld ? PASSED : undefined, stillHeld };
  const pages = loaded.get(page);
  if (!reply.ok || !pages?.entries.some((e) => e.ref === ref)) return { ...said, older: {} };
  const next = afterRecheck(pages, ref, stillHeld);
  loaded.set(page, next);
  return { ...said, older: { older: olderRows(next.entries) } };
}
