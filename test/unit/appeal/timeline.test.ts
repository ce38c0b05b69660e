/**
 * The appeal page's 经过 as shown: newest first, a held note with its reason and (for its author) a handle to
 * check it again, older pages joined in order under the newest one, and a passed re-check clearing the note.
 */
import type { TimelineEntry } from '../../../miniprogram/domain/appeal/contract';
import {
  afterRecheck,
  earlierLabel,
  FIRST_ROWS,
  olderRows,
  shownHistory,
  timelineRows,
  withEarlierPage,
} from '../../../miniprogram/pages/appeal/domain/timeline';

const at = '2026-12-01T02:00:00.000Z';
const note = (text: string, more: Partial<TimelineEntry> = {}): TimelineEntry => ({
  at,
  actor: 'owner',
  actorLabel: '本人',
  kind: 'note',
  text,
  ...more,
});
const HELD = '正在等微信审核，审核前只有你能看到';

describe('the history shown', () => {
  const page = Array.from({ length: FIRST_ROWS + 4 }, (_, i) => note(`第${i}条`));

  it('the first screen gets the newest few; the control counts the rest of the page and the older ones', () => {
    const shown = shownHistory({ timeline: page, earlierEntries: 10, earlierCursor: 30 }, false);
    expect(shown.timeline.map((r) => r.text)).toEqual(
      page
        .slice(-FIRST_ROWS)
        .map((e) => e.text)
        .reverse(),
    );
    expect(shown.earlier).toBe(earlierLabel(4 + 10));
    expect(shown.earlierCursor).toBe(30);
  });

  it('the whole newest page once asked for; a short history needs no control', () => {
    const whole = shownHistory({ timeline: page, earlierEntries: 10, earlierCursor: 30 }, true);
    expect(whole.timeline).toEqual(timelineRows(page));
    expect(whole.earlier).toBe(earlierLabel(10));
    const short = shownHistory({ timeline: page.slice(0, FIRST_ROWS) }, false);
    expect(short.timeline).toHaveLength(FIRST_ROWS);
    expect(short).toMatchObject({ earlier: '', earlierCursor: -1 });
  });
});

describe('timeline rows', () => {
  it('are newest first; a held note carries its reason and handle, a shared one neither', () => {
    const rows = timelineRows([
      note('一'),
      note('二', { heldNotice: HELD, ref: 7 }),
      note('三', { private: true }),
    ]);
    expect(rows.map((r) => [r.text, r.held, r.ref, r.private])).toEqual([
      ['三', '', -1, true],
      ['二', HELD, 7, false],
      ['一', '', -1, false],
    ]);
  });

  it('older rows are keyed by their place under the newest page, so appended ones never clash', () => {
    const first = olderRows([note('a'), note('b')]);
    const next = olderRows([note('c')], first.length);
    expect([...first, ...next].map((r) => [r.key, r.text])).toEqual([
      ['o0', 'b'],
      ['o1', 'a'],
      ['o2', 'c'],
    ]);
  });

  it('the control says how many are left, and is gone when none are', () => {
    expect(earlierLabel(12)).toBe('查看更早的记录（还有 12 条）');
    expect(earlierLabel(0)).toBe('');
  });
});

describe('older pages', () => {
  it('join in order: each page asked for goes before the ones already there', () => {
    const one = withEarlierPage(null, 40, {
      entries: [note('c'), note('d')],
      earlierCursor: 20,
      earlierEntries: 2,
    });
    const two = withEarlierPage(one, 40, {
      entries: [note('a'), note('b')],
      earlierCursor: null,
      earlierEntries: 0,
    });
    expect(two.entries.map((e) => e.text)).toEqual(['a', 'b', 'c', 'd']);
    expect([two.after, two.cursor, two.left]).toEqual([40, null, 0]);
  });

  it('after 再次检查: a passed note loses its reason and handle; one still held says the new reason', () => {
    const pages = withEarlierPage(null, 9, {
      entries: [note('x', { heldNotice: HELD, ref: 3 }), note('y', { heldNotice: HELD, ref: 4 })],
      earlierCursor: null,
      earlierEntries: 0,
    });
    const passed = afterRecheck(pages, 3, null).entries;
    expect(passed[0]).toEqual(note('x'));
    expect(passed[1]).toEqual(note('y', { heldNotice: HELD, ref: 4 }));
    expect(afterRecheck(pages, 4, '内容检查暂时用不了').entries[1]?.heldNotice).toBe('内容检查暂时用不了');
  });
});
