/**
 * The interview as data: which questions each symptom may ask (with named guards), how answers move the
 * causes, which answers raise safety flags, and which guide steps apply. No expression strings anywhere.
 *
 * Weights are small integers. An answer adds weight to the causes it points at (and may subtract from the
 * ones it rules out); "不确定" adds nothing. Each cause starts from a prior: the most common cause of a
 * symptom starts at 2, the rest at 1, so a person who answers "不确定" everywhere still gets an honest,
 * ranked list rather than nothing.
 */
import type { CauseId, GuideStepId, SafetyFlagId, SymptomId } from '../catalog/types';
import type { Answers, OptionOf, QuestionId } from './questions';

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

// ——— Guards (named, typed; used to decide whether a question applies) ———

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

/**
 * Frightening causes (a freeze by the police or a court, fraud funds, 惩戒): never listed, not even as 也有可能,
 * unless an answer points to them (a notice, a lent card).
 */
export const ALARMING: readonly CauseId[] = [
  'illicit-flag',
  'fraud-penalty',
  'police-case-freeze',
  'police-protective-stop',
  'judicial-freeze',
];

export const PRIORS: Partial<Readonly<Record<CauseId, number>>> = {
  'risk-unusual-activity': 2,
  'account-risk-review': 2,
  'balance-identity-incomplete': 2,
  'account-login-restricted': 2,
  'creditpay-risk': 2,
  'bill-duplicate-charge': 2,
};

export type Weights = Partial<Readonly<Record<CauseId, number>>>;

export interface ScoreRule {
  readonly q: QuestionId;
  readonly is: readonly string[];
  readonly add: Weights;
}

function when<Q extends QuestionId>(q: Q, is: readonly OptionOf<Q>[], add: Weights): ScoreRule {
  return { q, is, add };
}

