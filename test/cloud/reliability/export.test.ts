/**
 * 导出我的数据 succeeds for the largest history the limits allow: every reply stays under the 1 MB a function may
 * return (-604001 on the platform, enforced by the local cloud), and the pages joined hold every entry once.
 */
import {
  LIMITS,
  type AppealExport,
  type AppealView,
  type Envelope,
} from '../../../miniprogram/domain/appeal/contract';
import { appealAs, data, useQuietLocalCloud, CARD_DIAGNOSIS } from '../harness';
import { person } from '../family/setup';

jest.setTimeout(300_000);

const cloud = useQuietLocalCloud();

const FULL_HISTORY = LIMITS.timelineEntries + LIMITS.helpers * LIMITS.helperEntries;

/** An appeal whose history is full: every owner and helper entry a long note. */
async function fullAppeal(as: ReturnType<typeof appealAs>, n: number): Promise<AppealView> {
  const appeal = data(await as('create', { ...CARD_DIAGNOSIS, note: `第${n}条` }));
  const entries = Array.from({ length: FULL_HISTORY - 1 }, (_, i) => ({
    at: new Date(Date.now() - (FULL_HISTORY - i) * 60_000).toISOString(),
    actor: i < LIMITS.timelineEntries - 1 ? 'owner' : 'helper',
    actorLabel: i < LIMITS.timelineEntries - 1 ? '本人' : '家人（儿子）',
    kind: 'note',
    text: `${n}-${i}：${'银行客服说还要等'.repeat(LIMITS.noteChars / 8)}`.slice(0, LIMITS.noteChars),
    private: false,
  }));
  cloud.store.update(
    'appeals',
    { _id: appeal.id },
    { $push: { timeline: { $each: entries } } },
    { multi: false, merge: true, upsert: false },
  );
  return appeal;
}

describe('the export of the largest account', () => {
  it('comes in pages under 1 MB that join into every entry of every appeal, once', async () => {
    const as = appealAs(cloud, person('export'));
    const appeals = [await fullAppeal(as, 1), await fullAppeal(as, 2), await fullAppeal(as, 3)];
    const timelines = new Map<string, string[]>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply: Envelope<AppealExport> = await as('export', cursor ? { cursor } : {});
      expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(1024 * 1024);
      for (const a of data(reply).appeals) {
        timelines.set(a.id, [...(timelines.get(a.id) ?? []), ...a.timeline.map((e) => e.text)]);
      }
      cursor = data(reply).nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(pages).toBeGreaterThan(3);
    for (const appeal of appeals) {
      const texts = timelines.get(appeal.id) ?? [];
      expect(texts).toHaveLength(FULL_HISTORY);
      expect(new Set(texts).size).toBe(FULL_HISTORY);
    }
  });

  it('shows an appeal page the newest entries only, saying how many are older', async () => {
    const as = appealAs(cloud, person('export'));
    const appeal = await fullAppeal(as, 4);
    const reply = await as('get', { id: appeal.id });
    expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(256 * 1024);
    const view = data(reply);
    expect(view.timeline).toHaveLength(LIMITS.timelineShown);
    expect(view.earlierEntries).toBe(FULL_HISTORY - LIMITS.timelineShown);
  });
});
