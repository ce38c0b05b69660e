/**
 * Path tests as data: each path lists, in order, exactly the questions the engine must ask and the answer
 * given; `expect` is the conclusion. Replayed forward and back in test/unit/domain/paths.test.ts; the
 * checklist bench (tools/bench/tracking.bench.ts) tracks each one that ends in a cause.
 */
import type { CauseId, GuideStepId, SafetyFlagId, SymptomId } from '../../miniprogram/domain/index';

export interface PathStep {
  readonly q: string;
  readonly a: string;
}

export interface PathCase {
  readonly name: string;
  readonly symptom: SymptomId;
  readonly steps: readonly PathStep[];
  readonly expect: {
    readonly top?: CauseId;
    readonly flags: readonly SafetyFlagId[];
    readonly guide?: readonly GuideStepId[];
  };
}

const NO_SAFETY: PathStep[] = [
  { q: 'repair-contact', a: 'no' },
  { q: 'code-shared', a: 'no' },
  { q: 'lent-card', a: 'no' },
];
const UNSURE_SAFETY: PathStep[] = [
  { q: 'repair-contact', a: 'unsure' },
  { q: 'code-shared', a: 'unsure' },
  { q: 'lent-card', a: 'unsure' },
];

export const PATHS: readonly PathCase[] = [
  // ——— card-restricted ———
  {
    name: 'court notice settles it: only the safety questions follow',
    symptom: 'card-restricted',
    steps: [{ q: 'official-notice', a: 'court' }, ...NO_SAFETY],
    expect: { top: 'judicial-freeze', flags: ['official-notice-court'] },
  },
  {
    name: 'used in another city, other channels work',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'other-channels', a: 'work' },
      { q: 'bank-side', a: 'none' },
      { q: 'error-message', a: 'risk' },
      { q: 'recent-activity', a: 'travel' },
      ...NO_SAFETY,
    ],
    expect: { top: 'risk-remote-transaction', flags: [] },
  },
  {
    name: '不确定 everywhere still gives the most common cause, asks the limit question too',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'other-channels', a: 'unsure' },
      { q: 'bank-side', a: 'unsure' },
      { q: 'error-message', a: 'unsure' },
      { q: 'payment-kind', a: 'unsure' },
      { q: 'recent-activity', a: 'unsure' },
      ...UNSURE_SAFETY,
    ],
    expect: { top: 'risk-unusual-activity', flags: [] },
  },
  {
    name: 'lent card + repair offer + shared code',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'other-channels', a: 'unsure' },
      { q: 'bank-side', a: 'none' },
      { q: 'error-message', a: 'not-supported' },
      { q: 'recent-activity', a: 'none' },
      { q: 'repair-contact', a: 'yes' },
      { q: 'code-shared', a: 'yes' },
      { q: 'lent-card', a: 'yes' },
    ],
    expect: { top: 'illicit-flag', flags: ['scam-contact', 'code-shared', 'lent-card'] },
  },
  {
    name: 'static code over the limit: recent activity no longer needed',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'other-channels', a: 'work' },
      { q: 'bank-side', a: 'none' },
      { q: 'error-message', a: 'limit' },
      { q: 'payment-kind', a: 'static-code' },
      ...NO_SAFETY,
    ],
    expect: { top: 'limit-by-account-class', flags: [] },
  },
  {
    name: 'bank notice, fails everywhere, card replaced',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'bank' },
      { q: 'other-channels', a: 'also-fail' },
      { q: 'bank-side', a: 'card-changed' },
      ...NO_SAFETY,
    ],
    expect: { top: 'bank-card-status', flags: ['official-notice-bank'] },
  },
  // ——— account-restricted ———
  {
    name: 'personal code used for business',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'restriction-kind', a: 'collect' },
      { q: 'collect-use', a: 'business' },
      ...NO_SAFETY,
    ],
    expect: { top: 'collection-business-use', flags: [] },
  },
  {
    name: 'written penalty notice',
    symptom: 'account-restricted',
    steps: [{ q: 'official-notice', a: 'penalty' }, ...NO_SAFETY],
    expect: { top: 'fraud-penalty', flags: ['official-notice-penalty'] },
  },
  {
    name: '不确定 everywhere',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'restriction-kind', a: 'unsure' },
      { q: 'collect-use', a: 'unsure' },
      { q: 'other-channels', a: 'unsure' },
      { q: 'account-activity', a: 'unsure' },
      ...UNSURE_SAFETY,
    ],
    expect: { top: 'account-risk-review', flags: [] },
  },
  {
    name: 'police notice that says it protects the money: the stop, no other fact question',
    symptom: 'account-restricted',
    steps: [{ q: 'official-notice', a: 'police' }, { q: 'police-notice-kind', a: 'stop' }, ...NO_SAFETY],
    expect: { top: 'police-protective-stop', flags: ['official-notice-police'] },
  },
  // ——— credit-pay-unavailable ———
  {
    name: 'everyone is affected, system busy',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'creditpay-others', a: 'others-too' },
      { q: 'creditpay-message', a: 'busy' },
      { q: 'overdue', a: 'unsure' },
      { q: 'spending-device', a: 'unsure' },
      ...NO_SAFETY,
    ],
    expect: { top: 'creditpay-outage', flags: [] },
  },
  {
    name: 'an overdue loan',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'creditpay-others', a: 'just-me' },
      { q: 'creditpay-message', a: 'assessed' },
      { q: 'overdue', a: 'yes' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      ...NO_SAFETY,
    ],
    expect: { top: 'creditpay-overdue', flags: [] },
  },
  {
    name: '不确定 everywhere',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'creditpay-others', a: 'unsure' },
      { q: 'creditpay-message', a: 'unsure' },
      { q: 'overdue', a: 'unsure' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      ...UNSURE_SAFETY,
    ],
    expect: { top: 'creditpay-risk', flags: [] },
  },
  {
    name: 'service closed: honest no-appeal cause',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'creditpay-others', a: 'unsure' },
      { q: 'creditpay-message', a: 'closed' },
      { q: 'overdue', a: 'unsure' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      ...NO_SAFETY,
    ],
    expect: { top: 'creditpay-product-change', flags: [] },
  },
  // ——— bill-anomaly ———
  {
    name: 'charged twice for my own order',
    symptom: 'bill-anomaly',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'bill-kind', a: 'charged-twice' },
      { q: 'order-recognized', a: 'yes' },
      ...NO_SAFETY,
    ],
    expect: { top: 'bill-duplicate-charge', flags: [] },
  },
  {
    name: '不确定 what is wrong, but the order is not mine and a code was shared',
    symptom: 'bill-anomaly',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'bill-kind', a: 'unsure' },
      { q: 'order-recognized', a: 'no' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'yes' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'bill-unauthorized', flags: ['code-shared'] },
  },
  {
    name: 'unhappy with the goods: after-sales, no ownership question',
    symptom: 'bill-anomaly',
    steps: [{ q: 'official-notice', a: 'none' }, { q: 'bill-kind', a: 'unhappy' }, ...NO_SAFETY],
    expect: { top: 'bill-after-sales', flags: [] },
  },
  // ——— the situations of the second round ———
  {
    name: 'identity to complete, no notice',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'balance-message', a: 'identity' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'balance-identity-incomplete', flags: [] },
  },
  {
    name: '不确定 everywhere gives the most common cause: identity to complete',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'balance-message', a: 'unsure' },
      { q: 'account-activity', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'balance-identity-incomplete', flags: [] },
  },
  {
    name: 'account restricted, the notice asks for identity details',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'restriction-kind', a: 'identity' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'balance-identity-incomplete', flags: [] },
  },
  {
    name: 'payment password locked',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'balance-message', a: 'password' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'payment-password-locked', flags: [] },
  },
  {
    name: 'password forgotten, 不确定 about notices and safety',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'balance-message', a: 'password' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'payment-password-locked', flags: [] },
  },
  {
    name: 'password locked after a code was shared',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'balance-message', a: 'password' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'yes' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'payment-password-locked', flags: ['code-shared'] },
  },
  {
    name: 'family card used up',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'balance-message', a: 'family-card' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'family-card-limit', flags: [] },
  },
  {
    name: 'family card, 不确定 otherwise',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'balance-message', a: 'family-card' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'family-card-limit', flags: [] },
  },
  {
    name: 'family card and a repair offer',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'balance-message', a: 'family-card' },
      { q: 'repair-contact', a: 'yes' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'family-card-limit', flags: ['scam-contact'] },
  },
  {
    name: 'police froze money of a case (sold something)',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'police' },
      { q: 'police-notice-kind', a: 'case' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'police-case-freeze', flags: ['official-notice-police'] },
  },
  {
    name: 'police notice, 不确定 which kind: the freeze that does not lift by itself first',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'police' },
      { q: 'police-notice-kind', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'police-case-freeze', flags: ['official-notice-police'] },
  },
  {
    name: '零钱 frozen by the police for a case',
    symptom: 'balance-limited',
    steps: [
      { q: 'official-notice', a: 'police' },
      { q: 'police-notice-kind', a: 'case' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'police-case-freeze', flags: ['official-notice-police'] },
  },
  {
    name: 'police stop to protect a victim',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'police' },
      { q: 'police-notice-kind', a: 'stop' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'police-protective-stop', flags: ['official-notice-police'] },
  },
  {
    name: 'bank hold after unusual transactions',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'other-channels', a: 'also-fail' },
      { q: 'bank-side', a: 'bank-hold' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'bank-antifraud-hold', flags: [] },
  },
  {
    name: 'bank notice and a hold, 不确定 elsewhere',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'bank' },
      { q: 'other-channels', a: 'unsure' },
      { q: 'bank-side', a: 'bank-hold' },
      { q: 'error-message', a: 'unsure' },
      { q: 'payment-kind', a: 'unsure' },
      { q: 'recent-activity', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'bank-antifraud-hold', flags: ['official-notice-bank'] },
  },
  {
    name: 'bank hold, other channels not tried',
    symptom: 'card-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'other-channels', a: 'not-tried' },
      { q: 'bank-side', a: 'bank-hold' },
      { q: 'error-message', a: 'not-supported' },
      { q: 'recent-activity', a: 'unsure' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'bank-antifraud-hold', flags: [] },
  },
  {
    name: 'account blocked at login',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'blocked' },
      { q: 'verify-request', a: 'no' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'account-login-restricted', flags: [] },
  },
  {
    name: '不确定 everywhere gives the account block',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'unsure' },
      { q: 'verify-request', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'account-login-restricted', flags: [] },
  },
  {
    name: 'blocked after helping a stranger verify',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'unsure' },
      { q: 'verify-request', a: 'yes' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'account-login-restricted', flags: [] },
  },
  {
    name: 'someone else bound my card',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'others-used' },
      { q: 'verify-request', a: 'no' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'card-bound-by-others', flags: [] },
  },
  {
    name: 'my ID verified someone else’s account after a code was shared',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'others-used' },
      { q: 'verify-request', a: 'no' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'yes' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'card-bound-by-others', flags: ['code-shared'] },
  },
  {
    name: 'others used my card, 不确定 about the rest',
    symptom: 'login-problem',
    steps: [
      { q: 'login-kind', a: 'others-used' },
      { q: 'verify-request', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'card-bound-by-others', flags: [] },
  },
  {
    name: 'money sent to the wrong person',
    symptom: 'transfer-mistake',
    steps: [
      { q: 'recovery-offer', a: 'no' },
      { q: 'code-shared', a: 'no' },
    ],
    expect: { top: 'wrong-transfer', flags: [] },
  },
  {
    name: 'wrong transfer, 不确定',
    symptom: 'transfer-mistake',
    steps: [
      { q: 'recovery-offer', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
    ],
    expect: { top: 'wrong-transfer', flags: [] },
  },
  {
    name: 'wrong transfer and a paid “recovery” offer',
    symptom: 'transfer-mistake',
    steps: [
      { q: 'recovery-offer', a: 'yes' },
      { q: 'code-shared', a: 'yes' },
    ],
    expect: { top: 'wrong-transfer', flags: ['scam-contact', 'code-shared'] },
  },
  {
    name: 'a child’s game top-ups',
    symptom: 'bill-anomaly',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'bill-kind', a: 'child' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'minor-topup-refund', flags: [] },
  },
  {
    name: 'a child’s top-ups, 不确定 otherwise',
    symptom: 'bill-anomaly',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'bill-kind', a: 'child' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'minor-topup-refund', flags: [] },
  },
  {
    name: 'a child’s top-ups and a refund “agent”',
    symptom: 'bill-anomaly',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'bill-kind', a: 'child' },
      { q: 'repair-contact', a: 'yes' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'minor-topup-refund', flags: ['scam-contact'] },
  },
  {
    name: '分付 limit lowered',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'creditpay-others', a: 'just-me' },
      { q: 'creditpay-message', a: 'limit-lower' },
      { q: 'overdue', a: 'unsure' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'creditpay-limit-reduced', flags: [] },
  },
  {
    name: 'limit lowered, 不确定 otherwise',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'creditpay-others', a: 'unsure' },
      { q: 'creditpay-message', a: 'limit-lower' },
      { q: 'overdue', a: 'unsure' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'creditpay-limit-reduced', flags: [] },
  },
  {
    name: 'limit lowered and an overdue loan',
    symptom: 'credit-pay-unavailable',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'creditpay-others', a: 'just-me' },
      { q: 'creditpay-message', a: 'limit-lower' },
      { q: 'overdue', a: 'yes' },
      { q: 'spending-device', a: 'unsure' },
      { q: 'account-security', a: 'unsure' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'creditpay-limit-reduced', flags: [] },
  },
  {
    name: 'a shop’s merchant code restricted',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'restriction-kind', a: 'collect' },
      { q: 'collect-use', a: 'merchant' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'merchant-collection-restricted', flags: [] },
  },
  {
    name: 'merchant code, 不确定 what is restricted',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'unsure' },
      { q: 'restriction-kind', a: 'unsure' },
      { q: 'collect-use', a: 'merchant' },
      { q: 'repair-contact', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
    ],
    expect: { top: 'merchant-collection-restricted', flags: [] },
  },
  {
    name: 'merchant account, many incoming payments',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'none' },
      { q: 'restriction-kind', a: 'collect' },
      { q: 'collect-use', a: 'merchant' },
      { q: 'repair-contact', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'lent-card', a: 'no' },
    ],
    expect: { top: 'merchant-collection-restricted', flags: [] },
  },

  // ——— unbind-card (guide) ———
  {
    name: 'lost phone: freeze first, housekeeping questions skipped',
    symptom: 'unbind-card',
    steps: [
      { q: 'unbind-reason', a: 'lost-phone' },
      { q: 'code-shared', a: 'no' },
    ],
    expect: { flags: [], guide: ['freeze-account-first', 'unbind-in-wallet', 'unbind-is-not-cancel'] },
  },
  {
    name: 'card no longer used, with auto-debits',
    symptom: 'unbind-card',
    steps: [
      { q: 'unbind-reason', a: 'not-used' },
      { q: 'auto-debit', a: 'yes' },
      { q: 'pending-refund', a: 'unsure' },
      { q: 'linked-products', a: 'no' },
      { q: 'code-shared', a: 'no' },
    ],
    expect: {
      flags: [],
      guide: ['cancel-auto-debits', 'wait-for-refunds', 'unbind-in-wallet', 'unbind-is-not-cancel'],
    },
  },
  {
    name: '不确定 everywhere: every precaution is shown',
    symptom: 'unbind-card',
    steps: [
      { q: 'unbind-reason', a: 'unsure' },
      { q: 'auto-debit', a: 'unsure' },
      { q: 'pending-refund', a: 'unsure' },
      { q: 'linked-products', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
    ],
    expect: {
      flags: [],
      guide: [
        'cancel-auto-debits',
        'wait-for-refunds',
        'settle-linked-products',
        'unbind-in-wallet',
        'unbind-is-not-cancel',
      ],
    },
  },
  // ——— repair-offer (guide) ———
  {
    name: 'already paid and gave the code',
    symptom: 'repair-offer',
    steps: [
      { q: 'repair-paid', a: 'yes' },
      { q: 'code-shared', a: 'yes' },
      { q: 'gave-details', a: 'no' },
      { q: 'lent-card', a: 'no' },
      { q: 'actually-restricted', a: 'unsure' },
    ],
    expect: {
      flags: ['scam-contact', 'code-shared', 'paid-scammer'],
      guide: [
        'repair-is-scam',
        'stop-contact',
        'freeze-with-bank',
        'change-passwords',
        'report-110',
        'call-96110',
        'check-real-status',
      ],
    },
  },
  {
    name: 'nothing given away and nothing is restricted',
    symptom: 'repair-offer',
    steps: [
      { q: 'repair-paid', a: 'no' },
      { q: 'code-shared', a: 'no' },
      { q: 'gave-details', a: 'no' },
      { q: 'lent-card', a: 'no' },
      { q: 'actually-restricted', a: 'no' },
    ],
    expect: { flags: ['scam-contact'], guide: ['repair-is-scam', 'stop-contact', 'call-96110'] },
  },
  {
    name: '不确定 everywhere',
    symptom: 'repair-offer',
    steps: [
      { q: 'repair-paid', a: 'unsure' },
      { q: 'code-shared', a: 'unsure' },
      { q: 'gave-details', a: 'unsure' },
      { q: 'lent-card', a: 'unsure' },
      { q: 'actually-restricted', a: 'unsure' },
    ],
    expect: {
      flags: ['scam-contact'],
      guide: ['repair-is-scam', 'stop-contact', 'call-96110', 'check-real-status'],
    },
  },
];
