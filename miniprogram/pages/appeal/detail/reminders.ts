/** What the appeal page says about reminders: whether one is left, and what a subscription prompt changed. */
import type { ReminderInput } from '../domain/present';
import type { ReminderState, SubscribeOutcome } from '../../../services/subscription';

const BANNED = '提醒被关掉了：右上角 ··· → 设置 → 订阅消息 可以重新打开';

/** A deadline reminder is left: only then does the page promise one. */
export function deadlineReminderOn(state: ReminderInput | null): boolean | null {
  if (!state) return null;
  const credits = (state as Partial<ReminderState>).credits;
  return credits ? credits.deadlineReminder.credits > 0 : state.on;
}

/** After a subscription prompt: switched-off messages are explained, otherwise the fresh state. */
export function afterPrompt(outcome: SubscribeOutcome): ReminderInput | null {
  if (outcome.kind === 'banned') return { label: BANNED, on: false, askAgain: false };
  return outcome.reminders;
}
