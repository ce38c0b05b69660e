/** One collection's state: committed documents, their write sequence, old versions for open transactions, locks. */
import type { Doc, DocId } from './types';
import type { Index } from './indexes';

export interface HistoryEntry {
  /** The sequence number of the write that replaced `doc`. */
  readonly until: number;
  readonly doc: Doc | null;
}

export interface Collection {
  readonly name: string;
  readonly docs: Map<DocId, Doc>;
  /** Sequence number of the last committed write per id (including deletions while transactions are open). */
  readonly seqs: Map<DocId, number>;
  readonly history: Map<DocId, HistoryEntry[]>;
  readonly locks: Map<DocId, string>;
  readonly indexes: Index[];
  /** Insertion position of each document (natural order), stable across updates. */
  readonly positions: Map<DocId, number>;
}

export function newCollection(name: string): Collection {
  return {
    name,
    docs: new Map(),
    seqs: new Map(),
    history: new Map(),
    locks: new Map(),
    indexes: [],
    positions: new Map(),
  };
}

/** Empty the collection (documents, history and index entries); its indexes stay declared. */
export function clearCollection(c: Collection): void {
  c.docs.clear();
  c.positions.clear();
  c.seqs.clear();
  c.history.clear();
  for (const i of c.indexes) {
    i.map.clear();
    i.loose.clear();
  }
}
