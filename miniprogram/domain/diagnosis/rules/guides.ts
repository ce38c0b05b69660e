/** The steps a guide symptom (unbind-card, repair-offer) shows, each with the guard that decides it. */
import type { GuideStepId, SymptomId } from '../../catalog/types';
import {
  always,
  lostPhone,
  mayAwaitRefund,
  mayHaveAutoDebits,
  mayHaveLinkedProducts,
  mayReallyBeRestricted,
  mustReport,
  secretsLeaked,
  type Guard,
} from './guards';

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
