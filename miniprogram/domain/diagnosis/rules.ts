/**
 * The interview as data: which questions each symptom may ask (with named guards), which answers raise safety
 * flags, and which guide steps apply. How answers move the causes is in ./scoring.ts. No expression strings
 * anywhere.
 */
import type { GuideStepId, SafetyFlagId, SymptomId } from '../catalog/types';
import type { Answers, OptionOf, QuestionId } from './questions/index';

// ——— Guards (named, typed; used to decide whether a question applies) ———

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

export interface FlowStep {
  readonly q: QuestionId;
  readonly askIf: Guard;
}

function step(q: QuestionId, askIf: Guard = always): FlowStep {
  return { q, askIf };
}

const SAFETY_TAIL = [step('repair-contact'), step('code-shared'), step('lent-card')];

/** Question order per symptom. Cross-cutting questions: the official notice first, the safety ones last. */
export const FLOWS: Readonly<Record<SymptomId, readonly FlowStep[]>> = {
  'card-restricted': [
    step('official-notice'),
    step('police-notice-kind', policeNotice),
    step('other-channels'),
    step('bank-side'),
    step('error-message'),
    step('payment-kind', messageMayBeLimit),
    step('recent-activity'),
    ...SAFETY_TAIL,
  ],
  'account-restricted': [
    step('official-notice'),
    step('police-notice-kind', policeNotice),
    step('restriction-kind'),
    step('collect-use', collectingMayBeRestricted),
    step('other-channels'),
    step('account-activity'),
    ...SAFETY_TAIL,
  ],
  'balance-limited': [
    step('official-notice'),
    step('police-notice-kind', policeNotice),
    step('balance-message'),
    step('account-activity'),
    ...SAFETY_TAIL,
  ],
  'login-problem': [step('login-kind'), step('verify-request'), ...SAFETY_TAIL],
  'transfer-mistake': [step('recovery-offer'), step('code-shared')],
  'credit-pay-unavailable': [
    step('official-notice'),
    step('creditpay-others'),
    step('creditpay-message'),
    step('overdue'),
    step('spending-device'),
    step('account-security'),
    ...SAFETY_TAIL,
  ],
  'bill-anomaly': [
    step('official-notice'),
    step('bill-kind'),
    step('order-recognized', orderOwnershipUnclear),
    ...SAFETY_TAIL,
  ],
  'unbind-card': [
    step('unbind-reason'),
    step('auto-debit', phoneNotLost),
    step('pending-refund', phoneNotLost),
    step('linked-products', phoneNotLost),
    step('code-shared'),
  ],
  'repair-offer': [
    step('repair-paid'),
    step('code-shared'),
    step('gave-details'),
    step('lent-card'),
    step('actually-restricted'),
  ],
};

/** A rule that applies when the answer to `q` is one of `is` (scoring and flag rules alike). */
export interface AnswerRule {
  readonly q: QuestionId;
  readonly is: readonly string[];
}

export function applies(rule: AnswerRule, answers: Answers): boolean {
  const value = (answers as Record<string, string | undefined>)[rule.q];
  return value !== undefined && rule.is.indexOf(value) >= 0;
}

export interface FlagRule extends AnswerRule {
  readonly flag: SafetyFlagId;
}

function raise<Q extends QuestionId>(q: Q, is: readonly OptionOf<Q>[], flag: SafetyFlagId): FlagRule {
  return { q, is, flag };
}

export const FLAG_RULES: readonly FlagRule[] = [
  raise('repair-contact', ['yes'], 'scam-contact'),
  raise('recovery-offer', ['yes'], 'scam-contact'),
  raise('code-shared', ['yes'], 'code-shared'),
  raise('gave-details', ['yes'], 'code-shared'),
  raise('lent-card', ['yes'], 'lent-card'),
  raise('repair-paid', ['yes'], 'paid-scammer'),
  raise('official-notice', ['bank'], 'official-notice-bank'),
  raise('official-notice', ['police'], 'official-notice-police'),
  raise('official-notice', ['court'], 'official-notice-court'),
  raise('official-notice', ['penalty'], 'official-notice-penalty'),
];

/** Flags raised by the entry symptom itself: a repair offer is always a scam. */
export const SYMPTOM_FLAGS: Partial<Readonly<Record<SymptomId, readonly SafetyFlagId[]>>> = {
  'repair-offer': ['scam-contact'],
};

// ——— Guide steps (unbind-card, repair-offer) ———

export const lostPhone: Guard = (a) => a['unbind-reason'] === 'lost-phone';
export const mayHaveAutoDebits: Guard = (a) => a['auto-debit'] === 'yes' || a['auto-debit'] === 'unsure';
export const mayAwaitRefund: Guard = (a) => a['pending-refund'] === 'yes' || a['pending-refund'] === 'unsure';
export const mayHaveLinkedProducts: Guard = (a) =>
  a['linked-products'] === 'yes' || a['linked-products'] === 'unsure';
export const secretsLeaked: Guard = (a) => a['code-shared'] === 'yes' || a['gave-details'] === 'yes';
export const mustReport: Guard = (a) => a['repair-paid'] === 'yes' || secretsLeaked(a);
export const mayReallyBeRestricted: Guard = (a) => a['actually-restricted'] !== 'no';

export interface GuideRule {
  readonly step: GuideStepId;
  readonly when: Guard;
}

/** In display order. */
export const GUIDE_RULES: Partial<Readonly<Record<SymptomId, readonly GuideRule[]>>> = {
  'unbind-card': [
    { step: 'freeze-account-first', when: lostPhone },
    { step: 'freeze-with-bank', when: secretsLeaked },
    { step: 'change-passwords', when: secretsLeaked },
    { step: 'cancel-auto-debits', when: mayHaveAutoDebits },
    { step: 'wait-for-refunds', when: mayAwaitRefund },
    { step: 'settle-linked-products', when: mayHaveLinkedProducts },
    { step: 'unbind-in-wallet', when: always },
    { step: 'unbind-is-not-cancel', when: always },
  ],
  'repair-offer': [
    { step: 'repair-is-scam', when: always },
    { step: 'stop-contact', when: always },
    { step: 'freeze-with-bank', when: secretsLeaked },
    { step: 'change-passwords', when: secretsLeaked },
    { step: 'report-110', when: mustReport },
    { step: 'call-96110', when: always },
    { step: 'check-real-status', when: mayReallyBeRestricted },
  ],
};
