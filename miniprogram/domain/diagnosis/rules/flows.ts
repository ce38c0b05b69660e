/** Which questions each symptom may ask, in order, each with the guard that decides whether it applies. */
import type { SymptomId } from '../../catalog/types';
import type { QuestionId } from '../questions/index';
import {
  always,
  collectingMayBeRestricted,
  messageMayBeLimit,
  orderOwnershipUnclear,
  phoneNotLost,
  policeNotice,
  type Guard,
} from './guards';

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
