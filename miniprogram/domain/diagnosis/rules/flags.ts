/** Which answers, and which entry symptoms, raise a safety flag. */
import type { SafetyFlagId, SymptomId } from '../../catalog/types';
import type { OptionOf, QuestionId } from '../questions/index';

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
