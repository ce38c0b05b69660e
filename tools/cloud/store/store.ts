/**
 * The local document database: collections executed by `mingo` (MongoDB query, update and aggregation operators),
 * equality and unique indexes (indexes.ts, plan.ts), single-document transactions with snapshot isolation and locks
 * (transactions.ts, history.ts), and persistence to an Extended JSON file (persistence.ts) or memory only.
 */
import { clone } from '../clone';
import { clearCollection, newCollection, type Collection } from './collection';
import { applyUpdate, upsertDoc } from './documents';
import { remember } from './history';
import { checkUnique, dupKey, indexAdd, indexRemove, newIndex } from './indexes';
import { Persistence, readStoreFile } from './persistence';
import { candidates } from './plan';
import { aggregateIn, findIn, matching } from './queries';
import { Transactions } from './transactions';
import {
  DB_ERRORS,
  newId,
  type Doc,
  type DocId,
  type FindOptions,
  type IndexSpec,
  type SortSpec,
  type StoreOptions,
  type StoreSnapshot,
  type UpdateOptions,
  type UpdateResult,
} from './types';

export class Store {
  private readonly collections = new Map<string, Collection>();
  private readonly transactions: Transactions;
  private readonly meta = new Map<string, unknown>();
  private readonly persistence: Persistence | null = null;
  private seq = 0;
  readonly file: string | null;
  readonly now: () => number;
  /** Told the collection, filter and sort of every read, count, update and remove (index checks in tests). */
  onQuery: ((collection: string, filter: Doc, sort: SortSpec) => void) | null = null;

  constructor(opts: StoreOptions = {}) {
    this.file = opts.file ?? null;
    this.now = opts.now ?? Date.now;
    this.transactions = new Transactions(
      {
        now: this.now,
        lastSeq: () => this.seq,
        col: (name) => this.col(name),
        collection: (name) => this.collections.get(name),
        collections: () => this.collections.values(),
        commitDoc: (c, id, doc, skipChecks) => this.commitDoc(c, id, doc, skipChecks),
      },
      opts.transactionLifetimeMs ?? 60_000,
    );
    if (!this.file) return;
    this.load(this.file);
    this.persistence = new Persistence(this.file, opts.debounceMs ?? 200, () => ({
      collections: Object.fromEntries(
        [...this.collections].map(([name, c]) => [
          name,
          { indexes: this.indexes(name), docs: [...c.docs.values()] },
        ]),
      ),
      meta: Object.fromEntries(this.meta),
    }));
  }

