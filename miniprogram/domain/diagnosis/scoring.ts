/**
 * How answers move the causes. Weights are small integers. An answer adds weight to the causes it points at
 * (and may subtract from the ones it rules out); "不确定" adds nothing. Each cause starts from a prior: the most
 * common cause of a symptom starts at 2, the rest at 1, so a person who answers "不确定" everywhere still gets an
 * honest, ranked list rather than nothing.
 */
import type { CauseId } from '../catalog/types';
import type { OptionOf, QuestionId } from './questions/index';
import type { AnswerRule } from './rules';

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

export interface ScoreRule extends AnswerRule {
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
