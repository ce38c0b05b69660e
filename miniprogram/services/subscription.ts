/**
 * Reminders by subscription message (订阅消息), as the pages see them. Never throws.
 *
 * API
 *   REMINDER_REASON[moment]: string
 *       One sentence saying why we ask. Show it next to the button BEFORE the tap that asks.
 *   askForReminders(moment): Promise<SubscribeOutcome>
 *       Call it FIRST THING in the tap handler, before any `await` (wx.requestSubscribeMessage only works
 *       inside a tap): it asks for the templates of that moment (≤ 3 ids), reports the answers to the cloud
 *       (`appeal` action `subscribe`) and resolves with what happened:
 *         { kind: 'accepted', accepted, reminders, reported }   at least one accepted
 *         { kind: 'refused', reminders }                        the person said no (or closed the dialog)
 *         { kind: 'banned', reminders }                         messages are switched off (settings → 订阅消息,
 *                                                               errCode 20004) or the template is blocked
 *         { kind: 'unavailable', reason, reminders }            no API / not in a tap / bad config / failed
 *       `reminders` is the fresh ReminderState, or null when the cloud could not be reached (accepts not yet
 *       reported are kept on the phone and sent with the next call of this module; `reported: false`).
 *   getReminders(): Promise<ReminderState | null>
 *       The person's reminders left (`appeal` action `credits`); null when the cloud is unreachable.
 *   reminderState(credits): ReminderState      pure: credits → what to show
 *       `label` is the visible state, e.g. `提醒已开启 · 剩余 3 次`; `askAgain` is true when a template has
 *       no reminder left and can be asked for again (show the button with its REMINDER_REASON).
 *
 * Moments and templates: startTracking / markSubmitted / changeStatus each ask for progressUpdate and
 * deadlineReminder; one accept allows one message of that template (WeChat's one-time subscription).
 */
import { deployConfig } from '../config/deploy';
import type { NotificationTemplate, ReminderCredits, SubscribeChoice } from '../domain/appeal/contract';
import { NOTIFICATION_TEMPLATES } from '../domain/appeal/contract';
import { callAppeal } from './cloud';
import { load, remove, save } from './storage';

export type ReminderMoment = 'startTracking' | 'markSubmitted' | 'changeStatus';

/** Templates asked for at each moment (at most 3 per call, the older clients' limit). */
export const TEMPLATES_FOR: Readonly<Record<ReminderMoment, readonly NotificationTemplate[]>> = {
  startTracking: ['progressUpdate', 'deadlineReminder'],
  markSubmitted: ['deadlineReminder', 'progressUpdate'],
  changeStatus: ['progressUpdate', 'deadlineReminder'],
};

export const REMINDER_REASON: Readonly<Record<ReminderMoment, string>> = {
  startTracking:
    '开启提醒后，申诉有进展或到了该跟进的日子，我们会用微信服务通知告诉你，每允许一次可收到一条。',
  markSubmitted: '开启后，到了平台应该答复的日子还没消息，我们会提醒你跟进，每允许一次可收到一条。',
  changeStatus: '进度有变化时用微信服务通知告诉你（和一起关注的家人），每允许一次可收到一条。',
};

export interface ReminderState {
  readonly credits: ReminderCredits;
  /** Messages we may still send, all templates together. */
  readonly remaining: number;
  /** At least one reminder left. */
  readonly on: boolean;
  /** A template has none left and the person can still allow more: offer to turn reminders on again. */
  readonly askAgain: boolean;
  /** What to show, e.g. `提醒已开启 · 剩余 3 次`. */
  readonly label: string;
}

export type UnavailableReason = 'unsupported' | 'not-in-tap' | 'config' | 'failed';

export type SubscribeOutcome =
  | {
      readonly kind: 'accepted';
      readonly accepted: readonly NotificationTemplate[];
      readonly reminders: ReminderState | null;
      /** false: the cloud was unreachable; the answers will be reported with the next call. */
      readonly reported: boolean;
    }
  | { readonly kind: 'refused'; readonly reminders: ReminderState | null }
  | { readonly kind: 'banned'; readonly reminders: ReminderState | null }
  | {
      readonly kind: 'unavailable';
      readonly reason: UnavailableReason;
      readonly reminders: ReminderState | null;
    };

type Results = { [T in NotificationTemplate]?: SubscribeChoice };

/**
 * Answers the cloud has not heard yet, oldest first, kept on the phone: the result page and the appeal page
 * each run their own copy of this module (they are in different subpackages), so memory is not shared.
 */
const isResultsList = (v: unknown): v is Results[] =>
  Array.isArray(v) && v.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r));
const unreported = (): Results[] => load('subscription.unreported', isResultsList) ?? [];
function keep(queue: readonly Results[]): void {
  if (queue.length === 0 || !save('subscription.unreported', queue)) remove('subscription.unreported');
}

