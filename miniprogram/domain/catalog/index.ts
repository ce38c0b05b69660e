/** The content catalog: symptoms, causes, documents, channels, contacts, paths, flags, guides, timelines. */
import { ACCOUNT_CAUSES } from './causes/account';
import { BILL_CAUSES } from './causes/bill';
import { CARD_CAUSES } from './causes/card';
import { CREDITPAY_CAUSES } from './causes/creditpay';
import { SYMPTOMS } from './symptoms';
import { SYMPTOM_IDS, type Cause, type CauseId, type ChannelId, type Symptom, type SymptomId } from './types';

export * from './types';
export { fact, reliabilityNote, renderFact } from './fact';
export { SOURCES } from './sources';
export { CONTACTS, PATHS, getContact, getPath } from './contacts-and-paths';
export { CHANNELS, getChannel } from './channels';
export { DOCUMENTS, getDocument } from './documents';
export { SYMPTOMS, getSymptom } from './symptoms';
export { FLAGS, getFlag } from './flags';
export { GUIDE_STEPS, getGuideStep } from './guides';
export { TIMELINES } from './timelines';

export const ALL_CAUSES: readonly Cause[] = [
  ...CARD_CAUSES,
  ...ACCOUNT_CAUSES,
  ...CREDITPAY_CAUSES,
  ...BILL_CAUSES,
];

const BY_ID: Partial<Record<CauseId, Cause>> = {};
for (const cause of ALL_CAUSES) BY_ID[cause.id] = cause;

export function getCause(id: CauseId): Cause {
  const cause = BY_ID[id];
  if (!cause) throw new Error(`unknown cause ${id}`);
  return cause;
}

/** All symptoms in catalog order (the home page's list). */
export function getSymptoms(): readonly Symptom[] {
  return SYMPTOM_IDS.map((id) => SYMPTOMS[id]);
}

/** The first channel for a cause, as reached from a given symptom. */
export function channelFor(cause: Cause, symptomId?: SymptomId): ChannelId {
  const bySymptom = symptomId && cause.channelBySymptom ? cause.channelBySymptom[symptomId] : undefined;
  return bySymptom || cause.channel;
}

export { isSymptomId, isCauseId, isChannelId, isDocumentId } from './ids';
