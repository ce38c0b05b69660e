/** Ids that stored appeals, links and analytics refer to: renaming one breaks them (content.test.ts checks them). */
export const STABLE_SYMPTOMS = [
  'card-restricted',
  'account-restricted',
  'credit-pay-unavailable',
  'bill-anomaly',
  'unbind-card',
  'repair-offer',
];

/** The causes of the catalog's first round. */
const FIRST_ROUND_CAUSES = [
  'risk-unusual-activity',
  'risk-remote-transaction',
  'bank-card-status',
  'bank-info-outdated',
  'bank-non-counter-suspended',
  'limit-by-account-class',
  'illicit-flag',
  'fraud-penalty',
  'police-protective-stop',
  'judicial-freeze',
  'collection-business-use',
  'account-risk-review',
  'creditpay-outage',
  'creditpay-risk',
  'creditpay-overdue',
  'creditpay-account-security',
  'creditpay-product-change',
  'bill-duplicate-charge',
  'bill-amount-mismatch',
  'bill-unauthorized',
  'bill-after-sales',
];

/** The causes added in the catalog's second round, most people first (each has its own path tests). */
export const SECOND_ROUND_CAUSES = [
  'balance-identity-incomplete',
  'police-case-freeze',
  'bank-antifraud-hold',
  'payment-password-locked',
  'account-login-restricted',
  'wrong-transfer',
  'card-bound-by-others',
  'minor-topup-refund',
  'family-card-limit',
  'creditpay-limit-reduced',
  'merchant-collection-restricted',
] as const;

export const STABLE_CAUSES = [...FIRST_ROUND_CAUSES, ...SECOND_ROUND_CAUSES];
