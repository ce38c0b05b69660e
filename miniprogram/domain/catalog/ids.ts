/** Runtime checks for ids that come from outside (storage, the cloud, a link): own keys of the records only. */
import { CAUSES } from './causes/index';
import { SYMPTOMS } from './symptoms';
import { CHANNEL_IDS, DOCUMENT_IDS } from './types';
import type { CauseId, ChannelId, DocumentId, SymptomId } from './types';

function member<T extends string>(list: readonly T[]): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).indexOf(value) >= 0;
}

function key<T extends string>(record: Readonly<Record<T, unknown>>): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(record, value);
}

export const isSymptomId: (value: unknown) => value is SymptomId = key(SYMPTOMS);
export const isCauseId: (value: unknown) => value is CauseId = key(CAUSES);
export const isChannelId: (value: unknown) => value is ChannelId = member(CHANNEL_IDS);
export const isDocumentId: (value: unknown) => value is DocumentId = member(DOCUMENT_IDS);
