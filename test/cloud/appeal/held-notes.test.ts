/**
 * The words typed with a status change pass the same content check as a shared note, and a note held back can be
 * checked again by its author (再次检查), on the local cloud with the deployable bundle.
 * Status words: pass → everyone reads them; review / outage → the change is shown to all, its words to the owner
 * only (with the reason); risky → the whole change refused (CONTENT_RISKY), nothing written.
 */
import type { LocalCloud } from '../../../tools/cloud';
import type { AppealView, Envelope } from '../../../miniprogram/domain/appeal/contract';
import { data, useQuietLocalCloud } from '../harness';
import { person, refusedWithoutTrace, withHelper, type Caller } from '../family/setup';
import { appealAs } from '../harness';

const cloud: LocalCloud = useQuietLocalCloud();
beforeAll(() => {
  cloud.setContentVerdict('review', '等审核');
  cloud.setContentVerdict('risky', '有风险');
  cloud.setContentVerdict('outage', '检查不了');
});

const REVIEW_LINE = '正在等微信审核，审核前只有你能看到';
const OUTAGE_LINE = '内容检查暂时用不了，这条先只有你能看到';
const statusLine = (v: AppealView) => v.timeline.filter((e) => e.kind === 'status').at(-1);
const entryOf = (v: AppealView, words: string) => v.timeline.find((e) => e.text.includes(words));

/** Submit the appeal with `note` typed along. */
async function submitWith(as: Caller, appeal: AppealView, note: string) {
  return as('changeStatus', { id: appeal.id, to: 'submitted', expectedVersion: appeal.version, note });
}

describe('the words typed with a status change', () => {
  it('pass: the change and its words reach everyone, with no notice', async () => {
    const { as, helperAs, appeal } = await withHelper(cloud);
    data(await submitWith(as, appeal, '今天在柜台交了材料'));
    for (const who of [as, helperAs]) {
      const line = statusLine(data(await who('get', { id: appeal.id })));
      expect(line).toMatchObject({ text: '进度改为「已提交」。今天在柜台交了材料' });
      expect(line?.heldNotice).toBeUndefined();
    }
  });

  it.each([
    ['review', '这句等审核的话', REVIEW_LINE],
    ['outage', '这句检查不了的话', OUTAGE_LINE],
  ])(
    '%s: the change is made and shown to all; its words to the owner only, who is told',
    async (_, words, why) => {
      const { as, helperAs, appeal } = await withHelper(cloud);
      const mine = data(await submitWith(as, appeal, words));
      expect(mine.status).toBe('submitted');
      expect(statusLine(mine)).toMatchObject({ text: `进度改为「已提交」。${words}`, heldNotice: why });
      const theirs = data(await helperAs('get', { id: appeal.id }));
      expect(theirs.status).toBe('submitted');
      expect(statusLine(theirs)).toEqual(expect.objectContaining({ text: '进度改为「已提交」' }));
      expect(statusLine(theirs)?.heldNotice).toBeUndefined();
      expect(JSON.stringify(theirs)).not.toContain(words);
    },
  );

  it('risky: the change is refused with CONTENT_RISKY and a plain message, nothing written', async () => {
    const { as, appeal } = await withHelper(cloud);
    const reply = await refusedWithoutTrace(
      cloud,
      () => submitWith(as, appeal, '一句有风险的话'),
      'CONTENT_RISKY',
    );
    expect(reply).toMatchObject({ error: { message: expect.stringContaining('没有通过微信的内容检查') } });
    expect(data(await as('get', { id: appeal.id })).status).toBe('preparing');
  });
});

/** A note (or status words) held for review, and the handle its author re-checks it by. */
async function heldNote(as: Caller, appeal: AppealView, words: string): Promise<number> {
  cloud.setContentVerdict('review', words);
  const ref = entryOf(data(await as('addNote', { id: appeal.id, text: words })), words)?.ref;
  expect(typeof ref).toBe('number');
  return ref!;
}

/** Let a minute pass for the entry's last check. */
function aMinuteLater(appealId: string, ref: number): void {
  cloud.store.update(
    'appeals',
    { _id: appealId },
    { $set: { [`timeline.${ref}.checkedAt`]: new Date(Date.now() - 61_000) } },
    { multi: false, merge: true, upsert: false },
  );
}

