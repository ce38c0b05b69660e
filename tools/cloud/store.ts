/**
 * The local document database: collections executed by `mingo` (MongoDB query, update and aggregation operators),
 * optional equality indexes, unique indexes, single-document transactions with snapshot isolation and locks, and
 * persistence to an Extended JSON file (debounced, flushable) or memory only.
 *
 * Error codes are the CloudBase string codes the SDK maps to numbers (DATABASE_COLLECTION_NOT_EXIST → -502005).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Query, aggregate as mingoAggregate, update as mingoUpdate } from 'mingo';
import type { AnyObject } from 'mingo/types/types';
import { clone, parseEjson, stringifyEjson, type Doc } from './ejson';

export type { Doc } from './ejson';
export type DocId = string | number;
export type SortSpec = Record<string, 1 | -1>;

export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export const DB_ERRORS = {
  notExist: (c: string) =>
    new DbError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${c}. (local cloud)`,
    ),
  exists: (c: string) =>
    new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${c}`),
  conflict: (why: string) =>
    new DbError('DATABASE_TRANSACTION_CONFLICT', `[ResourceUnavailable.TransactionConflict] ${why}`),
  failed: (why: string) => new DbError('DATABASE_REQUEST_FAILED', why),
  invalid: (why: string) => new DbError('INVALID_PARAM', why),
} as const;

export interface IndexSpec {
  /** Field paths (dot paths allowed). */
  readonly fields: readonly string[];
  readonly unique?: boolean;
  readonly name?: string;
}

export interface FindOptions {
  readonly sort?: SortSpec | null;
  readonly skip?: number;
  readonly limit?: number;
  readonly projection?: Record<string, unknown> | null;
}

export interface UpdateOptions {
  readonly multi: boolean;
  /** true: `data` is an update document ($set/$inc/…); false: a replacement (doc().set). */
  readonly merge: boolean;
  readonly upsert: boolean;
}

export interface UpdateResult {
  readonly matched: number;
  readonly updated: number;
  readonly upsertedId: DocId | null;
}

export interface StoreOptions {
  /** JSON file to load from and persist to; null or undefined keeps everything in memory. */
  readonly file?: string | null;
  /** Debounce of persistence writes (ms), default 200. */
  readonly debounceMs?: number;
  /** Server clock (for serverDate); default Date.now. */
  readonly now?: () => number;
  /** Transaction lifetime (ms) after which an open transaction is aborted; default 60 000 like MongoDB. */
  readonly transactionLifetimeMs?: number;
}

interface Index {
  readonly name: string;
  readonly fields: readonly string[];
  readonly unique: boolean;
  /** key → ids */
  readonly map: Map<string, Set<DocId>>;
  /** docs whose key cannot be computed (an array on the path): always candidates, never unique-checked. */
  readonly loose: Set<DocId>;
}

interface HistoryEntry {
  /** The sequence number of the write that replaced `doc`. */
  readonly until: number;
  readonly doc: Doc | null;
}

interface Collection {
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

interface Transaction {
  readonly id: string;
  readonly snapshotSeq: number;
  readonly startedAt: number;
  /** collection → id → pending doc (null = deleted) */
  readonly writes: Map<string, Map<DocId, Doc | null>>;
}

const queryOptions = { idKey: '_id' } as const;

function newId(): string {
  return randomBytes(16).toString('hex');
}

function getPath(doc: unknown, path: string): { ok: true; value: unknown } | { ok: false } {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) return { ok: false };
    if (cur === null || typeof cur !== 'object' || cur instanceof Date) return { ok: true, value: undefined };
    cur = (cur as Record<string, unknown>)[part];
  }
  return { ok: true, value: cur };
}

function keyOf(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (v instanceof Date) return `d:${v.getTime()}`;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  return `j:${stringifyEjson(v)}`;
}

/** Keys under which a doc is indexed for one field (multikey for arrays, like MongoDB). */
function keysFor(value: unknown): string[] {
  if (Array.isArray(value)) return [keyOf(value), ...value.map(keyOf)];
  return [keyOf(value)];
}