  // ───────────────────────────── collections and indexes ─────────────────────────────

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /** Create a collection (error if it exists, like database.addCollection). */
  addCollection(name: string): void {
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(name)) throw DB_ERRORS.invalid(`invalid collection name ${name}`);
    if (this.collections.has(name)) throw DB_ERRORS.exists(name);
    this.collections.set(name, newCollection(name));
    this.touch();
  }

  /** Create the collection if missing (for seeding; the console does this in production). */
  ensureCollection(name: string): void {
    if (!this.collections.has(name)) this.addCollection(name);
  }

  dropCollection(name: string): void {
    this.col(name);
    this.collections.delete(name);
    this.touch();
  }

  /**
   * Declare an index. Non-unique single-field indexes accelerate equality and $in filters; unique indexes
   * reject duplicate keys (a missing field counts as null, as in MongoDB).
   */
  declareIndex(collection: string, spec: IndexSpec): void {
    const c = this.col(collection);
    const index = newIndex(spec);
    if (c.indexes.some((i) => i.name === index.name)) return;
    for (const doc of c.docs.values()) {
      if (index.unique) checkUnique(c.name, index, doc, null);
      indexAdd(index, doc);
    }
    c.indexes.push(index);
    this.touch();
  }

  indexes(collection: string): IndexSpec[] {
    return this.col(collection).indexes.map((i) => ({
      name: i.name,
      fields: [...i.fields],
      unique: i.unique,
    }));
  }

  // ───────────────────────────── reads ─────────────────────────────

  find(collection: string, query: Doc, opts: FindOptions = {}, txId?: string): Doc[] {
    const c = this.col(collection);
    this.onQuery?.(collection, query, opts.sort ?? {});
    return findIn(txId ? this.transactions.candidates(txId, c, query) : candidates(c, query), query, opts);
  }

  count(collection: string, query: Doc): number {
    this.onQuery?.(collection, query, {});
    return matching(this.col(collection), query).length;
  }

  aggregate(collection: string, pipeline: Doc[]): Doc[] {
    const [first, second] = pipeline;
    if (first && '$match' in first)
      this.onQuery?.(collection, first.$match as Doc, (second?.$sort ?? {}) as SortSpec);
    return aggregateIn(this.col(collection), pipeline, (name) => [
      ...(this.collections.get(name)?.docs.values() ?? []),
    ]);
  }

  // ───────────────────────────── writes ─────────────────────────────

  insert(collection: string, docs: Doc[], txId?: string): DocId[] {
    const c = this.col(collection);
    const prepared = docs.map((d) => {
      const doc = clone(d);
      if (doc._id === undefined || doc._id === null) doc._id = newId();
      else if (typeof doc._id !== 'string' && typeof doc._id !== 'number')
        throw DB_ERRORS.invalid('_id must be a string or a number');
      return doc as Doc & { _id: DocId };
    });
    if (txId) return this.transactions.insert(txId, c, prepared);
    const ids: DocId[] = [];
    for (const doc of prepared) {
      if (c.docs.has(doc._id)) throw dupKey(c.name, '_id_', doc._id);
      this.commitDoc(c, doc._id, doc);
      ids.push(doc._id);
    }
    return ids;
  }

  update(collection: string, query: Doc, data: Doc, opts: UpdateOptions, txId?: string): UpdateResult {
    const c = this.col(collection);
    this.onQuery?.(collection, query, {});
    if (txId) return this.transactions.update(txId, c, query, data, opts);
    const targets = matching(c, query, opts.multi);
    let updated = 0;
    for (const old of targets) {
      const next = applyUpdate(old, data, opts.merge);
      if (next === null) continue;
      this.commitDoc(c, old._id as DocId, next);
      updated++;
    }
    if (targets.length === 0 && opts.upsert) {
      const doc = upsertDoc(query, data, opts.merge);
      if (c.docs.has(doc._id as DocId)) throw dupKey(c.name, '_id_', doc._id as DocId);
      this.commitDoc(c, doc._id as DocId, doc);
      return { matched: 0, updated: 0, upsertedId: doc._id as DocId };
    }
    return { matched: targets.length, updated, upsertedId: null };
  }

  remove(collection: string, query: Doc, multi: boolean, txId?: string): number {
    const c = this.col(collection);
    this.onQuery?.(collection, query, {});
    if (txId) return this.transactions.remove(txId, c, query);
    const ids = matching(c, query, multi).map((d) => d._id as DocId);
    for (const id of ids) this.commitDoc(c, id, null);
    return ids.length;
  }

  // ───────────────────────────── transactions ─────────────────────────────

  startTransaction(): string {
    return this.transactions.start();
  }

  /** Read one document inside a transaction: its own writes, else the snapshot taken at start. */
  txGet(txId: string, collection: string, id: DocId): Doc | null {
    return this.transactions.get(txId, collection, id);
  }

  commitTransaction(txId: string): void {
    this.transactions.commit(txId);
  }

  abortTransaction(txId: string): void {
    this.transactions.abort(txId);
  }

  openTransactions(): number {
    return this.transactions.size;
  }

  // ───────────────────────────── snapshot, meta, persistence ─────────────────────────────

  /** Deep copy of every collection's committed documents, sorted by _id. */
  snapshot(): StoreSnapshot {
    const out: Record<string, Doc[]> = {};
    for (const [name, c] of this.collections) {
      out[name] = clone([...c.docs.values()]).sort((a, b) => String(a._id).localeCompare(String(b._id)));
    }
    return out;
  }

  /** Replace all data (e.g. restore a snapshot). Indexes are kept and rebuilt. */
  restore(snapshot: StoreSnapshot): void {
    for (const [name, docs] of Object.entries(snapshot)) {
      this.ensureCollection(name);
      const c = this.col(name);
      clearCollection(c);
      for (const d of docs) this.commitDoc(c, d._id as DocId, clone(d));
    }
    for (const name of [...this.collections.keys()]) if (!(name in snapshot)) this.collections.delete(name);
    this.touch();
  }

  getMeta<T>(key: string): T | undefined {
    const v = this.meta.get(key);
    return v === undefined ? undefined : (clone(v) as T);
  }

  setMeta(key: string, value: unknown): void {
    this.meta.set(key, clone(value));
    this.touch();
  }

  /** Write the file now (no-op in memory mode). */
  flush(): void {
    this.persistence?.flush();
  }

  close(): void {
    this.flush();
    this.transactions.clear();
  }

  // ───────────────────────────── internals ─────────────────────────────

  private load(file: string): void {
    const data = readStoreFile(file);
    if (!data) return;
    for (const [name, { indexes, docs }] of Object.entries(data.collections)) {
      this.addCollection(name);
      const c = this.col(name);
      for (const d of docs) this.commitDoc(c, d._id as DocId, d);
      for (const spec of indexes) this.declareIndex(name, spec);
    }
    for (const [k, v] of Object.entries(data.meta ?? {})) this.meta.set(k, v);
  }

  private touch(): void {
    this.persistence?.touch();
  }

  private col(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw DB_ERRORS.notExist(name);
    return c;
  }

  /** The single place committed state changes: unique checks, indexes, history for open snapshots, persistence. */
  private commitDoc(c: Collection, id: DocId, doc: Doc | null, skipChecks = false): void {
    const old = c.docs.get(id) ?? null;
    if (doc && !skipChecks) this.checkAllUnique(c, doc, id);
    const seq = ++this.seq;
    if (this.transactions.size > 0) remember(c, id, seq, old);
    for (const index of c.indexes) {
      if (old) indexRemove(index, old);
      if (doc) indexAdd(index, doc);
    }
    if (doc) {
      doc._id = id;
      if (!old) c.positions.set(id, seq);
      c.docs.set(id, doc);
      c.seqs.set(id, seq);
    } else {
      c.docs.delete(id);
      c.positions.delete(id);
      if (this.transactions.size > 0) c.seqs.set(id, seq);
      else c.seqs.delete(id);
    }
    this.touch();
  }

  private checkAllUnique(c: Collection, doc: Doc, id: DocId): void {
    for (const index of c.indexes) if (index.unique) checkUnique(c.name, index, doc, id);
  }
}