describe('再次检查: a held note checked again by its author', () => {
  it('once it passes, everyone reads it and the notice is gone', async () => {
    const { helperAs, as, appeal } = await withHelper(cloud);
    const words = '帮忙问了客服-甲';
    const ref = await heldNote(helperAs, appeal, words);
    expect(JSON.stringify(data(await as('get', { id: appeal.id })))).not.toContain(words);
    cloud.setContentVerdict('pass', words);
    const after = data(await helperAs('recheckNote', { id: appeal.id, ref }));
    expect(after.stillHeld).toBeNull();
    expect(entryOf(after, words)).toEqual(expect.not.objectContaining({ heldNotice: expect.anything() }));
    expect(entryOf(after, words)?.ref).toBeUndefined();
    expect(entryOf(data(await as('get', { id: appeal.id })), words)).toBeDefined();
  });

  it('the held words of a status change are shared once they pass', async () => {
    const { as, helperAs, appeal } = await withHelper(cloud);
    const words = '柜台说三天后回复-乙';
    cloud.setContentVerdict('review', words);
    const ref = statusLine(data(await submitWith(as, appeal, words)))?.ref;
    cloud.setContentVerdict('pass', words);
    data(await as('recheckNote', { id: appeal.id, ref: ref! }));
    expect(statusLine(data(await helperAs('get', { id: appeal.id })))?.text).toBe(
      `进度改为「已提交」。${words}`,
    );
  });

  it('still under review, or the check down: kept for the author, with the current reason', async () => {
    const { as, helperAs, appeal } = await withHelper(cloud);
    const words = '过几天再看的话-丙';
    const ref = await heldNote(as, appeal, words);
    cloud.setContentVerdict('outage', words);
    const down = data(await as('recheckNote', { id: appeal.id, ref }));
    expect(down.stillHeld).toBe(OUTAGE_LINE);
    expect(entryOf(down, words)).toMatchObject({ heldNotice: OUTAGE_LINE, ref });
    expect(JSON.stringify(data(await helperAs('get', { id: appeal.id })))).not.toContain(words);
  });

  it('risky now: refused with CONTENT_RISKY, the note stays with its author only', async () => {
    const { as, helperAs, appeal } = await withHelper(cloud);
    const words = '后来才算不妥的话-丁';
    const ref = await heldNote(as, appeal, words);
    cloud.setContentVerdict('risky', words);
    const reply = await as('recheckNote', { id: appeal.id, ref });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'CONTENT_RISKY', message: expect.stringContaining('只有你自己能看到') },
    });
    expect(entryOf(data(await as('get', { id: appeal.id })), words)?.heldNotice).toBe(REVIEW_LINE);
    expect(JSON.stringify(data(await helperAs('get', { id: appeal.id })))).not.toContain(words);
  });

  it('at most once a minute: a second tap is refused without asking WeChat again', async () => {
    const { as, appeal } = await withHelper(cloud);
    const words = '连点两次的话-戊';
    const ref = await heldNote(as, appeal, words);
    let checks = 0;
    const stop = cloud.onRequest((r) => {
      if (r.params.apiName === 'security.msgSecCheck') checks++;
    });
    data(await as('recheckNote', { id: appeal.id, ref }));
    const again = await as('recheckNote', { id: appeal.id, ref });
    expect(again).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } });
    expect(checks).toBe(1);
    aMinuteLater(appeal.id, ref);
    cloud.setContentVerdict('pass', words);
    expect(entryOf(data(await as('recheckNote', { id: appeal.id, ref })), words)?.heldNotice).toBeUndefined();
    stop();
    expect(checks).toBe(2);
  });

  it('nobody else can re-check it: the other party, a stranger, a removed helper get NOT_FOUND, nothing written', async () => {
    const { as, helperAs, appeal, tag } = await withHelper(cloud);
    const ownersRef = await heldNote(as, appeal, '本人的话-己');
    const helpersRef = await heldNote(helperAs, appeal, '家人的话-庚');
    const stranger = appealAs(cloud, person('stranger'));
    const tries: Array<() => Promise<Envelope<unknown>>> = [
      () => helperAs('recheckNote', { id: appeal.id, ref: ownersRef }),
      () => as('recheckNote', { id: appeal.id, ref: helpersRef }),
      () => stranger('recheckNote', { id: appeal.id, ref: ownersRef }),
      () => as('recheckNote', { id: appeal.id, ref: 0 }),
      () => as('recheckNote', { id: appeal.id, ref: 9999 }),
    ];
    for (const attempt of tries) await refusedWithoutTrace(cloud, attempt, 'NOT_FOUND');
    data(await as('removeHelper', { id: appeal.id, helper: tag }));
    await refusedWithoutTrace(
      cloud,
      () => helperAs('recheckNote', { id: appeal.id, ref: helpersRef }),
      'NOT_FOUND',
    );
  });
});
