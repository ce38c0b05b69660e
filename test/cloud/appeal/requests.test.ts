/**
 * Request ids on the local cloud: the client sends one per intent, so a retry after a lost reply (a bad network,
 * a timeout) creates no second appeal and writes no second note. Without one, each call is applied as before.
 */
import { testOpenid } from '../../../tools/cloud';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { ALICE, BOB, appealAs, data, useLocalCloud, CARD_DIAGNOSIS } from '../harness';

const cloud = useLocalCloud();

const appealsOf = (openid: string) => cloud.store.find('appeals', { _openid: openid });

describe('create with a request id', () => {
  it('sent twice: one appeal, and the second reply is that same appeal', async () => {
    const carol = testOpenid('requests-carol');
    const first = data(
      await appealAs(cloud, carol)('create', { ...CARD_DIAGNOSIS, requestId: 'tap-0001-abc' }),
    );
    const again = data(
      await appealAs(cloud, carol)('create', { ...CARD_DIAGNOSIS, requestId: 'tap-0001-abc' }),
    );
    expect(again.id).toBe(first.id);
    expect(again.version).toBe(first.version);
    expect(appealsOf(carol)).toHaveLength(1);
  });

  it('sent ten times at once: still one appeal, every reply names it', async () => {
    const dave = testOpenid('requests-dave');
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        appealAs(cloud, dave)('create', { ...CARD_DIAGNOSIS, requestId: 'tap-0002-xyz' }),
      ),
    );
    const ids = new Set(replies.map((r) => data(r).id));
    expect(ids.size).toBe(1);
    expect(appealsOf(dave)).toHaveLength(1);
  });

  it('a new intent (a new id) creates a new appeal', async () => {
    const erin = testOpenid('requests-erin');
    const a = data(await appealAs(cloud, erin)('create', { ...CARD_DIAGNOSIS, requestId: 'tap-0003-aaa' }));
    const b = data(await appealAs(cloud, erin)('create', { ...CARD_DIAGNOSIS, requestId: 'tap-0003-bbb' }));
    expect(a.id).not.toBe(b.id);
    expect(appealsOf(erin)).toHaveLength(2);
  });

  it("another person's same request id reaches their own new appeal, never the first person's", async () => {
    const mine = data(
      await appealAs(cloud, ALICE)('create', { ...CARD_DIAGNOSIS, requestId: 'shared-id-0004' }),
    );
    const theirs = data(
      await appealAs(cloud, BOB)('create', { ...CARD_DIAGNOSIS, requestId: 'shared-id-0004' }),
    );
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.role).toBe('owner');
    expect(appealsOf(BOB).map((d) => d._id)).toEqual([theirs.id]);
  });

  it('the retry of the request that reached the limit gets its appeal, not LIMIT_REACHED', async () => {
    const frank = testOpenid('requests-frank');
    for (let i = 1; i < LIMITS.appealsPerUser; i++)
      data(
        await appealAs(cloud, frank)('create', {
          ...CARD_DIAGNOSIS,
          requestId: `fill-${String(i).padStart(4, '0')}`,
        }),
      );
    const last = data(
      await appealAs(cloud, frank)('create', { ...CARD_DIAGNOSIS, requestId: 'the-last-one' }),
    );
    const retried = data(
      await appealAs(cloud, frank)('create', { ...CARD_DIAGNOSIS, requestId: 'the-last-one' }),
    );
    expect(retried.id).toBe(last.id);
    expect(
      await appealAs(cloud, frank)('create', { ...CARD_DIAGNOSIS, requestId: 'one-too-many' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED' },
    });
  }, 60_000);

  it('refuses request ids that are too short, too long, odd characters or operators, and writes nothing', async () => {
    const before = cloud.store.snapshot();
    for (const requestId of [
      'short',
      'x'.repeat(65),
      'has space 123',
      '中文的请求编号号',
      { $ne: null },
      12345678,
    ])
      expect(
        await cloud.call('appeal', { action: 'create', ...CARD_DIAGNOSIS, requestId }, { openid: ALICE }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    expect(cloud.store.snapshot()).toEqual(before);
  });
});

describe('addNote with a request id', () => {
  it('sent twice: one note, and the request id never shows in the view', async () => {
    const grace = testOpenid('requests-grace');
    const appeal = data(await appealAs(cloud, grace)('create', CARD_DIAGNOSIS));
    const note = { id: appeal.id, text: '打了银行电话', requestId: 'note-0001-abc' };
    data(await appealAs(cloud, grace)('addNote', note));
    const view = data(await appealAs(cloud, grace)('addNote', note));
    expect(view.timeline.filter((e) => e.kind === 'note')).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain('note-0001-abc');
  });

  it('the same words with a new id are a second note (the person meant to write it twice)', async () => {
    const heidi = testOpenid('requests-heidi');
    const appeal = data(await appealAs(cloud, heidi)('create', CARD_DIAGNOSIS));
    data(
      await appealAs(cloud, heidi)('addNote', {
        id: appeal.id,
        text: '又打了一次',
        requestId: 'note-0002-aaa',
      }),
    );
    const view = data(
      await appealAs(cloud, heidi)('addNote', {
        id: appeal.id,
        text: '又打了一次',
        requestId: 'note-0002-bbb',
      }),
    );
    expect(view.timeline.filter((e) => e.kind === 'note')).toHaveLength(2);
  });

  it('sent five times at once: one note', async () => {
    const ivan = testOpenid('requests-ivan');
    const appeal = data(await appealAs(cloud, ivan)('create', CARD_DIAGNOSIS));
    const note = { id: appeal.id, text: '寄出了材料', requestId: 'note-0003-xyz' };
    await Promise.all(Array.from({ length: 5 }, () => appealAs(cloud, ivan)('addNote', note)));
    const view = data(await appealAs(cloud, ivan)('get', { id: appeal.id }));
    expect(view.timeline.filter((e) => e.kind === 'note')).toHaveLength(1);
  });

  it("a stranger replaying the owner's request id learns nothing and writes nothing", async () => {
    const judy = testOpenid('requests-judy');
    const appeal = data(await appealAs(cloud, judy)('create', CARD_DIAGNOSIS));
    const note = { id: appeal.id, text: '本人的备注', requestId: 'note-0004-own' };
    data(await appealAs(cloud, judy)('addNote', note));
    const before = cloud.store.snapshot();
    expect(await appealAs(cloud, BOB)('addNote', note)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(cloud.store.snapshot()).toEqual(before);
  });
});
