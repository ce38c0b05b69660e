/**
 * The history past its newest page (`history`), on the local cloud with the deployable bundle: the view shows the
 * newest entries and where the older ones start; each older page joins on exactly, and the pages together are
 * everything the caller may read, nothing more: the owner sees every entry but another person's held note; a
 * helper never a private note nor the owner's held ones. Strangers and removed helpers get nothing.
 */
import type { LocalCloud } from '../../../tools/cloud';
import type { AppealView, TimelineEntry } from '../../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { appealAs, data, useQuietLocalCloud } from '../harness';
import {
  person,
  refusedWithoutTrace,
  withHelper,
  PRIVATE_NOTE,
  CREATION_NOTE,
  type Caller,
} from '../family/setup';

const cloud: LocalCloud = useQuietLocalCloud();

interface Seeded {
  readonly text: string;
  readonly private?: boolean;
  readonly held?: 'review';
  readonly heldBy?: string;
}

/** 250 more entries, written straight into the stored history: shared, private, a helper's, and held ones. */
function seed(appealId: string, owner: string, helper: string): void {
  const at = new Date().toISOString();
  const entries = Array.from({ length: 250 }, (_, i) => {
    const by =
      i % 5 === 2 || i % 5 === 4
        ? { actor: 'helper', actorLabel: '家人（儿子）' }
        : { actor: 'owner', actorLabel: '本人' };
    const kind: Seeded[] = [
      { text: `共-${i}`, private: false },
      { text: `私-${i}`, private: true },
      { text: `帮-${i}`, private: false },
      { text: `本人审-${i}`, private: false, held: 'review', heldBy: owner },
      { text: `家人审-${i}`, private: false, held: 'review', heldBy: helper },
    ];
    return { at, kind: 'note', ...by, ...kind[i % 5] };
  });
  cloud.store.update(
    'appeals',
    { _id: appealId },
    { $push: { timeline: { $each: entries } } },
    { multi: false, merge: true, upsert: false },
  );
}

/** What `openid` may read of the stored history, oldest first (worked out here, apart from the function). */
function readableBy(appealId: string, openid: string, isOwner: boolean): string[] {
  const doc = cloud.store.find('appeals', { _id: appealId })[0] as unknown as { timeline: Seeded[] };
  return doc.timeline
    .filter((e) => (isOwner || !e.private) && (!e.held || e.heldBy === openid))
    .map((e) => e.text);
}

/** The whole history as the page gets it: the view, then older pages until there are none. */
async function walk(as: Caller, view: AppealView): Promise<TimelineEntry[]> {
  let all = [...view.timeline];
  let cursor = view.earlierCursor ?? null;
  let left = view.earlierEntries ?? 0;
  expect(view.timeline).toHaveLength(LIMITS.timelineShown);
  while (cursor !== null) {
    const page = data(await as('history', { id: view.id, before: cursor }));
    expect(page.entries.length).toBe(Math.min(left, LIMITS.timelineShown));
    expect(page.earlierEntries).toBe(left - page.entries.length);
    all = [...page.entries, ...all];
    left = page.earlierEntries;
    cursor = page.earlierCursor;
  }
  expect(left).toBe(0);
  return all;
}

describe('older pages of the history', () => {
  it('the owner pages back through every entry they may read, in order, ending at the first', async () => {
    const { as, owner, helper, appeal } = await withHelper(cloud);
    seed(appeal.id, owner, helper);
    const view = data(await as('get', { id: appeal.id }));
    const expected = readableBy(appeal.id, owner, true);
    expect(view.earlierEntries).toBe(expected.length - LIMITS.timelineShown);
    const all = await walk(as, view);
    expect(all.map((e) => e.text)).toEqual(expected);
    expect(all[0]!.text).toBe('开始跟踪这条申诉');
    expect(all.map((e) => e.text).join()).not.toContain('家人审-');
  });

  it('a helper pages back through shared entries only: never a private note or the owner’s held ones', async () => {
    const { helperAs, owner, helper, appeal } = await withHelper(cloud);
    seed(appeal.id, owner, helper);
    const all = await walk(helperAs, data(await helperAs('get', { id: appeal.id })));
    expect(all.map((e) => e.text)).toEqual(readableBy(appeal.id, helper, false));
    const text = JSON.stringify(all);
    for (const hidden of ['私-', '本人审-', PRIVATE_NOTE, CREATION_NOTE]) expect(text).not.toContain(hidden);
  });

  it('a page asked for after new entries were added still joins on exactly', async () => {
    const { as, owner, helper, appeal } = await withHelper(cloud);
    seed(appeal.id, owner, helper);
    const view = data(await as('get', { id: appeal.id }));
    data(await as('addNote', { id: appeal.id, text: '后来又写了一条' }));
    const older = data(await as('history', { id: appeal.id, before: view.earlierCursor! }));
    const expected = readableBy(appeal.id, owner, true);
    const joined = [...older.entries, ...view.timeline].map((e) => e.text);
    expect(joined).toEqual(expected.slice(expected.length - 1 - joined.length, -1));
  });

  it('a stranger and a removed helper get nothing; nothing is written', async () => {
    const { as, helperAs, owner, helper, appeal, tag } = await withHelper(cloud);
    seed(appeal.id, owner, helper);
    const cursor = data(await as('get', { id: appeal.id })).earlierCursor!;
    const stranger = appealAs(cloud, person('stranger'));
    await refusedWithoutTrace(
      cloud,
      () => stranger('history', { id: appeal.id, before: cursor }),
      'NOT_FOUND',
    );
    data(await as('removeHelper', { id: appeal.id, helper: tag }));
    await refusedWithoutTrace(
      cloud,
      () => helperAs('history', { id: appeal.id, before: cursor }),
      'NOT_FOUND',
    );
  });

  it('a cursor that is not a position is refused as bad input', async () => {
    const { as, appeal } = await withHelper(cloud);
    for (const before of [0, -1, 1.5, '3'])
      await refusedWithoutTrace(
        cloud,
        () => as('history', { id: appeal.id, before } as unknown as { id: string; before: number }),
        'INVALID_INPUT',
      );
  });
});
