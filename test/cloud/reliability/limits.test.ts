/**
 * Limits that hold under attack: a helper cannot fill the owner's history (each person has room of their own,
 * and a helper's notes keep a pace), and no limit is overshot by calls racing each other.
 */
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { appealAs, data, useQuietLocalCloud, CARD_DIAGNOSIS } from '../harness';
import { person, withHelper } from '../family/setup';

jest.setTimeout(120_000);

const cloud = useQuietLocalCloud();

const LONG = '很长的备注'.repeat(LIMITS.noteChars / 5);

/** Write entries straight into an appeal's history (as a long-running appeal would have them). */
function seedHistory(
  id: string,
  n: number,
  actor: 'owner' | 'helper',
  counted: Record<string, unknown> = {},
) {
  const entries = Array.from({ length: n }, (_, i) => ({
    at: new Date(Date.now() - (n - i) * 60_000).toISOString(),
    actor,
    actorLabel: actor === 'owner' ? '本人' : '家人（儿子）',
    kind: 'note',
    text: LONG,
    private: false,
  }));
  cloud.store.update(
    'appeals',
    { _id: id },
    { $push: { timeline: { $each: entries } }, ...(Object.keys(counted).length ? { $set: counted } : {}) },
    { multi: false, merge: true, upsert: false },
  );
}

describe('a helper cannot freeze the owner’s appeal', () => {
  it('keeps a pace: of 20 quick notes, at most a minute’s worth land', async () => {
    const family = await withHelper(cloud);
    const replies = [];
    for (let i = 0; i < 20; i++) {
      replies.push(await family.helperAs('addNote', { id: family.appeal.id, text: `第${i}条` }));
    }
    const landed = replies.filter((r) => r.ok).length;
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThanOrEqual(LIMITS.helperEntriesPerMinute);
    expect(replies.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
  });

  it('leaves the owner every action although helpers wrote a full history', async () => {
    const family = await withHelper(cloud);
    seedHistory(family.appeal.id, LIMITS.timelineEntries, 'helper');
    const view = data(await family.as('get', { id: family.appeal.id }));
    const moved = data(
      await family.as('changeStatus', { id: view.id, to: 'submitted', expectedVersion: view.version }),
    );
    expect(moved.status).toBe('submitted');
    data(await family.as('tickChecklist', { id: view.id, itemId: view.checklist[0]!.id, done: true }));
    data(await family.as('addNote', { id: view.id, text: '本人的备注' }));
  });

  it('answers `get` in a small reply however long the history', async () => {
    const family = await withHelper(cloud);
    seedHistory(family.appeal.id, LIMITS.timelineEntries + LIMITS.helpers * LIMITS.helperEntries, 'helper');
    const reply = await family.as('get', { id: family.appeal.id });
    expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(256 * 1024);
  });
});

describe('limits under concurrency', () => {
  it(`never holds more than ${LIMITS.appealsPerUser} appeals per person`, async () => {
    const owner = person('limits');
    const as = appealAs(cloud, owner);
    for (let i = 0; i < LIMITS.appealsPerUser - 5; i++) data(await as('create', CARD_DIAGNOSIS));
    await Promise.all(Array.from({ length: 30 }, () => as('create', CARD_DIAGNOSIS)));
    expect(cloud.store.find('appeals', { _openid: owner }).length).toBeLessThanOrEqual(LIMITS.appealsPerUser);
  });

  it(`never has more than ${LIMITS.openInvites} open invitations`, async () => {
    const as = appealAs(cloud, person('limits'));
    const appeal = data(await as('create', CARD_DIAGNOSIS));
    await Promise.all(Array.from({ length: 20 }, () => as('invite', { id: appeal.id })));
    expect(cloud.store.find('invitations', { appealId: appeal.id }).length).toBeLessThanOrEqual(
      LIMITS.openInvites,
    );
  });

  it(`never writes more than ${LIMITS.timelineEntries} entries by the owner`, async () => {
    const as = appealAs(cloud, person('limits'));
    const appeal = data(await as('create', CARD_DIAGNOSIS));
    const room = 5;
    const seeded = LIMITS.timelineEntries - 1 - room;
    seedHistory(appeal.id, seeded, 'owner', { 'authored.owner.n': seeded + 1 });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => as('addNote', { id: appeal.id, text: `并发${i}` })),
    );
    const [doc] = cloud.store.find('appeals', { _id: appeal.id }) as Array<{ timeline: { actor: string }[] }>;
    expect(doc!.timeline.filter((e) => e.actor === 'owner').length).toBeLessThanOrEqual(
      LIMITS.timelineEntries,
    );
  });
});
