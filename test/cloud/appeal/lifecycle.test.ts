/**
 * An appeal's life on the local cloud: create, submit, deadlines, status moves, checklist, notes,
 * refusals that change nothing, and concurrent writes that lose nothing.
 */
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';
import { ALICE, appealAs, data, useLocalCloud } from '../harness';

const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity', 'risk-remote-transaction'],
  channelId: 'wechat-pay-card-appeal',
};

const cloud = useLocalCloud();

const alice = () => appealAs(cloud, ALICE);

describe('creating an appeal', () => {
  it('starts in 准备材料 with the merged checklist of its causes, all unticked', async () => {
    const view = data(await alice()('create', DIAGNOSIS));
    expect(view.status).toBe('preparing');
    expect(view.role).toBe('owner');
    expect(view.checklist.length).toBeGreaterThan(1);
    expect(view.checklist.every((item) => item.done === false)).toBe(true);
    expect(new Set(view.checklist.map((i) => i.id)).size).toBe(view.checklist.length);
    expect(view.timeline).toEqual([
      expect.objectContaining({ kind: 'created', actor: 'owner', to: 'preparing' }),
    ]);
    expect(view.deadline).toEqual({ kind: 'none' });
  });

  it('masks card, ID and phone numbers in the note before storing it', async () => {
    const view = data(
      await alice()('create', { ...DIAGNOSIS, note: '卡号6222021234567890123，电话13812345678' }),
    );
    expect(view.note).not.toMatch(/6222021234567890123|13812345678/);
    expect(JSON.stringify(cloud.store.snapshot())).not.toMatch(/6222021234567890123|13812345678/);
  });

  it('refuses unknown causes, mismatched symptoms and unknown channels', async () => {
    const before = cloud.store.snapshot();
    for (const bad of [
      { ...DIAGNOSIS, causeIds: ['no-such-cause'] },
      { ...DIAGNOSIS, channelId: 'no-such-channel' },
      { ...DIAGNOSIS, symptomId: 'bill-anomaly' },
    ]) {
      expect(await alice()('create', bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(cloud.store.snapshot()).toEqual(before);
  });
});

describe('input that is not what an action expects', () => {
  it.each([
    ['operator injection in an id', { action: 'get', id: { $ne: '' } }],
    ['an unknown key', { action: 'list', owner: ALICE }],
    ['a wrong type', { action: 'list', limit: '20' }],
    [
      'a huge note',
      {
        action: 'create',
        symptomId: 'card-restricted',
        causeIds: ['risk-unusual-activity'],
        channelId: 'wechat-pay-card-appeal',
        note: 'x'.repeat(100_000),
      },
    ],
    ['an unknown status', { action: 'changeStatus', id: 'abc', to: 'unlocked', expectedVersion: 0 }],
    ['a prototype key', JSON.parse('{"action":"list","__proto__":{"admin":true}}')],
  ])('refuses %s with INVALID_INPUT and writes nothing', async (_label, event) => {
    const before = cloud.store.snapshot();
    const reply = await cloud.call('appeal', event, { openid: ALICE });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/.+/) },
    });
    expect(cloud.store.snapshot()).toEqual(before);
  });

  it('answers an unknown action with UNKNOWN_ACTION', async () => {
    expect(await cloud.call('appeal', { action: 'unlock' }, { openid: ALICE })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ACTION' },
    });
  });
});

describe('progress and deadlines', () => {
  it('records the submission date and an expected reply in working days', async () => {
    const created = data(await alice()('create', DIAGNOSIS));
    const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    const submitted = data(
      await alice()('setSubmitted', { id: created.id, date: today, expectedVersion: created.version }),
    );
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedOn).toBe(today);
    // WeChat Pay publishes no review time: the commonly reported one is shown as a range, never as overdue.
    expect(submitted.deadline).toMatchObject({ kind: 'reported', range: { min: 3, max: 3 } });
    if (submitted.deadline.kind === 'reported') expect(submitted.deadline.date > today).toBe(true);
    expect(submitted.nextFollowUpOn).not.toBeNull();
    expect(submitted.timeline.map((e) => e.kind)).toEqual(['created', 'submitted']);
  });

  it('refuses a submission date in the future', async () => {
    const created = data(await alice()('create', DIAGNOSIS));
    const reply = await alice()('setSubmitted', {
      id: created.id,
      date: '2999-01-01',
      expectedVersion: created.version,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('walks the status model and refuses moves outside it, changing nothing', async () => {
    let view = data(await alice()('create', DIAGNOSIS));
    const move = async (to: AppealStatus) => {
      view = data(await alice()('changeStatus', { id: view.id, to, expectedVersion: view.version }));
    };
    await move('submitted');
    await move('reviewing');
    await move('needs-more');
    await move('reviewing');
    await move('rejected');

    const before = cloud.store.snapshot();
    const skip = await alice()('changeStatus', {
      id: view.id,
      to: 'submitted',
      expectedVersion: view.version,
    });
    expect(skip).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    const noTarget = await alice()('changeStatus', {
      id: view.id,
      to: 'escalated',
      expectedVersion: view.version,
    });
    expect(noTarget).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(cloud.store.snapshot()).toEqual(before);

    view = data(
      await alice()('changeStatus', {
        id: view.id,
        to: 'escalated',
        escalatedTo: '12363',
        expectedVersion: view.version,
      }),
    );
    expect(view.escalatedTo).toBe('12363');
    expect(view.timeline.filter((e) => e.kind === 'status').map((e) => e.to)).toEqual([
      'submitted',
      'reviewing',
      'needs-more',
      'reviewing',
      'rejected',
      'escalated',
    ]);
  });

  it('refuses a change made from a stale version with CONFLICT', async () => {
    const created = data(await alice()('create', DIAGNOSIS));
    data(
      await alice()('changeStatus', { id: created.id, to: 'submitted', expectedVersion: created.version }),
    );
    const stale = await alice()('changeStatus', {
      id: created.id,
      to: 'closed',
      expectedVersion: created.version,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(data(await alice()('get', { id: created.id })).status).toBe('submitted');
  });
});

describe('checklist and notes', () => {
  it('ticks items of the appeal only', async () => {
    const created = data(await alice()('create', DIAGNOSIS));
    const item = created.checklist[0]!.id;
    const ticked = data(await alice()('tickChecklist', { id: created.id, itemId: item, done: true }));
    expect(ticked.checklist.find((i) => i.id === item)).toMatchObject({ done: true, by: 'owner' });
    const unknown = await alice()('tickChecklist', {
      id: created.id,
      itemId: 'not-on-this-list',
      done: true,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('loses nothing when many ticks and notes arrive at once', async () => {
    const created = data(await alice()('create', DIAGNOSIS));
    const items = created.checklist.map((i) => i.id);
    const writes = [
      ...items.map((itemId) => alice()('tickChecklist', { id: created.id, itemId, done: true })),
      ...Array.from({ length: 20 }, (_, n) => alice()('addNote', { id: created.id, text: `第${n}条备注` })),
    ];
    const replies = await Promise.all(writes);
    expect(replies.every((r) => r.ok)).toBe(true);
    const view = data(await alice()('get', { id: created.id }));
    expect(view.checklist.every((i) => i.done)).toBe(true);
    expect(view.timeline.filter((e) => e.kind === 'note')).toHaveLength(20);
    expect(view.timeline.filter((e) => e.kind === 'checklist')).toHaveLength(items.length);
    expect(view.version).toBe(created.version + writes.length);
  });
});
