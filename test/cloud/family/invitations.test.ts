/**
 * Invitations on the local cloud (real SDK, real engine, the deployable bundle): made by the owner only, single
 * use, expiring, revocable, tied to one appeal; every bad token refused the same way, and no refusal writes.
 */
import { createHash } from 'node:crypto';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { appealAs, data, useQuietLocalCloud, CARD_DIAGNOSIS } from '../harness';
import { expire, invite, ownersAppeal, person, refusedWithoutTrace, withHelper } from './setup';

const cloud = useQuietLocalCloud();

const invitations = (appealId: string) => cloud.store.find('invitations', { appealId });

describe('an invitation', () => {
  it('is an unguessable url-safe token, stored only as its SHA-256, valid for 7 days', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    const card = await invite(as, appeal, '女儿');
    expect(card.token).toMatch(/^[A-Za-z0-9_-]{32}$/); // 24 random bytes = 192 bits
    const tokens = new Set([
      card.token,
      ...(await Promise.all([1, 2].map(() => invite(as, appeal)))).map((c) => c.token),
    ]);
    expect(tokens.size).toBe(3);
    const stored = invitations(appeal.id).find((d) => d._id === card.invite.id)!;
    expect(stored.tokenHash).toBe(createHash('sha256').update(card.token).digest('hex'));
    expect(JSON.stringify(cloud.store.snapshot())).not.toContain(card.token);
    const days = (Date.parse(card.expiresAt) - Date.parse(card.invite.createdAt)) / 86_400_000;
    expect(days).toBe(LIMITS.inviteDays);
    expect(card.invite.label).toBe('女儿');
    // The owner sees it among the open invitations (never its token again).
    const view = data(await as('get', { id: appeal.id }));
    expect(view.invites.map((i) => i.id)).toContain(card.invite.id);
    expect(JSON.stringify(view)).not.toContain(card.token);
  });

  it('makes whoever opens it a helper of THAT appeal only, named as the owner chose', async () => {
    const { owner, as, appeal } = await ownersAppeal(cloud);
    const other = data(await as('create', { ...CARD_DIAGNOSIS, note: '另一条' }));
    const card = await invite(as, appeal, '儿子');
    const helper = appealAs(cloud, person('helper'));
    const joined = data(await helper('join', { token: card.token }));
    expect(joined).toMatchObject({ id: appeal.id, role: 'helper' });
    expect(joined.timeline.at(-1)).toMatchObject({
      actor: 'helper',
      actorLabel: '家人（儿子）',
      kind: 'helper',
    });
    expect(data(await helper('list', {})).items.map((a) => [a.id, a.role])).toEqual([[appeal.id, 'helper']]);
    expect(await helper('get', { id: other.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The owner sees the helper by name and handle; no reply ever carries another person's openid.
    const view = data(await as('get', { id: appeal.id }));
    expect(view.helpers).toEqual([
      { tag: expect.stringMatching(/^[0-9a-f]{12}$/), label: '儿子', joinedAt: expect.any(String) },
    ]);
    expect(view.invites).toEqual([]);
    const stored = cloud.store.find('appeals', { _id: appeal.id })[0] as {
      helpers: Array<{ openid: string }>;
    };
    const helperOpenid = stored.helpers[0]!.openid;
    expect(JSON.stringify([view, joined])).not.toContain(helperOpenid);
    expect(JSON.stringify(joined)).not.toContain(owner);
  });

  it('is single use: a second person is refused like a forger, and nothing is written', async () => {
    const { card, appeal } = await withHelper(cloud);
    const second = appealAs(cloud, person('second'));
    await refusedWithoutTrace(cloud, () => second('join', { token: card.token }), 'INVITE_INVALID');
    expect(data(await second('list', {})).items.map((a) => a.id)).not.toContain(appeal.id);
  });

  it('refuses expired, reused, revoked and forged tokens alike: same code, same message, no write', async () => {
    const { as, appeal, card: used } = await withHelper(cloud);
    const expired = await invite(as, appeal, '老伴');
    expire(cloud, expired.invite.id);
    const revoked = await invite(as, appeal, '亲戚');
    data(await as('revokeInvite', { id: appeal.id, invite: revoked.invite.id }));
    const open = await invite(as, appeal, '朋友');
    const forged = [
      'A'.repeat(32),
      `${open.token.slice(0, -1)}${open.token.endsWith('A') ? 'B' : 'A'}`,
      open.token.slice(1),
      createHash('sha256').update(open.token).digest('hex').slice(0, 64),
    ];
    const stranger = appealAs(cloud, person('stranger'));
    const replies = [];
    for (const token of [expired.token, used.token, revoked.token, ...forged]) {
      replies.push(await refusedWithoutTrace(cloud, () => stranger('join', { token }), 'INVITE_INVALID'));
    }
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    // The open one still works afterwards.
    expect(data(await stranger('join', { token: open.token })).role).toBe('helper');
  });

  it('refuses what is not a token at all before looking anything up', async () => {
    const stranger = appealAs(cloud, person('stranger'));
    for (const token of ['', 'x'.repeat(LIMITS.tokenChars + 1), 'has space', '中文', { $ne: null }]) {
      await refusedWithoutTrace(
        cloud,
        () => stranger('join', { token } as { token: string }),
        'INVALID_INPUT',
      );
    }
  });

  it('cannot be joined by the owner, and stays open for the family', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    const card = await invite(as, appeal);
    await refusedWithoutTrace(cloud, () => as('join', { token: card.token }), 'FORBIDDEN');
    expect(data(await appealAs(cloud, person('son'))('join', { token: card.token })).role).toBe('helper');
  });

  it('opened again by the helper who used it just opens the appeal, writing nothing', async () => {
    const { card, helperAs, appeal } = await withHelper(cloud);
    const before = cloud.store.snapshot();
    expect(data(await helperAs('join', { token: card.token }))).toMatchObject({
      id: appeal.id,
      role: 'helper',
    });
    expect(cloud.store.snapshot()).toEqual(before);
  });

  it('goes to exactly one of two people opening it at the same moment', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    const card = await invite(as, appeal);
    const people = [person('a'), person('b'), person('c')].map((p) => appealAs(cloud, p));
    const replies = await Promise.all(people.map((p) => p('join', { token: card.token })));
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'INVITE_INVALID',
      'INVITE_INVALID',
    ]);
    expect(data(await as('get', { id: appeal.id })).helpers).toHaveLength(1);
  });

  it(`admits at most ${LIMITS.helpers} helpers; a refused join leaves the invitation open`, async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    for (let i = 0; i < LIMITS.helpers; i++) {
      const card = await invite(as, appeal);
      data(await appealAs(cloud, person('h'))('join', { token: card.token }));
    }
    await refusedWithoutTrace(cloud, () => as('invite', { id: appeal.id }), 'LIMIT_REACHED');
    // An invitation made before the appeal filled up: the join is refused and the card stays usable.
    const { as: as2, appeal: appeal2 } = await ownersAppeal(cloud);
    for (let i = 0; i < LIMITS.helpers - 1; i++) {
      data(await appealAs(cloud, person('h'))('join', { token: (await invite(as2, appeal2)).token }));
    }
    const [fifth, last] = [await invite(as2, appeal2), await invite(as2, appeal2)];
    data(await appealAs(cloud, person('h'))('join', { token: fifth!.token }));
    await refusedWithoutTrace(
      cloud,
      () => appealAs(cloud, person('late'))('join', { token: last!.token }),
      'LIMIT_REACHED',
    );
    expect(invitations(appeal2.id).find((d) => d._id === last!.invite.id)).toMatchObject({ usedBy: null });
  });

  it('keeps the limit when the last places are raced for, giving the losers’ cards back', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    for (let i = 0; i < LIMITS.helpers - 1; i++) {
      data(await appealAs(cloud, person('h'))('join', { token: (await invite(as, appeal)).token }));
    }
    const cards = [await invite(as, appeal), await invite(as, appeal), await invite(as, appeal)];
    const replies = await Promise.all(
      cards.map((c) => appealAs(cloud, person('racer'))('join', { token: c.token })),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'LIMIT_REACHED',
      'LIMIT_REACHED',
    ]);
    expect(data(await as('get', { id: appeal.id })).helpers).toHaveLength(LIMITS.helpers);
    expect(invitations(appeal.id).filter((d) => d.usedBy === null)).toHaveLength(2);
  });

  it(`allows ${LIMITS.openInvites} open invitations at once`, async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    for (let i = 0; i < LIMITS.openInvites; i++) await invite(as, appeal);
    await refusedWithoutTrace(cloud, () => as('invite', { id: appeal.id }), 'LIMIT_REACHED');
  });

  it('keeps a label short, masked and free of invisible characters', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    expect((await invite(as, appeal, ' 小\u202E王\u200B ')).invite.label).toBe('小王');
    await refusedWithoutTrace(
      cloud,
      () => as('invite', { id: appeal.id, label: '九个字的名字太长了啊' }),
      'INVALID_INPUT',
    );
  });
});

