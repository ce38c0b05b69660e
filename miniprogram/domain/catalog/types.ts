/**
 * Types of the content catalog (shared/domain/catalog.md). Pure data, no wx, no Node.
 *
 * Ids are stable kebab-case strings: tests, links, analytics and stored appeals refer to them.
 * Every shown claim is a `Fact` carrying its source and a reliability label; advice we write ourselves
 * ("先给银行打电话") is plain text.
 */
import type { CauseId } from './causes/index';
import type { SymptomId } from './symptoms';

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

export interface Source {
  readonly id: SourceId;
  /** Name of the document or page, as a person could look it up. */
  readonly title: string;
  /** Where to check it: a document number with its articles, a web address, or the seed file. */
  readonly ref: string;
  /** When we last read it (YYYY-MM-DD). */
  readonly retrieved: string;
  readonly reliability: Reliability;
}

/** A claim shown to the person. Uncertain ones (reported, seed-only) are shown with "以官方为准". */
export interface Fact {
  readonly text: string;
  readonly source: SourceId;
  readonly reliability: Reliability;
  /** When it was last checked against its source (YYYY-MM-DD); absent: the catalog's review date. */
  readonly verifiedOn?: string;
}

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

export interface Contact {
  readonly id: ContactId;
  /** The number to dial; null for the bank hotline, which is printed on the back of the card. */
  readonly phone: string | null;
  readonly name: string;
  readonly scope: string;
  readonly note: string;
  readonly fact: Fact;
}

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

/** An in-app path, as taps. Menu names drift between WeChat versions, so paths live in one data file. */
export interface InAppPath {
  readonly id: PathId;
  readonly steps: readonly string[];
  readonly fact: Fact;
}

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

/** A time range. Most figures are working days (mainland calendar, 调休 included); some rules count calendar days or hours. */
export interface WorkingDays {
  readonly min: number;
  readonly max: number;
  readonly unit: 'working-days' | 'days' | 'hours';
}

export interface Channel {
  readonly id: ChannelId;
  readonly name: string;
  readonly authority: Authority;
  /** What to do there, in taps or in words. */
  readonly path: PathId | null;
  readonly howTo: readonly string[];
  readonly contact: ContactId | null;
  /** The person fixes it themselves in the app: there is no appeal or visit to track. */
  readonly selfService?: true;
  /** Expected reply time; null when nobody publishes one. */
  readonly replyDays: WorkingDays | null;
  readonly replyFact: Fact | null;
  /** Where to go next if this channel does not help, in order. */
  readonly escalation: readonly ChannelId[];
}

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

export interface DocumentDef {
  readonly id: DocumentId;
  readonly name: string;
  /** Where and how to get it. */
  readonly howToObtain: string;
  readonly privacy: string;
}

export interface DocumentNeed {
  readonly id: DocumentId;
  readonly required: boolean;
  /** Why this cause needs it, in a few words. */
  readonly why: string;
}

/** 能否申诉. */
export type AppealVerdict = 'appeal' | 'fix-first' | 'contact-authority' | 'no-appeal';

/** 去哪里办 for one cause, when the channel's general steps do not fit it. */
export interface CauseWhere {
  readonly steps: readonly string[];
  /** An in-app or bank-app path; null for none, left out to keep the channel's. */
  readonly path?: PathId | null;
}

/** A cause as written in its file: the key of its record is its id; its symptoms come from SYMPTOMS. */
export interface CauseDef {
  readonly title: string;
  readonly explanation: readonly Fact[];
  readonly liftedBy: readonly Authority[];
  readonly liftedByText: Fact;
  readonly appeal: { readonly verdict: AppealVerdict; readonly text: Fact };
  readonly firstActions: readonly string[];
  readonly documents: readonly DocumentNeed[];
  /** The rule that sets the document list. Without one the list is common practice (常见做法，以官方为准). */
  readonly documentsBasis?: Fact;
  /** The first channel to use; `escalation` continues from it. */
  readonly channel: ChannelId;
  readonly where?: CauseWhere;
  /** What to say at the counter or on the phone, where a WeChat appeal makes no sense. */
  readonly say?: readonly string[];
  readonly expected: { readonly workingDays: WorkingDays | null; readonly fact: Fact };
  readonly escalation: readonly ChannelId[];
  readonly dont: readonly string[];
  readonly lastReviewed: string;
}

/** Keeps the literal keys of a cause record (they become CauseId) while checking every value. */
export function defineCauses<K extends string>(defs: { readonly [Id in K]: CauseDef }): {
  readonly [Id in K]: CauseDef;
} {
  return defs;
}

export interface Cause extends CauseDef {
  readonly id: CauseId;
  /** Derived from SYMPTOMS: the entry symptoms that list this cause. */
  readonly symptoms: readonly SymptomId[];
}

export type SymptomKind = 'diagnosis' | 'guide';

export interface SymptomDef {
  readonly kind: SymptomKind;
  readonly title: string;
  /** What the person sees, in their own words. */
  readonly examples: readonly string[];
  readonly intro: string;
  readonly causes: readonly CauseId[];
  /** When a cause's first channel differs for this symptom (e.g. the account appeal instead of the card appeal). */
  readonly channelOverrides?: Partial<Readonly<Record<CauseId, ChannelId>>>;
  readonly lastReviewed: string;
}

export interface Symptom extends SymptomDef {
  readonly id: SymptomId;
}

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

export interface SafetyFlagContent {
  readonly id: SafetyFlagId;
  readonly level: 'urgent' | 'warning' | 'info';
  readonly title: string;
  readonly message: string;
  readonly actions: readonly string[];
  readonly contacts: readonly ContactId[];
}

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

export interface GuideStep {
  readonly id: GuideStepId;
  readonly title: string;
  readonly text: string;
  readonly path: PathId | null;
  readonly contacts: readonly ContactId[];
  readonly fact: Fact | null;
}

export interface Timeline {
  readonly id: string;
  readonly what: string;
  readonly workingDays: WorkingDays | null;
  readonly fact: Fact;
}
