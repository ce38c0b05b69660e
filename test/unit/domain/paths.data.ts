/**
 * Path tests as data: each path lists, in order, exactly the questions the engine must ask and the answer
 * given; `expect` is the conclusion. Replayed forward and back in paths.test.ts.
 */
import type { CauseId, GuideStepId, SafetyFlagId, SymptomId } from '../../../miniprogram/domain';

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
      { q: 'other-channels', a: 'unsure' },
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
    name: 'police notice and the balance is frozen; transfer restriction skips the collect question',
    symptom: 'account-restricted',
    steps: [
      { q: 'official-notice', a: 'police' },
      { q: 'restriction-kind', a: 'balance' },
      { q: 'other-channels', a: 'unsure' },
      { q: 'account-activity', a: 'unsure' },
      ...NO_SAFETY,
    ],
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
