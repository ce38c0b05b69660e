/** A source and a fact shown from it (the table is ../sources.ts). */
import type { Reliability, SourceId } from '../types';

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
