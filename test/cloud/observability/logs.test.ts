/**
 * Structured cloud logs (cloud.logger() → 云开发控制台 → 日志): action, outcome code, duration and an anonymous
 * actor tag for every call; never an openid or anything the person typed.
 */
import { ALICE, BOB, CARD_DIAGNOSIS, appealAs, data, useLocalCloud } from '../harness';

const cloud = useLocalCloud();

function appealLogs() {
  return cloud.logs().filter((l) => l.fn === 'appeal');
}

describe('cloud.logger() lines', () => {
  it('one line per call with action, code, duration and a tag that groups one person’s calls', async () => {
    const before = appealLogs().length;
    await appealAs(cloud, ALICE)('list', {});
    await appealAs(cloud, ALICE)('get', { id: 'nope' });
    await appealAs(cloud, BOB)('list', {});
    const [a1, a2, b1] = appealLogs().slice(before);
    expect(a1).toEqual({
      fn: 'appeal',
      level: 'info',
      fields: {
        fn: 'appeal',
        action: 'list',
        code: 'OK',
        durationMs: expect.stringMatching(/^\d+$/),
        actor: expect.stringMatching(/^[0-9a-f]{10}$/),
      },
    });
    expect(a2!.fields).toEqual(expect.objectContaining({ action: 'get', code: 'NOT_FOUND' }));
    expect(a2!.fields.actor).toBe(a1!.fields.actor);
    expect(b1!.fields.actor).not.toBe(a1!.fields.actor);
  });

  it('never logs an openid or free text, even in a made-up action name', async () => {
    const phone = '13812345678';
    const created = data(
      await appealAs(cloud, ALICE)('create', { ...CARD_DIAGNOSIS, note: `我的手机 ${phone}` } as never),
    );
    await appealAs(cloud, ALICE)('addNote', {
      id: created.id,
      text: `卡号 6222021234567890123 ${phone}`,
      private: false,
    });
    await cloud.call('appeal', { action: `call ${phone}` }, { openid: ALICE });
    const text = JSON.stringify(cloud.logs());
    expect(text).not.toContain(ALICE);
    expect(text).not.toContain(BOB);
    expect(text).not.toContain(phone);
    expect(text).not.toContain('6222021234567890123');
    expect(text).not.toContain(created.id);
    expect(appealLogs().at(-1)!.fields).toEqual(
      expect.objectContaining({ action: '?', code: 'UNKNOWN_ACTION' }),
    );
  });

  it('a failure the person did not cause is logged as an error (what alerts watch)', async () => {
    cloud.faults.failNext('database.getDocument', { error: 'SYS_ERR' });
    const reply = await appealAs(cloud, ALICE)('list', {});
    cloud.faults.clear();
    expect(reply.ok).toBe(false);
    expect(appealLogs().at(-1)).toEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ action: 'list', code: 'INTERNAL' }),
      }),
    );
  });

  it('the timer logs its sweep without an actor', async () => {
    await cloud.invokeTimer('remind');
    expect(cloud.logs().at(-1)).toEqual(
      expect.objectContaining({
        fn: 'remind',
        fields: expect.objectContaining({ fn: 'remind', action: 'sweep', code: 'OK', actor: 'timer' }),
      }),
    );
  });
});
