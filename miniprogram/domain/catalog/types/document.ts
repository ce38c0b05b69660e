/** What to bring: a document, and one cause's need for it (the data is ../documents.ts). */
import type { DocumentId } from '../types';

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
