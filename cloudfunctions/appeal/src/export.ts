/**
 * 导出我的数据, page by page. A function's reply may not exceed 1 MB (-604001), and the largest account the limits
 * allow (LIMITS.appealsPerUser appeals, each with its owner's and its helpers' full histories of long notes) is
 * many times that. Each page holds whole appeals while they fit in PAGE_BYTES; an appeal too long for the rest of
 * a page is cut between history entries and continues on the next page under the same id.
 *
 * The cursor is `<appeal index>:<entry index>` over the caller's appeals oldest first (by `createdAt`, then `_id`),
 * an order later changes do not shuffle.
 */
import type { AppealExport, AppealView } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';
import type { CallContext } from './context';
import { AppealStore } from './store';
import { fullView } from './view';

/** Well under the 1 MB limit: room for the page's own fields and JSON escaping. */
export const PAGE_BYTES = 600 * 1024;

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

function parseCursor(cursor: string | undefined): [number, number] {
  if (!cursor) return [0, 0];
  const [appeal, entry] = cursor.split(':').map(Number);
  return [appeal ?? 0, entry ?? 0];
}

export async function exportPage(p: { cursor?: string }, ctx: CallContext): Promise<AppealExport> {
  const store = new AppealStore(ctx.db);
  const total = await store.countOwnedBy(ctx.openid);
  let [index, from] = parseCursor(p.cursor);
  if (index > total) throw new Refusal('INVALID_INPUT', '导出的位置不对，请重新导出。');
  const appeals: AppealView[] = [];
  let used = 0;
  // One appeal read at a time: a page never loads more than it sends.
  for (let doc = await store.nthOwnedOldestFirst(ctx.openid, index); doc;) {
    const whole = await fullView(ctx, doc, 'owner', true);
    const view = from > 0 ? { ...whole, timeline: whole.timeline.slice(from) } : whole;
    const size = bytes(view);
    if (used + size <= PAGE_BYTES) {
      appeals.push(view);
      used += size;
      index++;
      from = 0;
      doc = await store.nthOwnedOldestFirst(ctx.openid, index);
      continue;
    }
    // Does not fit: as many of its entries as fit (at least one, so every page makes progress).
    const head = bytes({ ...view, timeline: [] });
    let room = PAGE_BYTES - used - head;
    let taken = 0;
    while (taken < view.timeline.length && (taken === 0 || bytes(view.timeline[taken]) <= room)) {
      room -= bytes(view.timeline[taken]) + 1;
      taken++;
    }
    if (appeals.length > 0 && (taken === 0 || room < 0)) break;
    appeals.push({ ...view, timeline: view.timeline.slice(0, taken) });
    from += taken;
    break;
  }
  const nextCursor = index < total ? `${index}:${from}` : null;
  return { exportedAt: ctx.now.toISOString(), appeals, nextCursor };
}
