/**
 * Single-document transactions with snapshot isolation and locks, like CloudBase's: reads see the snapshot taken
 * at start (plus the transaction's own writes), a write takes the document's lock and fails with a conflict when
 * another transaction holds it or the document changed since the snapshot, and commit applies every write or none
 * (undone on a unique-index violation). An open transaction is aborted after its lifetime.
 */
import { clone } from '../clone';
import type { Collection } from './collection';
import { pruneHistory, versionAt } from './history';
import { dupKey } from './indexes';
import { applyUpdate, upsertDoc } from './documents';
import {
  DB_ERRORS,
  newId,
  singleId,
  type Doc,
  type DocId,
  type UpdateOptions,
  type UpdateResult,
} from './types';

interface Transaction {
  readonly id: string;
  readonly snapshotSeq: number;
  readonly startedAt: number;
  /** collection → id → pending doc (null = deleted) */
  readonly writes: Map<string, Map<DocId, Doc | null>>;
}

/** What transactions need of the store. */
export interface TransactionHost {
  readonly now: () => number;
  /** Sequence number of the last committed write. */
  lastSeq(): number;
  /** The collection, or DATABASE_COLLECTION_NOT_EXIST. */
  col(name: string): Collection;
  collection(name: string): Collection | undefined;
  collections(): Iterable<Collection>;
  /** Commit one document (null deletes it); `skipChecks` skips unique checks (undo). */
  commitDoc(c: Collection, id: DocId, doc: Doc | null, skipChecks?: boolean): void;
}

export class Transactions {
  private readonly open = new Map<string, Transaction>();

  constructor(
    private readonly host: TransactionHost,
    private readonly lifetimeMs: number,
  ) {}

  get size(): number {
    return this.open.size;
  }

  start(): string {
    this.expire();
    const id = `tx_${newId()}`;
    this.open.set(id, {
      id,
      snapshotSeq: this.host.lastSeq(),
      startedAt: this.host.now(),
      writes: new Map(),
    });
    return id;
  }

  /** Read one document: the transaction's own writes, else the snapshot taken at start. */
  get(txId: string, collection: string, id: DocId): Doc | null {
    const tx = this.tx(txId);
    const d = this.view(tx, this.host.col(collection), id);
    return d ? clone(d) : null;
  }

  /** The documents a single-document query sees inside the transaction. */
  candidates(txId: string, c: Collection, query: Doc): Doc[] {
    const d = this.view(this.tx(txId), c, singleId(query));
    return d ? [d] : [];
  }

  insert(txId: string, c: Collection, docs: ReadonlyArray<Doc & { _id: DocId }>): DocId[] {
    const tx = this.tx(txId);
    for (const doc of docs) {
      if (this.view(tx, c, doc._id)) throw dupKey(c.name, '_id_', doc._id);
      this.write(tx, c, doc._id, doc);
    }
    return docs.map((d) => d._id);
  }

  update(txId: string, c: Collection, query: Doc, data: Doc, opts: UpdateOptions): UpdateResult {
    const tx = this.tx(txId);
    const id = singleId(query);
    const old = this.view(tx, c, id);
    if (!old) {
      if (!opts.upsert) return { matched: 0, updated: 0, upsertedId: null };
      this.write(tx, c, id, upsertDoc(query, data, opts.merge));
      return { matched: 0, updated: 0, upsertedId: id };
    }
    const next = applyUpdate(old, data, opts.merge);
    if (next === null) return { matched: 1, updated: 0, upsertedId: null };
    this.write(tx, c, id, next);
    return { matched: 1, updated: 1, upsertedId: null };
  }

  remove(txId: string, c: Collection, query: Doc): number {
    const tx = this.tx(txId);
    const id = singleId(query);
    if (!this.view(tx, c, id)) return 0;
    this.write(tx, c, id, null);
    return 1;
  }

  commit(txId: string): void {
    const tx = this.tx(txId);
    try {
      for (const [cname, writes] of tx.writes) {
        const c = this.host.col(cname);
        for (const id of writes.keys()) {
          if (c.locks.get(id) !== tx.id || (c.seqs.get(id) ?? 0) > tx.snapshotSeq) {
            throw DB_ERRORS.conflict(
              `document ${String(id)} in ${cname} was written outside the transaction`,
            );
          }
        }
      }
      // Apply all writes; undo on a unique-index violation.
      const undo: Array<{ c: Collection; id: DocId; doc: Doc | null }> = [];
      try {
        for (const [cname, writes] of tx.writes) {
          const c = this.host.col(cname);
          for (const [id, doc] of writes) {
            undo.push({ c, id, doc: c.docs.get(id) ?? null });
            this.host.commitDoc(c, id, doc);
          }
        }
      } catch (e) {
        for (const u of undo.reverse()) this.host.commitDoc(u.c, u.id, u.doc, true);
        throw e;
      }
    } finally {
      this.end(tx);
    }
  }

  abort(txId: string): void {
    const tx = this.open.get(txId);
    if (tx) this.end(tx);
  }

  clear(): void {
    this.open.clear();
  }

  private tx(txId: string): Transaction {
    this.expire();
    const tx = this.open.get(txId);
    if (!tx)
      throw DB_ERRORS.failed(
        `[FailedOperation] transaction ${txId} not found (expired, aborted or committed)`,
      );
    return tx;
  }

  private expire(): void {
    const now = this.host.now();
    for (const tx of this.open.values()) {
      if (now - tx.startedAt > this.lifetimeMs) this.end(tx);
    }
  }

  private end(tx: Transaction): void {
    for (const [cname, writes] of tx.writes) {
      const c = this.host.collection(cname);
      if (!c) continue;
      for (const id of writes.keys()) if (c.locks.get(id) === tx.id) c.locks.delete(id);
    }
    this.open.delete(tx.id);
    let oldest = Infinity;
    for (const t of this.open.values()) oldest = Math.min(oldest, t.snapshotSeq);
    for (const c of this.host.collections()) pruneHistory(c, oldest);
  }

  private view(tx: Transaction, c: Collection, id: DocId): Doc | null {
    const own = tx.writes.get(c.name);
    if (own?.has(id)) return own.get(id) ?? null;
    return versionAt(c, id, tx.snapshotSeq);
  }

  private write(tx: Transaction, c: Collection, id: DocId, doc: Doc | null): void {
    const holder = c.locks.get(id);
    if ((holder !== undefined && holder !== tx.id) || (c.seqs.get(id) ?? 0) > tx.snapshotSeq) {
      this.end(tx);
      throw DB_ERRORS.conflict(`write conflict on ${c.name}/${String(id)}`);
    }
    c.locks.set(id, tx.id);
    let w = tx.writes.get(c.name);
    if (!w) tx.writes.set(c.name, (w = new Map()));
    if (doc) doc._id = id;
    w.set(id, doc);
  }
}