function isIndexableEquality(v: unknown): boolean {
  return (
    v === null ||
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    v instanceof Date ||
    (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RegExp) && !hasOperatorKey(v))
  );
}

function hasOperatorKey(v: object): boolean {
  return Object.keys(v).some((k) => k.startsWith('$'));
}

function deepEqual(a: unknown, b: unknown): boolean {
  return stringifyEjson(a) === stringifyEjson(b);
}

function isOperatorObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp) &&
    hasOperatorKey(v)
  );
}

/** Keys matched by one condition on an indexed field, or null when an index cannot answer it. */
function conditionKeys(cond: unknown): string[] | null {
  if (cond instanceof RegExp) return null;
  if (isOperatorObject(cond)) {
    if ('$eq' in cond && isIndexableEquality(cond.$eq)) return [keyOf(cond.$eq)];
    if (Array.isArray(cond.$in) && cond.$in.every(isIndexableEquality)) return cond.$in.map(keyOf);
    return null;
  }
  if (Array.isArray(cond)) return [keyOf(cond)];
  return isIndexableEquality(cond) ? [keyOf(cond)] : null;
}

/** `{ field: value | {$eq} | {$in} }` (possibly inside a top-level $and) → candidate keys for one indexed field. */
function equalityKeys(query: Doc, field: string): string[] | null {
  if (field in query) return conditionKeys(query[field]);
  const and = query.$and;
  if (!Array.isArray(and)) return null;
  for (const sub of and) {
    const k = sub && typeof sub === 'object' ? equalityKeys(sub as Doc, field) : null;
    if (k) return k;
  }
  return null;
}

export interface StoreSnapshot {
  readonly [collection: string]: Doc[];
}

interface PersistedFile {
  readonly format: 'appeal-guide-local-cloud/1';
  readonly collections: Record<string, { indexes: IndexSpec[]; docs: Doc[] }>;
  readonly meta: Record<string, unknown>;
}

export class Store {
  private readonly collections = new Map<string, Collection>();
  private readonly transactions = new Map<string, Transaction>();
  private readonly meta = new Map<string, unknown>();
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  readonly file: string | null;
  readonly now: () => number;
  private readonly debounceMs: number;
  private readonly txLifetimeMs: number;

