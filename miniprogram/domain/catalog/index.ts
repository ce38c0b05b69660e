/** The content catalog: symptoms, causes, documents, channels, contacts, paths, flags, guides, timelines. */
import { CAUSES, CAUSE_IDS } from './causes/index';
import { SYMPTOMS, SYMPTOM_IDS } from './symptoms';
import type { Cause, CauseId, ChannelId, Symptom, SymptomId } from './types';

export * from './types';
export { fact, reliabilityNote, renderFact } from './fact';
export { SOURCES } from './sources';
export { CONTACTS, PATHS, getContact, getPath } from './contacts-and-paths';
export { CHANNELS, getChannel, officialReplyDays } from './channels';
export { DOCUMENTS, getDocument } from './documents';
export { SYMPTOMS, SYMPTOM_IDS, getSymptom } from './symptoms';
export { CAUSES, CAUSE_IDS } from './causes/index';
export { FLAGS, getFlag } from './flags';
export { GUIDE_STEPS, getGuideStep } from './guides';
export { TIMELINES } from './timelines';

/** All causes in catalog order. */
export const ALL_CAUSES: readonly Cause[] = CAUSE_IDS.map((id) => CAUSES[id]);

export function getCause(id: CauseId): Cause {
  return CAUSES[id];
}

/** All symptoms in catalog order (the home page's list). */
export function getSymptoms(): readonly Symptom[] {
  return SYMPTOM_IDS.map((id) => SYMPTOMS[id]);
}

/** The first channel for a cause, as reached from a given symptom. */
export function channelFor(cause: Cause, symptomId?: SymptomId): ChannelId {
  const overrides = symptomId ? SYMPTOMS[symptomId].channelOverrides : undefined;
  return (overrides && overrides[cause.id]) || cause.channel;
}

export { isSymptomId, isCauseId, isChannelId, isDocumentId } from './ids';
