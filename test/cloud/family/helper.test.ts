/**
 * What a helper can and cannot do, on the local cloud with the deployable bundle: they follow the appeal (status,
 * deadlines, checklist, shared notes), tick, write notes signed with their name, get their own messages and may
 * leave; everything owner-only is refused without a write; removal takes effect at once.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import { appealAs, data, useQuietLocalCloud } from '../harness';
import { CREATION_NOTE, PRIVATE_NOTE, invite, person, refusedWithoutTrace, withHelper } from './setup';

const cloud = useQuietLocalCloud();

const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);

function privateWordsIn(view: unknown): boolean {
  const text = JSON.stringify(view);
  return text.includes(CREATION_NOTE) || text.includes(PRIVATE_NOTE);
}

describe('a helper', () => {
  it('sees status, deadlines, checklist, next step and shared notes, never the owner’s private words', async () => {
    const { helperAs, appeal, as } = await withHelper(cloud);
    data(await as('changeStatus', { id: appeal.id, to: 'submitted', expectedVersion: appeal.version }));
    const view = data(await helperAs('get', { id: appeal.id }));
    expect(view).toMatchObject({ role: 'helper', status: 'submitted', note: '', invites: [] });
    expect(view.deadline.kind).not.toBe('none');
    expect(view.checklist.length).toBeGreaterThan(0);
    expect(view.timeline.map((e) => e.text)).toContain('大家都能看的备注');
    expect(privateWordsIn(view)).toBe(false);
    expect(privateWordsIn(data(await helperAs('list', {})))).toBe(false);
    // Only their own entry among the helpers.
    expect(view.helpers).toEqual([expect.objectContaining({ label: '儿子' })]);
  });

  it('ticks the checklist and writes notes signed 家人（儿子）; the owner sees both', async () => {
    const { helperAs, appeal, as } = await withHelper(cloud);
    const item = appeal.checklist[0]!.id;
    const ticked = data(await helperAs('tickChecklist', { id: appeal.id, itemId: item, done: true }));
    expect(ticked.checklist.find((c) => c.id === item)).toMatchObject({ done: true, by: 'helper' });
    const noted = data(await helperAs('addNote', { id: appeal.id, text: '我问了客服，等三天' }));
    expect(noted.timeline.at(-1)).toMatchObject({
      actor: 'helper',
      actorLabel: '家人（儿子）',
      kind: 'note',
      private: false,
    });
    const owners = data(await as('get', { id: appeal.id }));
    expect(owners.timeline.slice(-2).map((e) => [e.actorLabel, e.kind])).toEqual([
      ['家人（儿子）', 'checklist'],
      ['家人（儿子）', 'note'],
    ]);
  });

  it('cannot do anything owner-only, and each refusal writes nothing', async () => {
    const { helper, helperAs, appeal, tag } = await withHelper(cloud);
    const v = appeal.version;
    const tries: Array<[string, () => Promise<unknown>]> = [
      [
        'changeStatus',
        () => helperAs('changeStatus', { id: appeal.id, to: 'submitted', expectedVersion: v }),
      ],
      ['setSubmitted', () => helperAs('setSubmitted', { id: appeal.id, date: today(), expectedVersion: v })],
      ['delete', () => helperAs('delete', { id: appeal.id })],
      ['invite', () => helperAs('invite', { id: appeal.id, label: '外人' })],
      ['removeHelper', () => helperAs('removeHelper', { id: appeal.id, helper: tag })],
      ['private note', () => helperAs('addNote', { id: appeal.id, text: '偷偷写', private: true })],
    ];
    for (const [, call] of tries) {
      await refusedWithoutTrace(cloud, call as () => Promise<never>, 'FORBIDDEN');
    }
    // Taking over is not an action at all: an owner smuggled into the event is refused before anything runs.
    const event = {
      action: 'tickChecklist',
      id: appeal.id,
      itemId: appeal.checklist[0]!.id,
      done: true,
      _openid: helper,
    };
    await refusedWithoutTrace(cloud, () => cloud.call('appeal', event, { openid: helper }), 'INVALID_INPUT');
  });

  it('exports only their own appeals, not the one they help with', async () => {
    const { helperAs, appeal } = await withHelper(cloud);
    const exported = data(await helperAs('export', {}));
    expect(exported.appeals.map((a) => a.id)).not.toContain(appeal.id);
  });

  it('gets status messages with their own reminder credits, like the owner', async () => {
    const { owner, helper, helperAs, as, appeal } = await withHelper(cloud);
    const template = deployConfig.templates.progressUpdate.id;
    for (const [who, call] of [
      [owner, as],
      [helper, helperAs],
    ] as const) {
      cloud.grantSubscription(who, template, 'accept');
      const credits = data(await call('subscribe', { results: { progressUpdate: 'accept' } }));
      expect(credits.progressUpdate).toMatchObject({ credits: 1, state: 'on' });
    }
    const sent = cloud.outbox().length;
    data(await as('changeStatus', { id: appeal.id, to: 'submitted', expectedVersion: appeal.version }));
    const messages = cloud.outbox().slice(sent);
    expect(
      messages
        .filter((m) => m.errCode === 0)
        .map((m) => m.touser)
        .sort(),
    ).toEqual([owner, helper].sort());
    expect(messages.every((m) => String(m.page).endsWith(`?id=${appeal.id}`))).toBe(true);
    const seen = data(await helperAs('get', { id: appeal.id })).notifications;
    expect(seen.map((x) => [x.recipient, x.result])).toEqual([['helper', 'sent']]);
  });

  it('may leave: the appeal disappears for them and their card does not bring them back', async () => {
    const { helperAs, appeal, as, card } = await withHelper(cloud);
    expect(data(await helperAs('leave', { id: appeal.id }))).toEqual({ left: true });
    expect(await helperAs('get', { id: appeal.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(data(await helperAs('list', {})).items).toEqual([]);
    const owners = data(await as('get', { id: appeal.id }));
    expect(owners.helpers).toEqual([]);
    expect(owners.timeline.at(-1)).toMatchObject({
      actorLabel: '家人（儿子）',
      text: '不再帮忙关注这条申诉',
    });
    await refusedWithoutTrace(cloud, () => helperAs('join', { token: card.token }), 'INVITE_INVALID');
    // The owner cannot "leave" their own appeal.
    await refusedWithoutTrace(cloud, () => as('leave', { id: appeal.id }), 'FORBIDDEN');
  });
});

describe('the owner removing a helper', () => {
  it('takes effect at once: every call of theirs is refused as a stranger’s, the old card is dead', async () => {
    const { helperAs, appeal, as, tag, card } = await withHelper(cloud);
    const view = data(await as('removeHelper', { id: appeal.id, helper: tag }));
    expect(view.helpers).toEqual([]);
    expect(view.timeline.at(-1)).toMatchObject({ actor: 'owner', text: '不再请家人（儿子）帮忙' });
    const item = appeal.checklist[0]!.id;
    for (const call of [
      () => helperAs('get', { id: appeal.id }),
      () => helperAs('tickChecklist', { id: appeal.id, itemId: item, done: true }),
      () => helperAs('addNote', { id: appeal.id, text: '还在吗' }),
      () => helperAs('leave', { id: appeal.id }),
      () => helperAs('join', { token: card.token }),
    ]) {
      const reply = await refusedWithoutTrace(
        cloud,
        call as () => Promise<never>,
        expect.stringMatching(/^(NOT_FOUND|INVITE_INVALID)$/),
      );
      expect(reply.ok).toBe(false);
    }
    expect(data(await helperAs('list', {})).items).toEqual([]);
  });

  it('drops messages not yet sent to them', async () => {
    const { helper, appeal, as, tag } = await withHelper(cloud);
    cloud.store.update(
      'appeals',
      { _id: appeal.id },
      {
        $set: {
          pendingNotices: [
            { key: 'k-helper', recipient: helper },
            { key: 'k-owner', recipient: 'someone' },
          ],
        },
      },
      { multi: false, merge: true, upsert: false },
    );
    data(await as('removeHelper', { id: appeal.id, helper: tag }));
    const stored = cloud.store.find('appeals', { _id: appeal.id })[0] as {
      pendingNotices: Array<{ key: string }>;
    };
    expect(stored.pendingNotices.map((p) => p.key)).toEqual(['k-owner']);
  });

  it('refuses an unknown handle, and strangers and helpers cannot remove anyone', async () => {
    const { helperAs, appeal, as, tag } = await withHelper(cloud);
    await refusedWithoutTrace(
      cloud,
      () => as('removeHelper', { id: appeal.id, helper: 'aaaaaaaaaaaa' }),
      'NOT_FOUND',
    );
    await refusedWithoutTrace(
      cloud,
      () => helperAs('removeHelper', { id: appeal.id, helper: tag }),
      'FORBIDDEN',
    );
    const stranger = appealAs(cloud, person('stranger'));
    await refusedWithoutTrace(
      cloud,
      () => stranger('removeHelper', { id: appeal.id, helper: tag }),
      'NOT_FOUND',
    );
  });
});

describe('a stranger', () => {
  it('gets NOT_FOUND for every family action on someone’s appeal, and writes nothing', async () => {
    const { appeal, as, tag } = await withHelper(cloud);
    const card = await invite(as, appeal);
    const stranger = appealAs(cloud, person('stranger'));
    const tries = [
      () => stranger('invite', { id: appeal.id }),
      () => stranger('revokeInvite', { id: appeal.id, invite: card.invite.id }),
      () => stranger('removeHelper', { id: appeal.id, helper: tag }),
      () => stranger('leave', { id: appeal.id }),
      () => stranger('get', { id: appeal.id }),
      () => stranger('tickChecklist', { id: appeal.id, itemId: appeal.checklist[0]!.id, done: true }),
      () => stranger('addNote', { id: appeal.id, text: '路过' }),
      () => stranger('changeStatus', { id: appeal.id, to: 'submitted', expectedVersion: appeal.version }),
      () => stranger('delete', { id: appeal.id }),
    ];
    for (const call of tries) await refusedWithoutTrace(cloud, call as () => Promise<never>, 'NOT_FOUND');
  });

  it('learns nothing from the refusals: the same reply as for an appeal that does not exist', async () => {
    const { appeal } = await withHelper(cloud);
    const stranger = appealAs(cloud, person('stranger'));
    const nowhere = 'nonexistent0000000000';
    for (const action of ['invite', 'leave'] as const) {
      const real = await stranger(action, { id: appeal.id });
      const none = await stranger(action, { id: nowhere });
      expect(real).toEqual(none);
    }
  });
});

describe('list', () => {
  it('shows the appeals I own and those I help with, each with my role', async () => {
    const { helperAs, helper, appeal } = await withHelper(cloud);
    const mine = data(
      await helperAs('create', {
        symptomId: 'card-restricted',
        causeIds: ['risk-unusual-activity'],
        channelId: 'wechat-pay-card-appeal',
      }),
    );
    const items = data(await helperAs('list', {})).items;
    expect(items.map((a) => [a.id, a.role]).sort()).toEqual(
      [
        [mine.id, 'owner'],
        [appeal.id, 'helper'],
      ].sort(),
    );
    expect(JSON.stringify(items)).not.toContain(helper);
  });
});