describe('revoking', () => {
  it('closes an open invitation for good; revoking twice is harmless', async () => {
    const { as, appeal } = await ownersAppeal(cloud);
    const card = await invite(as, appeal);
    const view = data(await as('revokeInvite', { id: appeal.id, invite: card.invite.id }));
    expect(view.invites).toEqual([]);
    const before = cloud.store.snapshot();
    expect((await as('revokeInvite', { id: appeal.id, invite: card.invite.id })).ok).toBe(true);
    expect(cloud.store.snapshot()).toEqual(before);
    await refusedWithoutTrace(
      cloud,
      () => appealAs(cloud, person('late'))('join', { token: card.token }),
      'INVITE_INVALID',
    );
  });

  it('refuses an accepted invitation (remove the helper instead) and one of another appeal', async () => {
    const { as, appeal, card } = await withHelper(cloud);
    await refusedWithoutTrace(
      cloud,
      () => as('revokeInvite', { id: appeal.id, invite: card.invite.id }),
      'INVALID_TRANSITION',
    );
    const mine = await ownersAppeal(cloud);
    const myCard = await invite(mine.as, mine.appeal);
    // The invitation exists, but not on this appeal: the owner of `appeal` cannot touch it.
    await refusedWithoutTrace(
      cloud,
      () => as('revokeInvite', { id: appeal.id, invite: myCard.invite.id }),
      'NOT_FOUND',
    );
  });

  it('is for the owner only', async () => {
    const { appeal, helperAs, as } = await withHelper(cloud);
    const card = await invite(as, appeal);
    const stranger = appealAs(cloud, person('stranger'));
    await refusedWithoutTrace(
      cloud,
      () => helperAs('revokeInvite', { id: appeal.id, invite: card.invite.id }),
      'FORBIDDEN',
    );
    await refusedWithoutTrace(
      cloud,
      () => stranger('revokeInvite', { id: appeal.id, invite: card.invite.id }),
      'NOT_FOUND',
    );
  });
});

describe('deleting an appeal', () => {
  it('removes its invitations, and their tokens then open nothing', async () => {
    const { as, appeal, card: used } = await withHelper(cloud);
    const open = await invite(as, appeal);
    expect(invitations(appeal.id)).toHaveLength(2);
    data(await as('delete', { id: appeal.id }));
    expect(invitations(appeal.id)).toEqual([]);
    const stranger = appealAs(cloud, person('stranger'));
    for (const token of [open.token, used.token]) {
      await refusedWithoutTrace(cloud, () => stranger('join', { token }), 'INVITE_INVALID');
    }
  });
});