  constructor(opts: StoreOptions = {}) {
    this.file = opts.file ?? null;
    this.now = opts.now ?? Date.now;
    this.debounceMs = opts.debounceMs ?? 200;
    this.txLifetimeMs = opts.transactionLifetimeMs ?? 60_000;
    if (this.file && existsSync(this.file)) this.load(this.file);
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
    this.collections.set(name, {
      name,
      docs: new Map(),
      seqs: new Map(),
      history: new Map(),
      locks: new Map(),
      indexes: [],
      positions: new Map(),
    });
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
    const name = spec.name ?? spec.fields.map((f) => `${f}_1`).join('_');
    if (c.indexes.some((i) => i.name === name)) return;
    const index: Index = {
      name,
      fields: [...spec.fields],
      unique: spec.unique === true,
      map: new Map(),
      loose: new Set(),
    };
    for (const doc of c.docs.values()) {
      if (index.unique) this.checkUnique(c, index, doc, null);
      this.indexAdd(index, doc);
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
    const q = new Query(query as AnyObject, queryOptions);
    const source = txId ? this.txCandidates(this.tx(txId), c, query) : this.candidates(c, query);
    let cursor = q.find<Doc>(source as AnyObject[], (opts.projection ?? undefined) as AnyObject | undefined);
    if (opts.sort && Object.keys(opts.sort).length > 0) cursor = cursor.sort(opts.sort);
    if (opts.skip) cursor = cursor.skip(opts.skip);
    if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
    return cursor.all().map((d) => clone(d));
  }

  count(collection: string, query: Doc): number {
    const c = this.col(collection);
    const q = new Query(query as AnyObject, queryOptions);
    let n = 0;
    for (const d of this.candidates(c, query)) if (q.test(d as AnyObject)) n++;
    return n;
  }

  aggregate(collection: string, pipeline: Doc[]): Doc[] {
    const c = this.col(collection);
    let source: Doc[];
    let rest = pipeline;
    const first = pipeline[0];
    if (first && '$match' in first && first.$match && typeof first.$match === 'object') {
      const match = first.$match as Doc;
      const q = new Query(match as AnyObject, queryOptions);
      source = this.candidates(c, match).filter((d) => q.test(d as AnyObject));
      rest = pipeline.slice(1);
    } else {
      source = [...c.docs.values()];
    }
    const out = mingoAggregate(clone(source) as AnyObject[], rest as AnyObject[], {
      ...queryOptions,
      collectionResolver: (name: string) =>
        (this.collections.has(name) ? clone([...this.col(name).docs.values()]) : []) as AnyObject[],
    });
    return out as Doc[];
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
    if (txId) {
      const tx = this.tx(txId);
      for (const doc of prepared) {
        if (this.txView(tx, c, doc._id)) throw this.dupKey(c, '_id_', doc._id);
        this.txWrite(tx, c, doc._id, doc);
      }
      return prepared.map((d) => d._id);
    }
    const ids: DocId[] = [];
    for (const doc of prepared) {
      if (c.docs.has(doc._id)) throw this.dupKey(c, '_id_', doc._id);
      this.commitDoc(c, doc._id, doc);
      ids.push(doc._id);
    }
    return ids;
  }

  update(collection: string, query: Doc, data: Doc, opts: UpdateOptions, txId?: string): UpdateResult {
    const c = this.col(collection);
    if (txId) return this.txUpdate(this.tx(txId), c, query, data, opts);
    const q = new Query(query as AnyObject, queryOptions);
    const targets: Doc[] = [];
    for (const d of this.candidates(c, query)) {
      if (q.test(d as AnyObject)) {
        targets.push(d);
        if (!opts.multi) break;
      }
    }
    let updated = 0;
    for (const old of targets) {
      const next = this.applyUpdate(old, data, opts.merge);
      if (next === null) continue;
      this.commitDoc(c, old._id as DocId, next);
      updated++;
    }
    if (targets.length === 0 && opts.upsert) {
      const doc = this.upsertDoc(query, data, opts.merge);
      if (c.docs.has(doc._id as DocId)) throw this.dupKey(c, '_id_', doc._id as DocId);
      this.commitDoc(c, doc._id as DocId, doc);
      return { matched: 0, updated: 0, upsertedId: doc._id as DocId };
    }
    return { matched: targets.length, updated, upsertedId: null };
  }

  remove(collection: string, query: Doc, multi: boolean, txId?: string): number {
    const c = this.col(collection);
    if (txId) {
      const tx = this.tx(txId);
      const id = this.singleId(query);
      if (!this.txView(tx, c, id)) return 0;
      this.txWrite(tx, c, id, null);
      return 1;
    }
    const q = new Query(query as AnyObject, queryOptions);
    const ids: DocId[] = [];
    for (const d of this.candidates(c, query)) {
      if (q.test(d as AnyObject)) {
        ids.push(d._id as DocId);
        if (!multi) break;
      }
    }
    for (const id of ids) this.commitDoc(c, id, null);
    return ids.length;
  }

  // ───────────────────────────── transactions ─────────────────────────────

  startTransaction(): string {
    this.expireTransactions();
    const id = `tx_${newId()}`;
    this.transactions.set(id, { id, snapshotSeq: this.seq, startedAt: this.now(), writes: new Map() });
    return id;
  }

  /** Read one document inside a transaction: its own writes, else the snapshot taken at start. */
  txGet(txId: string, collection: string, id: DocId): Doc | null {
    const tx = this.tx(txId);
    const d = this.txView(tx, this.col(collection), id);
    return d ? clone(d) : null;
  }

  commitTransaction(txId: string): void {
    const tx = this.tx(txId);
    try {
      for (const [cname, writes] of tx.writes) {
        const c = this.col(cname);
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
          const c = this.col(cname);
          for (const [id, doc] of writes) {
            undo.push({ c, id, doc: c.docs.get(id) ?? null });
            this.commitDoc(c, id, doc);
          }
        }
      } catch (e) {
        for (const u of undo.reverse()) this.commitDoc(u.c, u.id, u.doc, true);
        throw e;
      }
    } finally {
      this.endTransaction(tx);
    }
  }

