/**
 * The answer vocabulary: every question id and its options, and the shape of a question. The question id is
 * also its answer key: `answers['lent-card']`. Options are typed unions derived from `OPTIONS`, so a rule or a
 * test that names an option that does not exist fails to compile.
 */

export const OPTIONS = {
  // cross-cutting
  'official-notice': ['none', 'bank', 'police', 'court', 'penalty', 'unsure'],
  'other-channels': ['also-fail', 'work', 'not-tried', 'unsure'],
  'repair-contact': ['yes', 'no', 'unsure'],
  'code-shared': ['yes', 'no', 'unsure'],
  'lent-card': ['yes', 'no', 'unsure'],
  'police-notice-kind': ['stop', 'case', 'unsure'],
  // card-restricted
  'bank-side': ['card-changed', 'info-outdated', 'long-unused', 'bank-hold', 'none', 'unsure'],
  'error-message': ['limit', 'not-supported', 'risk', 'unsure'],
  'payment-kind': ['static-code', 'class-2-3', 'no', 'unsure'],
  'recent-activity': ['many-transfers', 'travel', 'none', 'unsure'],
  // account-restricted
  'restriction-kind': ['collect', 'transfer', 'balance', 'identity', 'unsure'],
  'collect-use': ['business', 'merchant', 'personal', 'unsure'],
  'account-activity': ['many-incoming', 'complaint', 'none', 'unsure'],
  // balance-limited
  'balance-message': ['identity', 'password', 'family-card', 'risk', 'unsure'],
  // login-problem
  'login-kind': ['blocked', 'others-used', 'unsure'],
  'verify-request': ['yes', 'no', 'unsure'],
  // transfer-mistake
  'recovery-offer': ['yes', 'no', 'unsure'],
  // credit-pay-unavailable
  'creditpay-others': ['others-too', 'just-me', 'unsure'],
  'creditpay-message': ['busy', 'assessed', 'closed', 'limit-lower', 'unsure'],
  overdue: ['yes', 'no', 'unsure'],
  'spending-device': ['big-spending', 'device-change', 'none', 'unsure'],
  'account-security': ['yes', 'no', 'unsure'],
  // bill-anomaly
  'bill-kind': ['charged-twice', 'amount-wrong', 'not-mine', 'unhappy', 'child', 'unsure'],
  'order-recognized': ['yes', 'no', 'unsure'],
  // unbind-card (guide)
  'unbind-reason': ['lost-phone', 'not-used', 'worried', 'unsure'],
  'auto-debit': ['yes', 'no', 'unsure'],
  'pending-refund': ['yes', 'no', 'unsure'],
  'linked-products': ['yes', 'no', 'unsure'],
  // repair-offer (guide)
  'repair-paid': ['yes', 'no', 'unsure'],
  'gave-details': ['yes', 'no', 'unsure'],
  'actually-restricted': ['card', 'account', 'no', 'unsure'],
} as const;

export type QuestionId = keyof typeof OPTIONS;
export type OptionOf<Q extends QuestionId> = (typeof OPTIONS)[Q][number];
/** Plain JSON: saved to local storage and resumed. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> };

export const QUESTION_IDS = Object.keys(OPTIONS) as QuestionId[];

/** safety: always asked (it raises flags); fact: asked only while it can still change the top cause. */
export type QuestionKind = 'fact' | 'safety';

export interface Question<Q extends QuestionId = QuestionId> {
  readonly id: Q;
  readonly kind: QuestionKind;
  readonly title: string;
  /** 这是什么意思. */
  readonly help: string;
  readonly labels: { readonly [V in OptionOf<Q>]: string };
}

/** A group of questions: each key is its question's id, its labels name exactly that question's options. */
export function defineQuestions<Q extends QuestionId>(group: { readonly [K in Q]: Question<K> }): {
  readonly [K in Q]: Question<K>;
} {
  return group;
}

export const UNSURE = '不确定';
export const YES_NO = { yes: '有', no: '没有', unsure: UNSURE } as const;
