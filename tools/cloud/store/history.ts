/**
 * Old versions for snapshot isolation: a committed write keeps the version it replaced while a transaction is open
 * whose snapshot predates it, and the versions no open snapshot can see any more are pruned.
 */
import type { Doc, DocId } from './types';
import type { Collection } from './collection';

/** Keep the version a write replaces, for transactions whose snapshot predates it. */
export function remember(c: Collection, id: DocId, seq: number, old: Doc | null): void {
  let h = c.history.get(id);
  if (!h) c.history.set(id, (h = []));
  h.push({ until: seq, doc: old });
}

/** The document as a snapshot taken at `snapshotSeq` saw it. */
export function versionAt(c: Collection, id: DocId, snapshotSeq: number): Doc | null {
  if ((c.seqs.get(id) ?? 0) <= snapshotSeq) return c.docs.get(id) ?? null;
  for (const h of c.history.get(id) ?? []) if (h.until > snapshotSeq) return h.doc;
  return c.docs.get(id) ?? null;
}

/** Drop versions and tombstones no snapshot at or after `oldest` can still see. */
export function pruneHistory(c: Collection, oldest: number): void {
  if (c.history.size === 0) return;
  for (const [id, entries] of c.history) {
    const keep = entries.filter((h) => h.until > oldest);
    if (keep.length === 0) c.history.delete(id);
    else c.history.set(id, keep);
    if (!c.docs.has(id) && (c.seqs.get(id) ?? 0) <= oldest) c.seqs.delete(id);
  }
}