  abortTransaction(txId: string): void {
    const tx = this.transactions.get(txId);
    if (tx) this.endTransaction(tx);
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
      c.docs.clear();
      c.positions.clear();
      c.seqs.clear();
      c.history.clear();
      for (const i of c.indexes) {
        i.map.clear();
        i.loose.clear();
      }
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
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.file || !this.dirty) return;
    this.dirty = false;
    const data: PersistedFile = {
      format: 'appeal-guide-local-cloud/1',
      collections: Object.fromEntries(
        [...this.collections].map(([name, c]) => [
          name,
          { indexes: this.indexes(name), docs: [...c.docs.values()] },
        ]),
      ),
      meta: Object.fromEntries(this.meta),
    };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, stringifyEjson(data));
    renameSync(tmp, this.file);
  }

  close(): void {
    this.flush();
    this.transactions.clear();
  }

  // ───────────────────────────── internals ─────────────────────────────

  private load(file: string): void {
    const data = parseEjson(readFileSync(file, 'utf8')) as PersistedFile;
    if (data.format !== 'appeal-guide-local-cloud/1')
      throw new Error(`${file}: not a local cloud database file`);
    for (const [name, { indexes, docs }] of Object.entries(data.collections)) {
      this.addCollection(name);
      const c = this.col(name);
      for (const d of docs) this.commitDoc(c, d._id as DocId, d);
      for (const spec of indexes) this.declareIndex(name, spec);
    }
    for (const [k, v] of Object.entries(data.meta ?? {})) this.meta.set(k, v);
    this.dirty = false;
  }

  private touch(): void {
    if (!this.file) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.debounceMs);
    this.timer.unref();
  }

  private col(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw DB_ERRORS.notExist(name);
    return c;
  }

  /** Documents that may match `query` (all of them unless an index or _id narrows it down). */
  private candidates(c: Collection, query: Doc): Doc[] {
    return this.indexed(c, query) ?? this.anyOf(c, query) ?? [...c.docs.values()];
  }

  /** Candidates from `_id` or one single-field index, or null when neither answers `query`. */
  private indexed(c: Collection, query: Doc): Doc[] | null {
    const idKeys = equalityKeys(query, '_id');
    if (idKeys) {
      const out: Doc[] = [];
      for (const d of this.idsFromKeys(idKeys)) {
        const doc = c.docs.get(d);
        if (doc) out.push(doc);
      }
      return out;
    }
    for (const index of c.indexes) {
      if (index.fields.length !== 1) continue;
      const keys = equalityKeys(query, index.fields[0] as string);
      if (keys) return this.fromIndex(c, index, keys);
    }
    return null;
  }

  /**
   * A top-level `$or` whose every branch an index (or `_id`) answers: the union of the branches' candidates,
   * in natural order (MongoDB answers such an `$or` from its indexes too). Null when a branch needs a scan.
   */
  private anyOf(c: Collection, query: Doc): Doc[] | null {
    const branches = query.$or;
    if (!Array.isArray(branches) || branches.length === 0) return null;
    const union = new Map<DocId, Doc>();
    for (const branch of branches) {
      const docs = branch && typeof branch === 'object' ? this.indexed(c, branch as Doc) : null;
      if (!docs) return null;
      for (const d of docs) union.set(d._id as DocId, d);
    }
    return [...union.entries()]
      .map(([id, doc]) => ({ doc, pos: c.positions.get(id) ?? 0 }))
      .sort((a, b) => a.pos - b.pos)
      .map((x) => x.doc);
  }

  /** Documents under `keys` of a single-field index, in natural (insertion) order like a full scan. */
  private fromIndex(c: Collection, index: Index, keys: string[]): Doc[] {
    const ids = new Set<DocId>(index.loose);
    for (const k of keys) for (const id of index.map.get(k) ?? []) ids.add(id);
    const out: Array<{ doc: Doc; pos: number }> = [];
    for (const id of ids) {
      const doc = c.docs.get(id);
      if (doc) out.push({ doc, pos: c.positions.get(id) ?? 0 });
    }
    return out.sort((a, b) => a.pos - b.pos).map((x) => x.doc);
  }

  private idsFromKeys(keys: string[]): DocId[] {
    const out: DocId[] = [];
    for (const k of keys) {
      if (k.startsWith('s:')) out.push(k.slice(2));
      else if (k.startsWith('n:')) out.push(Number(k.slice(2)));
    }
    return out;
  }

  private indexKey(index: Index, doc: Doc): string[] | null {
    const parts: string[][] = [];
    for (const f of index.fields) {
      const v = getPath(doc, f);
      if (!v.ok) return null;
      parts.push(index.fields.length === 1 ? keysFor(v.value) : [keyOf(v.value)]);
    }
    return index.fields.length === 1 ? (parts[0] as string[]) : [parts.map((p) => p[0]).join('\u0000')];
  }

  private indexAdd(index: Index, doc: Doc): void {
    const id = doc._id as DocId;
    const keys = this.indexKey(index, doc);
    if (keys === null) {
      index.loose.add(id);
      return;
    }
    for (const k of keys) {
      let set = index.map.get(k);
      if (!set) index.map.set(k, (set = new Set()));
      set.add(id);
    }
  }

  private indexRemove(index: Index, doc: Doc): void {
    const id = doc._id as DocId;
    index.loose.delete(id);
    const keys = this.indexKey(index, doc);
    for (const k of keys ?? []) {
      const set = index.map.get(k);
      if (set) {
        set.delete(id);
        if (set.size === 0) index.map.delete(k);
      }
    }
  }

  private dupKey(c: Collection, index: string, key: unknown): DbError {
    return DB_ERRORS.failed(
      `E11000 duplicate key error collection: ${c.name} index: ${index} dup key: ${stringifyEjson(key)}`,
    );
  }

  private checkUnique(c: Collection, index: Index, doc: Doc, replacing: DocId | null): void {
    const parts: string[] = [];
    for (const f of index.fields) {
      const v = getPath(doc, f);
      if (!v.ok) return;
      parts.push(keyOf(v.value));
    }
    const ids = index.map.get(parts.join('\u0000'));
    if (!ids) return;
    for (const id of ids) {
      if (id !== replacing && id !== doc._id) {
        const dup = Object.fromEntries(
          index.fields.map((f) => [f, (getPath(doc, f) as { value?: unknown }).value ?? null]),
        );
        throw this.dupKey(c, index.name, dup);
      }
    }
  }

  /** The single place committed state changes: unique checks, indexes, history for open snapshots, persistence. */
  private commitDoc(c: Collection, id: DocId, doc: Doc | null, skipChecks = false): void {
    const old = c.docs.get(id) ?? null;
    if (doc && !skipChecks) this.checkAllUnique(c, doc, id);
    const seq = ++this.seq;
    if (this.transactions.size > 0) this.remember(c, id, seq, old);
    for (const index of c.indexes) {
      if (old) this.indexRemove(index, old);
      if (doc) this.indexAdd(index, doc);
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
    for (const index of c.indexes) if (index.unique) this.checkUnique(c, index, doc, id);
  }

  /** Keep the version a write replaces, for transactions whose snapshot predates it. */
  private remember(c: Collection, id: DocId, seq: number, old: Doc | null): void {
    let h = c.history.get(id);
    if (!h) c.history.set(id, (h = []));
    h.push({ until: seq, doc: old });
  }

  /** New version of `old` after `data`, or null when nothing changed. */
  private applyUpdate(old: Doc, data: Doc, merge: boolean): Doc | null {
    if (!merge) {
      const next: Doc = { _id: old._id, ...clone(data) };
      return deepEqual(next, old) ? null : next;
    }
    const next = clone(old);
    const modifier = hasOperatorKey(data) ? data : { $set: data };
    let changed: string[];
    try {
      changed = mingoUpdate(next as AnyObject, modifier as AnyObject, undefined, undefined, {
        cloneMode: 'deep',
      });
    } catch (e) {
      throw DB_ERRORS.failed(`[FailedOperation] ${(e as Error).message}`);
    }
    if ('_id' in next && next._id !== old._id) throw DB_ERRORS.failed('[FailedOperation] cannot modify _id');
    return changed.length > 0 ? next : null;
  }

  private upsertDoc(query: Doc, data: Doc, merge: boolean): Doc {
    const id = query._id;
    const base: Doc = { _id: typeof id === 'string' || typeof id === 'number' ? id : newId() };
    if (!merge) return { ...clone(data), _id: base._id };
    const next = this.applyUpdate(base, data, true);
    return next ?? base;
  }

  private singleId(query: Doc): DocId {
    const id = query._id;
    if ((typeof id === 'string' || typeof id === 'number') && Object.keys(query).length === 1) return id;
    throw DB_ERRORS.invalid('transactions support single-document operations by _id only');
  }

  private tx(txId: string): Transaction {
    this.expireTransactions();
    const tx = this.transactions.get(txId);
    if (!tx)
      throw DB_ERRORS.failed(
        `[FailedOperation] transaction ${txId} not found (expired, aborted or committed)`,
      );
    return tx;
  }

  private expireTransactions(): void {
    const now = this.now();
    for (const tx of this.transactions.values()) {
      if (now - tx.startedAt > this.txLifetimeMs) this.endTransaction(tx);
    }
  }

  private endTransaction(tx: Transaction): void {
    for (const [cname, writes] of tx.writes) {
      const c = this.collections.get(cname);
      if (!c) continue;
      for (const id of writes.keys()) if (c.locks.get(id) === tx.id) c.locks.delete(id);
    }
    this.transactions.delete(tx.id);
    this.pruneHistory();
  }

  /** Drop versions and tombstones no open transaction can still see. */
  private pruneHistory(): void {
    let oldest = Infinity;
    for (const t of this.transactions.values()) oldest = Math.min(oldest, t.snapshotSeq);
    for (const c of this.collections.values()) {
      if (c.history.size === 0) continue;
      for (const [id, entries] of c.history) {
        const keep = entries.filter((h) => h.until > oldest);
        if (keep.length === 0) c.history.delete(id);
        else c.history.set(id, keep);
        if (!c.docs.has(id) && (c.seqs.get(id) ?? 0) <= oldest) c.seqs.delete(id);
      }
    }
  }

  private txView(tx: Transaction, c: Collection, id: DocId): Doc | null {
    const own = tx.writes.get(c.name);
    if (own?.has(id)) return own.get(id) ?? null;
    if ((c.seqs.get(id) ?? 0) <= tx.snapshotSeq) return c.docs.get(id) ?? null;
    for (const h of c.history.get(id) ?? []) if (h.until > tx.snapshotSeq) return h.doc;
    return c.docs.get(id) ?? null;
  }

  private txCandidates(tx: Transaction, c: Collection, query: Doc): Doc[] {
    const d = this.txView(tx, c, this.singleId(query));
    return d ? [d] : [];
  }

  private txWrite(tx: Transaction, c: Collection, id: DocId, doc: Doc | null): void {
    const holder = c.locks.get(id);
    if ((holder !== undefined && holder !== tx.id) || (c.seqs.get(id) ?? 0) > tx.snapshotSeq) {
      this.endTransaction(tx);
      throw DB_ERRORS.conflict(`write conflict on ${c.name}/${String(id)}`);
    }
    c.locks.set(id, tx.id);
    let w = tx.writes.get(c.name);
    if (!w) tx.writes.set(c.name, (w = new Map()));
    if (doc) doc._id = id;
    w.set(id, doc);
  }

  private txUpdate(tx: Transaction, c: Collection, query: Doc, data: Doc, opts: UpdateOptions): UpdateResult {
    const id = this.singleId(query);
    const old = this.txView(tx, c, id);
    if (!old) {
      if (!opts.upsert) return { matched: 0, updated: 0, upsertedId: null };
      this.txWrite(tx, c, id, this.upsertDoc(query, data, opts.merge));
      return { matched: 0, updated: 0, upsertedId: id };
    }
    const next = this.applyUpdate(old, data, opts.merge);
    if (next === null) return { matched: 1, updated: 0, upsertedId: null };
    this.txWrite(tx, c, id, next);
    return { matched: 1, updated: 1, upsertedId: null };
  }
}
