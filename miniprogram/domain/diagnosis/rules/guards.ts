/**
 * Guards: named, typed conditions on the answers. A flow step is asked only while its guard holds; a guide step
 * is shown only while its guard holds. The condition of a flow guard is kept as data (`spec`), so the same
 * interview can be exported (e.g. to SurveyJS visibleIf). No expression strings anywhere.
 */
import type { Answers, OptionOf, QuestionId } from '../questions/index';

/** A guard's condition as data, so the same interview can be exported (e.g. to SurveyJS visibleIf). */
export interface GuardSpec {
  readonly q: QuestionId;
  readonly op: 'in' | 'not-in';
  readonly values: readonly string[];
}

export type Guard = ((answers: Answers) => boolean) & { readonly spec?: GuardSpec };

function answerIn<Q extends QuestionId>(q: Q, values: readonly OptionOf<Q>[]): Guard {
  const test = (a: Answers): boolean => {
    const v = a[q] as OptionOf<Q> | undefined;
    return v !== undefined && values.indexOf(v) >= 0;
  };
  return Object.assign(test, { spec: { q, op: 'in' as const, values } });
}

function answerNotIn<Q extends QuestionId>(q: Q, values: readonly OptionOf<Q>[]): Guard {
  const test = (a: Answers): boolean => {
    const v = a[q] as OptionOf<Q> | undefined;
    return v === undefined || values.indexOf(v) < 0;
  };
  return Object.assign(test, { spec: { q, op: 'not-in' as const, values } });
}

export const always: Guard = () => true;

/** 限额 questions only make sense when the message was about a limit, or the person didn't see it. */
export const messageMayBeLimit: Guard = answerIn('error-message', ['limit', 'unsure']);

/** 个人码做生意 only matters when collecting money is (or may be) what was restricted. */
export const collectingMayBeRestricted: Guard = answerIn('restriction-kind', ['collect', 'unsure']);

/** Whether the person placed the order matters unless they already said it is not theirs / after-sales. */
export const orderOwnershipUnclear: Guard = answerIn('bill-kind', [
  'charged-twice',
  'amount-wrong',
  'unsure',
]);

/** Which kind of police notice only matters when there was one. */
export const policeNotice: Guard = answerIn('official-notice', ['police']);

/** With a lost phone the account is frozen first; the housekeeping questions come after recovery. */
export const phoneNotLost: Guard = answerNotIn('unbind-reason', ['lost-phone']);

// ——— guide steps (unbind-card, repair-offer) ———

export const lostPhone: Guard = (a) => a['unbind-reason'] === 'lost-phone';
export const mayHaveAutoDebits: Guard = (a) => a['auto-debit'] === 'yes' || a['auto-debit'] === 'unsure';
export const mayAwaitRefund: Guard = (a) => a['pending-refund'] === 'yes' || a['pending-refund'] === 'unsure';
export const mayHaveLinkedProducts: Guard = (a) =>
  a['linked-products'] === 'yes' || a['linked-products'] === 'unsure';
export const secretsLeaked: Guard = (a) => a['code-shared'] === 'yes' || a['gave-details'] === 'yes';
export const mustReport: Guard = (a) => a['repair-paid'] === 'yes' || secretsLeaked(a);
export const mayReallyBeRestricted: Guard = (a) => a['actually-restricted'] !== 'no';