/** Rules apply only to the causes of the symptom being diagnosed. */
export const SCORE_RULES: readonly ScoreRule[] = [
  // official notice: names who holds the key
  when('official-notice', ['bank'], {
    'bank-card-status': 3,
    'bank-non-counter-suspended': 2,
    'bank-info-outdated': 2,
  }),
  when('official-notice', ['police'], {
    'police-case-freeze': 12,
    'police-protective-stop': 12,
    'illicit-flag': 3,
    'bill-unauthorized': 2,
  }),
  when('police-notice-kind', ['stop'], { 'police-protective-stop': 6, 'police-case-freeze': -2 }),
  when('police-notice-kind', ['case'], { 'police-case-freeze': 6, 'police-protective-stop': -2 }),
  when('official-notice', ['court'], { 'judicial-freeze': 15, 'creditpay-overdue': 3 }),
  when('official-notice', ['penalty'], { 'fraud-penalty': 15 }),
  // other channels fail too → the block is at the bank or clearing level, not in WeChat Pay
  when('other-channels', ['also-fail'], {
    'bank-card-status': 3,
    'bank-non-counter-suspended': 3,
    'bank-info-outdated': 2,
    'bank-antifraud-hold': 2,
    'risk-unusual-activity': -1,
    'risk-remote-transaction': -1,
    'limit-by-account-class': -1,
    'account-risk-review': -1,
    'collection-business-use': -1,
  }),
  when('other-channels', ['work'], {
    'risk-unusual-activity': 2,
    'risk-remote-transaction': 2,
    'limit-by-account-class': 1,
    'account-risk-review': 1,
    'collection-business-use': 1,
    'bank-card-status': -2,
    'bank-non-counter-suspended': -3,
    'bank-info-outdated': -1,
  }),
  // ever lent a card / moved money for someone else → illicit-flag (帮信 risk)
  when('lent-card', ['yes'], { 'illicit-flag': 8 }),
  when('lent-card', ['no'], { 'illicit-flag': -1 }),
  when('code-shared', ['yes'], { 'bill-unauthorized': 4, 'creditpay-account-security': 3 }),
  // card-restricted
  when('bank-side', ['card-changed'], { 'bank-card-status': 6 }),
  when('bank-side', ['info-outdated'], { 'bank-info-outdated': 6 }),
  when('bank-side', ['long-unused'], { 'bank-non-counter-suspended': 6 }),
  when('bank-side', ['bank-hold'], { 'bank-antifraud-hold': 7 }),
  when('bank-side', ['none'], {
    'bank-card-status': -1,
    'bank-info-outdated': -1,
    'bank-non-counter-suspended': -1,
    'bank-antifraud-hold': -1,
  }),
  when('error-message', ['limit'], { 'limit-by-account-class': 4, 'risk-unusual-activity': 1 }),
  when('error-message', ['not-supported'], {
    'bank-card-status': 1,
    'bank-info-outdated': 1,
    'bank-non-counter-suspended': 1,
  }),
  when('error-message', ['risk'], {
    'risk-unusual-activity': 2,
    'risk-remote-transaction': 2,
  }),
  when('payment-kind', ['static-code', 'class-2-3'], { 'limit-by-account-class': 5 }),
  when('payment-kind', ['no'], { 'limit-by-account-class': -3 }),
  when('recent-activity', ['many-transfers'], { 'risk-unusual-activity': 4 }),
  when('recent-activity', ['travel'], { 'risk-remote-transaction': 6 }),
  when('recent-activity', ['none'], { 'risk-unusual-activity': -1, 'risk-remote-transaction': -2 }),
  // account-restricted
  when('restriction-kind', ['collect'], { 'collection-business-use': 3, 'account-risk-review': 1 }),
  when('restriction-kind', ['transfer'], { 'account-risk-review': 2 }),
  when('restriction-kind', ['balance'], { 'account-risk-review': 1, 'balance-identity-incomplete': 1 }),
  when('restriction-kind', ['identity'], { 'balance-identity-incomplete': 8 }),
  when('collect-use', ['business'], { 'collection-business-use': 6 }),
  when('collect-use', ['merchant'], { 'merchant-collection-restricted': 9, 'collection-business-use': -3 }),
  when('collect-use', ['personal'], { 'collection-business-use': -3 }),
  when('account-activity', ['many-incoming'], { 'account-risk-review': 3 }),
  when('account-activity', ['complaint'], { 'account-risk-review': 3 }),
  when('account-activity', ['none'], { 'account-risk-review': -1 }),
  // balance-limited
  when('balance-message', ['identity'], { 'balance-identity-incomplete': 6 }),
  when('balance-message', ['password'], { 'payment-password-locked': 8 }),
  when('balance-message', ['family-card'], { 'family-card-limit': 8 }),
  when('balance-message', ['risk'], { 'account-risk-review': 4 }),
  // login-problem
  when('login-kind', ['blocked'], { 'account-login-restricted': 4 }),
  when('login-kind', ['others-used'], { 'card-bound-by-others': 8 }),
  when('verify-request', ['yes'], { 'account-login-restricted': 2 }),
  // credit-pay-unavailable
  when('creditpay-others', ['others-too'], { 'creditpay-outage': 6 }),
  when('creditpay-others', ['just-me'], { 'creditpay-outage': -2 }),
  when('creditpay-message', ['busy'], { 'creditpay-outage': 4 }),
  when('creditpay-message', ['assessed'], {
    'creditpay-risk': 2,
    'creditpay-overdue': 1,
    'creditpay-account-security': 1,
  }),
  when('creditpay-message', ['closed'], { 'creditpay-product-change': 6 }),
  when('creditpay-message', ['limit-lower'], { 'creditpay-limit-reduced': 9 }),
  when('overdue', ['yes'], { 'creditpay-overdue': 7 }),
  when('overdue', ['no'], { 'creditpay-overdue': -2 }),
  when('spending-device', ['big-spending'], { 'creditpay-risk': 4 }),
  when('spending-device', ['device-change'], { 'creditpay-risk': 2, 'creditpay-account-security': 2 }),
  when('spending-device', ['none'], { 'creditpay-risk': -1 }),
  when('account-security', ['yes'], { 'creditpay-account-security': 6 }),
  when('account-security', ['no'], { 'creditpay-account-security': -1 }),
  // bill-anomaly
  when('bill-kind', ['charged-twice'], { 'bill-duplicate-charge': 6 }),
  when('bill-kind', ['amount-wrong'], { 'bill-amount-mismatch': 6 }),
  when('bill-kind', ['not-mine'], { 'bill-unauthorized': 6 }),
  when('bill-kind', ['unhappy'], { 'bill-after-sales': 6 }),
  when('bill-kind', ['child'], { 'minor-topup-refund': 9 }),
  when('order-recognized', ['no'], {
    'bill-unauthorized': 6,
    'bill-duplicate-charge': -1,
    'bill-amount-mismatch': -1,
  }),
  when('order-recognized', ['yes'], { 'bill-unauthorized': -2 }),
];

export interface FlagRule {
  readonly q: QuestionId;
  readonly is: readonly string[];
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
