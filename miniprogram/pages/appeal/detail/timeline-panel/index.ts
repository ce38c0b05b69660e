/**
 * The 经过 (history) part of the appeal page (page-private): the newest entries the page shows, older pages
 * appended below them on 查看更早的记录 (one setData per page), and 再次检查 on a note of mine that WeChat's
 * content check holds back. Older pages stay while the page shows the same newest page; when new entries push it
 * on (`earlier-cursor` changes), they are dropped and the control offers them again. The panel renders nothing
 * itself when the page renders (the newest rows are bound as they come), so each action stays one render.
 *
 * Event: `changed` { reply, success? } after 再次检查, for the page to show the fresh appeal (as family-panel's).
 */
import type { AppealView, Envelope } from '../../../../domain/appeal/contract';
import * as appeals from '../../../../services/appeal';
import { toast } from '../../../../services/feedback';
import {
  afterRecheck,
  earlierLabel,
  olderRows,
  withEarlierPage,
  type EarlierPages,
  type TimelineRow,
} from '../../domain/timeline';

export interface TimelineChanged {
  readonly reply: Envelope<AppealView>;
  readonly success?: string;
}

const PASSED = '已通过检查，大家都能看到了';

/** The older pages each panel has loaded. */
const loaded = new WeakMap<object, EarlierPages>();
/** Panels waiting for the cloud: another tap meanwhile does nothing. */
const busy = new WeakSet<object>();

Component({
  options: { addGlobalClass: true },
  properties: {
    appealId: { type: String, value: '' },
    /** The newest entries, as the page shows them (newest first): rendered as they come, no copy. */
    rows: { type: Array, value: [] as TimelineRow[] },
    /** The control's words for the older entries ('' when there are none). */
    earlier: { type: String, value: '' },
    /** Where the older entries start (-1: none). */
    earlierCursor: { type: Number, value: -1 },
  },
  data: {
    /** Rows of the older pages loaded, under the newest ones. */
    older: [] as TimelineRow[],
    /** The control's words once older pages are loaded (until then the page's `earlier`). */
    more: '',
  },
  observers: {
    // Only a change of the newest page drops the older ones: the page's other renders cost the panel nothing.
    earlierCursor(cursor: number) {
      const pages = loaded.get(this);
      if (!pages || pages.after === cursor) return;
      loaded.delete(this);
      this.setData({ older: [], more: '' });
    },
  },
  lifetimes: {
    detached() {
      loaded.delete(this);
      busy.delete(this);
    },
  },
  methods: {
    /** The page before the oldest shown, appended under it in one setData. */
    async loadEarlier() {
      const after = this.data.earlierCursor;
      const pages = loaded.get(this) ?? null;
      const before = pages ? pages.cursor : after;
      if (!this.data.appealId || before === null || before < 1 || busy.has(this)) return;
      busy.add(this);
      const reply = await appeals.earlierEntries(this.data.appealId, before);
      busy.delete(this);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      // The page moved on to another newest page meanwhile: this one no longer joins on.
      if (this.data.earlierCursor !== after) return;
      const next = withEarlierPage(pages, after, reply.data);
      loaded.set(this, next);
      const start = this.data.older.length;
      const update: Record<string, unknown> = { more: earlierLabel(next.left) };
      olderRows(reply.data.entries, start).forEach((row, i) => {
        update[`older[${start + i}]`] = row;
      });
      this.setData(update);
    },
    /** Ask WeChat's content check again about my held note; the page shows the fresh appeal. */
    async recheck(e: WechatMiniprogram.TouchEvent) {
      const ref = Number(e.currentTarget.dataset.ref);
      if (!this.data.appealId || !Number.isInteger(ref) || ref < 0 || busy.has(this)) return;
      busy.add(this);
      const reply = await appeals.recheckNote(this.data.appealId, ref);
      busy.delete(this);
      const stillHeld = reply.ok ? reply.data.stillHeld : null;
      const pages = loaded.get(this);
      const detail: TimelineChanged = { reply, success: reply.ok && !stillHeld ? PASSED : undefined };
      this.triggerEvent('changed', detail);
      // A note in an older page: shown again with what the check said (the page renders the newest ones).
      if (reply.ok && pages?.entries.some((e) => e.ref === ref)) {
        const next = afterRecheck(pages, ref, stillHeld);
        loaded.set(this, next);
        this.setData({ older: olderRows(next.entries) });
      }
      if (stillHeld) toast(stillHeld);
    },
  },
});