export function reminderState(credits: ReminderCredits): ReminderState {
  const all = NOTIFICATION_TEMPLATES.map((t) => credits[t]);
  const remaining = all.reduce((n, c) => n + c.credits, 0);
  const askAgain = all.some((c) => c.state !== 'banned' && c.credits === 0);
  let label: string;
  if (remaining > 0) label = `提醒已开启 · 剩余 ${remaining} 次`;
  else if (all.every((c) => c.state === 'banned')) label = '提醒已关闭，可在小程序设置里打开';
  else if (all.some((c) => c.state === 'used-up')) label = '提醒次数已用完，点一下重新开启';
  else label = '提醒未开启';
  return { credits, remaining, on: remaining > 0, askAgain, label };
}

const CHOICES: readonly SubscribeChoice[] = ['accept', 'reject', 'ban', 'filter'];

function resultsOf(res: Record<string, unknown>, asked: readonly NotificationTemplate[]): Results {
  const out: Results = {};
  for (const t of asked) {
    const v = res[deployConfig.templates[t].id];
    if (typeof v === 'string' && (CHOICES as readonly string[]).indexOf(v) >= 0)
      out[t] = v as SubscribeChoice;
  }
  return out;
}

/** Report queued answers, oldest first; stops at the first failure (the rest stay kept for next time). */
async function flush(queue: Results[]): Promise<ReminderCredits | null> {
  let credits: ReminderCredits | null = null;
  while (queue.length > 0) {
    const env = await callAppeal('subscribe', { results: queue[0] as Results });
    if (!env.ok) return null;
    queue.shift();
    keep(queue);
    credits = env.data;
  }
  return credits;
}

export async function getReminders(): Promise<ReminderState | null> {
  try {
    const queue = unreported();
    if (queue.length > 0 && (await flush(queue)) === null) return null;
    const env = await callAppeal('credits', {});
    return env.ok ? reminderState(env.data) : null;
  } catch {
    return null;
  }
}

function unavailableReason(err: { errCode?: unknown; errMsg?: unknown }): UnavailableReason {
  const msg = String(err.errMsg ?? '');
  if (/TAP gesture|user gesture/i.test(msg)) return 'not-in-tap';
  const code = Number(err.errCode);
  if (
    code === 20001 ||
    code === 20002 ||
    code === 20003 ||
    code === 20005 ||
    code === 10001 ||
    code === 10004
  ) {
    return 'config';
  }
  return 'failed';
}

async function afterFailure(err: { errCode?: unknown; errMsg?: unknown }): Promise<SubscribeOutcome> {
  const reminders = await getReminders();
  // 20004: the person switched off subscription messages for this mini program.
  if (Number(err.errCode) === 20004) return { kind: 'banned', reminders };
  return { kind: 'unavailable', reason: unavailableReason(err), reminders };
}

async function afterAnswer(results: Results): Promise<SubscribeOutcome> {
  const choices = Object.values(results);
  const accepted = NOTIFICATION_TEMPLATES.filter((t) => results[t] === 'accept');
  let reminders: ReminderState | null = null;
  if (choices.some((c) => c === 'accept' || c === 'ban')) {
    const queue = [...unreported(), results];
    keep(queue);
    const credits = await flush(queue);
    reminders = credits ? reminderState(credits) : null;
  } else {
    reminders = await getReminders();
  }
  if (accepted.length > 0) return { kind: 'accepted', accepted, reminders, reported: reminders !== null };
  if (choices.length > 0 && choices.every((c) => c === 'ban')) return { kind: 'banned', reminders };
  return { kind: 'refused', reminders };
}

type Answer =
  | { readonly ok: true; readonly res: Record<string, unknown> }
  | { readonly ok: false; readonly err: { errCode?: unknown; errMsg?: unknown } };

/** Ask (synchronously, inside the tap), then report. Never rejects. */
export function askForReminders(moment: ReminderMoment): Promise<SubscribeOutcome> {
  const asked = TEMPLATES_FOR[moment].slice(0, 3);
  if (typeof wx === 'undefined' || typeof wx.requestSubscribeMessage !== 'function') {
    return getReminders().then((reminders) => ({ kind: 'unavailable', reason: 'unsupported', reminders }));
  }
  const answer = new Promise<Answer>((resolve) => {
    try {
      wx.requestSubscribeMessage({
        tmplIds: asked.map((t) => deployConfig.templates[t].id),
        success: (res) => resolve({ ok: true, res: res as unknown as Record<string, unknown> }),
        fail: (err) => resolve({ ok: false, err }),
      });
    } catch (e) {
      resolve({ ok: false, err: { errMsg: String(e) } });
    }
  });
  return answer
    .then((a) => (a.ok ? afterAnswer(resultsOf(a.res, asked)) : afterFailure(a.err)))
    .catch((): SubscribeOutcome => ({ kind: 'unavailable', reason: 'failed', reminders: null }));
}
