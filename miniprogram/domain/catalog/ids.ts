/** Runtime checks for ids that come from outside (storage, the cloud, a link). */
import { CAUSE_IDS, CHANNEL_IDS, DOCUMENT_IDS, SYMPTOM_IDS } from './types';
import type { CauseId, ChannelId, DocumentId, SymptomId } from './types';

function member<T extends string>(list: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).indexOf(value) >= 0;
}

export const isSymptomId: (value: unknown) => value is SymptomId = member(SYMPTOM_IDS);
export const isCauseId: (value: unknown) => value is CauseId = member(CAUSE_IDS);
export const isChannelId: (value: unknown) => value is ChannelId = member(CHANNEL_IDS);
export const isDocumentId: (value: unknown) => value is DocumentId = member(DOCUMENT_IDS);
