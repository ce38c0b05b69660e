/**
 * Types of the content catalog (shared/domain/catalog.md). Pure data, no wx, no Node.
 *
 * Ids are stable kebab-case strings: tests, links, analytics and stored appeals refer to them. This module holds
 * the id lists every record is checked against (symptom and cause ids are the keys of their records); the shape
 * of each kind of record is in ./types/, one module per kind, re-exported here. Every shown claim is a `Fact`
 * carrying its source and a reliability label; advice we write ourselves ("先给银行打电话") is plain text.
 */
import type { CauseDef } from './types/cause';

export type { Fact, Source } from './types/source';
export type { Contact, InAppPath } from './types/contact';
export type { Channel, WorkingDays } from './types/channel';
export type { DocumentDef, DocumentNeed } from './types/document';
export type { AppealVerdict, Cause, CauseDef, CauseWhere } from './types/cause';
export type { Symptom, SymptomDef, SymptomKind } from './types/symptom';
export type { GuideStep, SafetyFlagContent, Timeline } from './types/guidance';

/** official: a regulation or official page. reported: news/police notices or several sources. seed-only: only the seed articles. */
export type Reliability = 'official' | 'reported' | 'seed-only';

/** Symptom ids are the keys of SYMPTOMS (symptoms.ts); cause ids the keys of the cause records (causes/). */
export type { SymptomId } from './symptoms';
export type { CauseId } from './causes/index';

export const SOURCE_IDS = [
  'yinfa-2016-261',
  'yinfa-2021-259',
  'barcode-payment-rules-2018',
  'fraud-penalty-measures-2024',
  'samr-complaint-order-20',
  'nfra-complaint-measures',
  'wechat-pay-help',
  'wechat-miniprogram-complaint-2024',
  'pbc-credit-center',
  'national-hotlines',
  'police-notices',
  'news-reports',
  'support-common-reply',
  'seed-000',
  'seed-003',
  'seed-004',
  'anti-fraud-law-2022',
  'pbc-2002-1',
  'police-procedure-rules',
  'pcac-2022-notice',
  'pbc-2015-43',
  'civil-code-985',
  'spc-2020-17',
  'samr-odr-12315',
  'wechat-pay-user-guides',
  'wechat-security-center',
  'wechat-pay-merchant-platform',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const AUTHORITY_IDS = [
  'wechat',
  'wechat-pay',
  'bank',
  'lender',
  'police',
  'court',
  'platform',
  'merchant',
  'regulator',
  'relative',
  'self',
  'nobody',
] as const;
/** Who can lift a restriction or fix the problem. */
export type Authority = (typeof AUTHORITY_IDS)[number];

export const CONTACT_IDS = [
  '95017',
  '96110',
  '110',
  '12315',
  '12363',
  '12378',
  '12348',
  'bank-hotline',
] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

export const PATH_IDS = [
  'wechat-card-problem',
  'wechat-account-notice',
  'wechat-bill-complaint',
  'wechat-bank-cards',
  'wechat-unbind-card',
  'wechat-auto-debit',
  'wechat-creditpay',
  'wechat-merchant-code',
  'wechat-security',
  'bank-app-update-info',
  'wechat-identity-info',
  'wechat-reset-pay-password',
  'wechat-family-card',
  'wechat-login-help',
] as const;
export type PathId = (typeof PATH_IDS)[number];

export const CHANNEL_IDS = [
  'wechat-pay-card-appeal',
  'wechat-pay-account-appeal',
  'wechat-pay-95017',
  'wechat-bill-complaint',
  'creditpay-service',
  'bank-hotline',
  'bank-branch',
  'police-station',
  'fraud-penalty-review',
  'court',
  'platform-support',
  'credit-report',
  'regulator-12315',
  'regulator-12363',
  'regulator-12378',
  'legal-aid-12348',
  'anti-fraud-96110',
  'police-110',
  'freezing-police-unit',
  'wechat-pay-settings',
  'wechat-account-security',
  'merchant-platform',
  'wait',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const DOCUMENT_IDS = [
  'id-card',
  'id-card-photo',
  'id-card-selfie',
  'transaction-records',
  'purpose-statement',
  'proof-of-purpose',
  'travel-proof',
  'new-card',
  'phone-in-use',
  'fund-source-statement',
  'penalty-notice',
  'not-involved-evidence',
  'police-notice',
  'court-document',
  'business-photos',
  'shipping-proof',
  'error-screenshot',
  'device-change-note',
  'repayment-proof',
  'credit-report',
  'charge-proof',
  'platform-bill',
  'support-records',
  'price-screenshot',
  'police-receipt',
  'login-records',
  'order-record',
  'freeze-notice',
  'guardian-proof',
  'transfer-receipt',
  'business-license',
] as const;
/** A document id is also its de-duplication key: two causes asking for the same thing use the same id. */
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export const FLAG_IDS = [
  'scam-contact',
  'code-shared',
  'lent-card',
  'paid-scammer',
  'official-notice-bank',
  'official-notice-police',
  'official-notice-court',
  'official-notice-penalty',
] as const;
export type SafetyFlagId = (typeof FLAG_IDS)[number];

export const GUIDE_STEP_IDS = [
  // unbind-card
  'freeze-account-first',
  'cancel-auto-debits',
  'wait-for-refunds',
  'settle-linked-products',
  'unbind-in-wallet',
  'unbind-is-not-cancel',
  // repair-offer
  'repair-is-scam',
  'stop-contact',
  'call-96110',
  'report-110',
  'freeze-with-bank',
  'change-passwords',
  'check-real-status',
] as const;
export type GuideStepId = (typeof GUIDE_STEP_IDS)[number];

/** Keeps the literal keys of a cause record (they become CauseId) while checking every value. */
export function defineCauses<K extends string>(defs: { readonly [Id in K]: CauseDef }): {
  readonly [Id in K]: CauseDef;
} {
  return defs;
}
