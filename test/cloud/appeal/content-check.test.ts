/**
 * WeChat's content check on what one person writes for another to read, on the local cloud with the deployable
 * bundle: shared notes (owner's and helper's) and helper names go through security.msgSecCheck after masking.
 * pass → shared; review → kept, only its author sees it (with the reason); risky → refused, nothing written;
 * the check unavailable → kept, only its author sees it, and they are told. Private notes are not sent.
 */
import type { LocalCloud } from '../../../tools/cloud';
import { decodeOpenApiRequest } from '../../../tools/cloud/openapi';
import type { AppealView } from '../../../miniprogram/domain/appeal/contract';
import { data, localCloud } from '../harness';
import { invite, refusedWithoutTrace, withHelper } from '../family/setup';

let cloud: LocalCloud;
let log: jest.SpyInstance;
beforeAll(async () => {
  log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  cloud = await localCloud();
  cloud.setContentVerdict('review', '等审核');
  cloud.setContentVerdict('risky', '有风险');
  cloud.setContentVerdict('outage', '检查不了');
});
afterAll(async () => {
  await cloud.close();
  log.mockRestore();
});

const entryOf = (view: AppealView, words: string) => view.timeline.find((e) => e.text.includes(words));
const REVIEW_LINE = '正在等微信审核，审核前只有你能看到';
const OUTAGE_LINE = '内容检查暂时用不了，这条先只有你能看到';

/** The parameters of the msgSecCheck calls the functions make while watched. */
function checksDuring(): { params: () => Record<string, unknown>[]; stop: () => void } {
  const seen: Record<string, unknown>[] = [];
  const stop = cloud.onRequest((r) => {
    const requestData = r.files.requestData;
    if (r.params.apiName === 'security.msgSecCheck' && requestData)
      seen.push(decodeOpenApiRequest(requestData).params);
  });
  return { params: () => seen, stop };
}

describe.each(['owner', 'helper'] as const)('a shared note written by the %s', (author) => {
  const setup = async () => {
    const family = await withHelper(cloud);
    const [writer, reader] = author === 'owner' ? [family.as, family.helperAs] : [family.helperAs, family.as];
    return { ...family, writer, reader };
  };

  it('pass: everyone on the appeal reads it, with no notice', async () => {
    const { writer, reader, appeal } = await setup();
    data(await writer('addNote', { id: appeal.id, text: '明天上午去银行-过审' }));
    for (const who of [writer, reader]) {
      const seen = entryOf(data(await who('get', { id: appeal.id })), '明天上午去银行-过审');
      expect(seen).toBeDefined();
      expect(seen?.heldNotice).toBeUndefined();
    }
  });

  it('review: kept and shown to its author with the reason, hidden from the other', async () => {
    const { writer, reader, appeal } = await setup();
    const mine = data(await writer('addNote', { id: appeal.id, text: '这句等审核的话' }));
    expect(entryOf(mine, '这句等审核的话')).toMatchObject({ heldNotice: REVIEW_LINE });
    expect(entryOf(data(await writer('get', { id: appeal.id })), '这句等审核的话')?.heldNotice).toBe(
      REVIEW_LINE,
    );
    const theirs = data(await reader('get', { id: appeal.id }));
    expect(JSON.stringify(theirs)).not.toContain('这句等审核的话');
  });

  it('risky: refused with CONTENT_RISKY and a plain message, nothing written', async () => {
    const { writer, appeal } = await setup();
    const reply = await refusedWithoutTrace(
      cloud,
      () => writer('addNote', { id: appeal.id, text: '一句有风险的话' }),
      'CONTENT_RISKY',
    );
    expect(reply).toMatchObject({ error: { message: expect.stringContaining('没有通过微信的内容检查') } });
  });

  it('outage: kept for its author only, who is told; the other never sees it', async () => {
    const { writer, reader, appeal } = await setup();
    const mine = data(await writer('addNote', { id: appeal.id, text: '现在检查不了的话' }));
    expect(entryOf(mine, '现在检查不了的话')).toMatchObject({ heldNotice: OUTAGE_LINE });
    expect(JSON.stringify(data(await reader('get', { id: appeal.id })))).not.toContain('现在检查不了的话');
  });
});

describe('what is sent to the check', () => {
  it('the masked text of a shared note, scene 2, version 2, the writer’s openid; a private note is not sent', async () => {
    const { as, appeal, owner } = await withHelper(cloud);
    const watch = checksDuring();
    data(await as('addNote', { id: appeal.id, text: '卡号 6222020200112233445 的事', private: false }));
    const afterShared = watch.params().length;
    data(await as('addNote', { id: appeal.id, text: '自己记一下', private: true }));
    watch.stop();
    expect(afterShared).toBe(1);
    expect(watch.params()).toHaveLength(1);
    const sent = watch.params()[0]!;
    expect(sent).toMatchObject({ openid: owner, scene: 2, version: 2 });
    expect(sent.content).toContain('卡号');
    expect(sent.content).not.toContain('6222020200112233445');
  });
});

describe('a helper’s name', () => {
  it('risky: the invitation is refused, nothing written', async () => {
    const { as, appeal } = await withHelper(cloud);
    await refusedWithoutTrace(
      cloud,
      () => as('invite', { id: appeal.id, label: '有风险的名字' }),
      'CONTENT_RISKY',
    );
  });

  it('pass: the invitation carries the name', async () => {
    const { as, appeal } = await withHelper(cloud);
    const card = await invite(as, appeal, '女儿');
    expect(card.invite.label).toBe('女儿');
  });
});
