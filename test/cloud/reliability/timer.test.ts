/**
 * Only the platform's timer runs the `remind` sweep, and it runs on the server's clock. A call from the HTTP
 * API, the console or another function (no OPENID, so it looked like the timer before) with a `Time` far in the
 * future must neither send a reminder nor touch a schedule.
 */
import type { LocalCloud } from '../../../tools/cloud';
import { localCloud } from '../harness';
import { allow, appealDoc, delivered, quiet } from '../notify/setup';
import { person } from '../family/setup';

let cloud: LocalCloud;
beforeAll(async () => {
  quiet();
  cloud = await localCloud();
});
afterAll(() => cloud.close());

const FORGED = { Type: 'Timer', TriggerName: 'remind', Time: '2099-01-01T01:00:00Z', Message: '' };

/** A waiting appeal whose reminder is due in three days, its owner holding a reminder credit. */
async function waitingAppeal(): Promise<{ id: string; due: Date }> {
  const owner = person('timer');
  await allow(cloud, owner, 'deadlineReminder');
  const due = new Date(Date.now() + 3 * 86_400_000);
  const id = `timer-${owner.slice(1, 12)}`;
  cloud.store.insert('appeals', [appealDoc({ _id: id, _openid: owner, nextReminderAt: due }, new Date())]);
  return { id, due };
}

const scheduleOf = (id: string) => cloud.store.find('appeals', { _id: id })[0]?.nextReminderAt;

describe('the remind sweep', () => {
  it.each(['wx_http', 'scf', 'wx_unknown', 'wx_client'])(
    'refuses a call whose SOURCE is %s, whatever its event says',
    async (source) => {
      const { id, due } = await waitingAppeal();
      const sent = delivered(cloud).length;
      const reply = await cloud.call('remind', FORGED, { openid: null, source });
      expect(reply).toEqual({ ok: false, error: 'timer only' });
      expect(delivered(cloud)).toHaveLength(sent);
      expect(scheduleOf(id)).toEqual(due);
    },
  );

  it('runs for the timer on the server clock: the event’s Time moves nothing', async () => {
    const { id, due } = await waitingAppeal();
    const sent = delivered(cloud).length;
    const reply = await cloud.call('remind', FORGED, { openid: null, source: 'wx_trigger' });
    expect(reply).toMatchObject({ done: true });
    expect(delivered(cloud)).toHaveLength(sent);
    expect(scheduleOf(id)).toEqual(due);
  });

  it('sends a reminder once the server clock reaches it', async () => {
    const { id, due } = await waitingAppeal();
    await cloud.invokeTimer('remind', new Date(due.getTime() + 60_000));
    expect(delivered(cloud).filter((e) => String(e.page).includes(id))).toHaveLength(1);
    expect(scheduleOf(id)).not.toEqual(due);
  });
});
