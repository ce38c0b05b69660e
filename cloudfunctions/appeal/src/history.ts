/**
 * An appeal's history as one caller may read it, and page by page. Helpers never get private notes; a note the
 * content check held back reaches its author only, with the reason and a handle to have it checked again; of a
 * status change whose words are held, everyone else reads the change without them.
 *
 * Entries are only ever appended, so an entry's position in the stored history never changes: the newest page
 * and every older one are cut by position (`earlierCursor`), and a page asked for later still joins on exactly.
 */
import type { HistoryPage, TimelineEntry } from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { HELD_NOTICE } from './content';
import type { AppealDoc, StoredEntry } from './store';
import type { CallContext } from './context';
import { load, type Viewer } from './access';
import { AppealStore } from './store';

/** An entry as the caller sees it, with its position in the stored history. */
export interface Placed {
  readonly at: number;
  readonly entry: TimelineEntry;
}

/** The text of a status change and the words typed with it. */
function withNote(e: StoredEntry): string {
  return e.note ? `${e.text}。${e.note}` : e.text;
}

/** An entry without what only the function keeps (who wrote a held note, the request, the check). */
const outward = ({ requestId: _r, held: _h, heldBy: _b, note: _n, checkedAt: _c, ...e }: StoredEntry) =>
  e as TimelineEntry;

/** `e` as `viewer` sees it, or null when they may not see it at all. */
export function shownEntry(e: StoredEntry, at: number, viewer: Viewer): TimelineEntry | null {
  if (e.private && viewer.role !== 'owner') return null;
  const { held, heldBy } = e;
  const shown = outward(e);
  if (!held) return { ...shown, text: withNote(e) };
  if (heldBy === viewer.openid)
    return { ...shown, text: withNote(e), heldNotice: HELD_NOTICE[held], ref: at };
  // Someone else's held words: a held note is not there; a status change is, without its words.
  return e.note === undefined ? null : shown;
}

/** Every entry `viewer` may see, oldest first, with its position. */
export function placedFor(doc: AppealDoc, viewer: Viewer): Placed[] {
  const placed: Placed[] = [];
  doc.timeline.forEach((e, at) => {
    const entry = shownEntry(e, at, viewer);
    if (entry) placed.push({ at, entry });
  });
  return placed;
}

/** The newest page of `placed` (all of it when `whole`), how many are older, and where the older page starts. */
export function newestPage(
  placed: readonly Placed[],
  whole = false,
): Pick<HistoryPage, 'entries' | 'earlierEntries'> & { earlierCursor?: number } {
  const earlier = whole ? 0 : Math.max(0, placed.length - LIMITS.timelineShown);
  const page = placed.slice(earlier);
  return {
    entries: page.map((p) => p.entry),
    earlierEntries: earlier,
    ...(earlier > 0 ? { earlierCursor: page[0]!.at } : {}),
  };
}

/** The entries before `before` that the caller may see: the newest page of them, oldest first. */
export async function history(p: { id: string; before: number }, ctx: CallContext): Promise<HistoryPage> {
  const { doc, role } = await load(new AppealStore(ctx.db), p.id, ctx, 'read');
  const older = placedFor(doc, { role, openid: ctx.openid }).filter((e) => e.at < p.before);
  const page = newestPage(older);
  return { ...page, earlierCursor: page.earlierCursor ?? null };
}
