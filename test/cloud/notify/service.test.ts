/**
 * miniprogram/services/subscription.ts against the real `appeal` function on the local cloud: a stand-in `wx`
 * answers requestSubscribeMessage like the phone would, and wx.cloud.callFunction goes to the local cloud.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import { testOpenid, type LocalCloud } from '../../../tools/cloud';
import * as svc from '../../../miniprogram/services/subscription';
import { localCloud } from '../harness';

type Answer = Record<string, string> | { fail: { errCode: number; errMsg: string } };

const phone = {
  openid: testOpenid('service-user'),
  answer: {} as Answer,
  offline: false,
  asked: [] as string[][],
  storage: new Map<string, unknown>(),
};
let cloud: LocalCloud;

// The phone. The service reads `wx` when called, never at import.
(global as unknown as { wx: unknown }).wx = {
  getStorageSync: (key: string) => phone.storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => phone.storage.set(key, value),
  removeStorageSync: (key: string) => phone.storage.delete(key),
  cloud: {
    init: () => undefined,
    callFunction: async (o: { name: string; data: unknown }) => {
      if (phone.offline) throw { errMsg: 'cloud.callFunction:fail network error' };
      return { result: await cloud.call(o.name, o.data, { openid: phone.openid }) };
    },
  },
  requestSubscribeMessage: (o: {
    tmplIds: string[];
    success?: (r: Record<string, string>) => void;
    fail?: (e: { errCode: number; errMsg: string }) => void;
  }) => {
    phone.asked.push(o.tmplIds);
    const a = phone.answer;
    setTimeout(() => {
      if ('fail' in a) o.fail?.(a.fail as { errCode: number; errMsg: string });
      else o.success?.({ errMsg: 'requestSubscribeMessage:ok', ...(a as Record<string, string>) });
    }, 5);
  },
};

const P = deployConfig.templates.progressUpdate.id;
const D = deployConfig.templates.deadlineReminder.id;

beforeAll(async () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  cloud = await localCloud();
});
afterAll(() => cloud.close());
beforeEach(() => {
  phone.openid = testOpenid(`service-${Math.random()}`);
  phone.offline = false;
  phone.asked = [];
  phone.storage.clear();
});

describe('askForReminders', () => {
  it('asks inside the tap (synchronously), at most 3 ids, and reports accepts: 提醒已开启 · 剩余 2 次', async () => {
    phone.answer = { [P]: 'accept', [D]: 'accept' };
    const pending = svc.askForReminders('markSubmitted');
    expect(phone.asked).toEqual([[D, P]]); // called before anything was awaited
    const outcome = await pending;
    expect(outcome).toEqual({
      kind: 'accepted',
      accepted: ['progressUpdate', 'deadlineReminder'],
      reported: true,
      reminders: expect.objectContaining({
        remaining: 2,
        on: true,
        askAgain: false,
        label: '提醒已开启 · 剩余 2 次',
      }),
    });
    for (const moment of ['startTracking', 'markSubmitted', 'changeStatus'] as const) {
      expect(svc.TEMPLATES_FOR[moment].length).toBeLessThanOrEqual(3);
      expect(svc.REMINDER_REASON[moment]).toMatch(/。$/);
    }
  });

  it('a partial accept still counts, and says to ask again for the other', async () => {
    phone.answer = { [P]: 'accept', [D]: 'reject' };
    const outcome = await svc.askForReminders('changeStatus');
    expect(outcome).toMatchObject({ kind: 'accepted', accepted: ['progressUpdate'] });
    expect(outcome.reminders).toMatchObject({
      remaining: 1,
      askAgain: true,
      label: '提醒已开启 · 剩余 1 次',
    });
  });

  it('refused, banned, switched off, and unavailable are typed outcomes, never exceptions', async () => {
    phone.answer = { [P]: 'reject', [D]: 'reject' };
    expect(await svc.askForReminders('startTracking')).toMatchObject({
      kind: 'refused',
      reminders: { label: '提醒未开启', askAgain: true },
    });
    phone.answer = { [P]: 'ban', [D]: 'ban' };
    expect(await svc.askForReminders('startTracking')).toMatchObject({
      kind: 'banned',
      reminders: { label: '提醒已关闭，可在小程序设置里打开', askAgain: false },
    });
    phone.answer = {
      fail: { errCode: 20004, errMsg: 'requestSubscribeMessage:fail the main switch is switched off' },
    };
    expect(await svc.askForReminders('startTracking')).toMatchObject({ kind: 'banned' });
    phone.answer = {
      fail: {
        errCode: 10005,
        errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
      },
    };
    expect(await svc.askForReminders('startTracking')).toMatchObject({
      kind: 'unavailable',
      reason: 'not-in-tap',
    });
    phone.answer = {
      fail: { errCode: 20001, errMsg: 'requestSubscribeMessage:fail No template data return' },
    };
    expect(await svc.askForReminders('startTracking')).toMatchObject({
      kind: 'unavailable',
      reason: 'config',
    });
  });

  it('offline: the accept is kept and reported with the next call', async () => {
    phone.answer = { [P]: 'accept', [D]: 'accept' };
    phone.offline = true;
    expect(await svc.askForReminders('startTracking')).toEqual({
      kind: 'accepted',
      accepted: ['progressUpdate', 'deadlineReminder'],
      reminders: null,
      reported: false,
    });
    expect(await svc.getReminders()).toBeNull();
    phone.offline = false;
    expect(await svc.getReminders()).toMatchObject({ remaining: 2, label: '提醒已开启 · 剩余 2 次' });
    expect(await svc.getReminders()).toMatchObject({ remaining: 2 }); // reported once only
  });

  it("an accept kept offline is reported by another page's copy of the module (another subpackage)", async () => {
    phone.answer = { [P]: 'accept' };
    phone.offline = true;
    expect(await svc.askForReminders('startTracking')).toMatchObject({ kind: 'accepted', reported: false });
    phone.offline = false;
    let other: typeof svc | undefined;
    jest.isolateModules(() => {
      other = jest.requireActual<typeof svc>('../../../miniprogram/services/subscription');
    });
    expect(other).not.toBe(svc);
    expect(await other?.getReminders()).toMatchObject({ remaining: 1 });
    expect(await svc.getReminders()).toMatchObject({ remaining: 1 }); // reported once only
  });
});

describe('reminderState', () => {
  it('shows what is left and when to ask again', () => {
    expect(
      svc.reminderState({
        progressUpdate: { credits: 0, state: 'used-up' },
        deadlineReminder: { credits: 0, state: 'used-up' },
      }),
    ).toMatchObject({ remaining: 0, on: false, askAgain: true, label: '提醒次数已用完，点一下重新开启' });
    expect(
      svc.reminderState({
        progressUpdate: { credits: 3, state: 'on' },
        deadlineReminder: { credits: 0, state: 'banned' },
      }),
    ).toMatchObject({ remaining: 3, on: true, askAgain: false, label: '提醒已开启 · 剩余 3 次' });
  });
});
