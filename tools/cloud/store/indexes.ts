/**
 * Indexes of one collection: the keys a document is filed under (multikey for arrays, like MongoDB), keeping them
 * up to date, and unique keys (a missing field counts as null).
 */
import { stringifyEjson } from '../ejson';
import { DB_ERRORS, type DbError, type Doc, type DocId, type IndexSpec } from './types';

export interface Index {
  readonly name: string;
  readonly fields: readonly string[];
  readonly unique: boolean;
  /** key → ids */
  readonly map: Map<string, Set<DocId>>;
  /** docs whose key cannot be computed (an array on the path): always candidates, never unique-checked. */
  readonly loose: Set<DocId>;
}

export function newIndex(spec: IndexSpec): Index {
  return {
    name: spec.name ?? spec.fields.map((f) => `${f}_1`).join('_'),
    fields: [...spec.fields],
    unique: spec.unique === true,
    map: new Map(),
    loose: new Set(),
  };
}

export function getPath(doc: unknown, path: string): { ok: true; value: unknown } | { ok: false } {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) return { ok: false };
    if (cur === null || typeof cur !== 'object' || cur instanceof Date) return { ok: true, value: undefined };
    cur = (cur as Record<string, unknown>)[part];
  }
  return { ok: true, value: cur };
}

export function keyOf(v: unknown): string {
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

function indexKey(index: Index, doc: Doc): string[] | null {
  const parts: string[][] = [];
  for (const f of index.fields) {
    const v = getPath(doc, f);
    if (!v.ok) return null;
    parts.push(index.fields.length === 1 ? keysFor(v.value) : [keyOf(v.value)]);
  }
  return index.fields.length === 1 ? (parts[0] as string[]) : [parts.map((p) => p[0]).join('\u0000')];
}

export function indexAdd(index: Index, doc: Doc): void {
  const id = doc._id as DocId;
  const keys = indexKey(index, doc);
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

export function indexRemove(index: Index, doc: Doc): void {
  const id = doc._id as DocId;
  index.loose.delete(id);
  const keys = indexKey(index, doc);
  for (const k of keys ?? []) {
    const set = index.map.get(k);
    if (set) {
      set.delete(id);
      if (set.size === 0) index.map.delete(k);
    }
  }
}

export function dupKey(collection: string, index: string, key: unknown): DbError {
  return DB_ERRORS.failed(
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${stringifyEjson(key)}`,
  );
}

/** Throws the duplicate-key error when another document than `replacing` holds `doc`'s key of a unique index. */
export function checkUnique(collection: string, index: Index, doc: Doc, replacing: DocId | null): void {
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
      throw dupKey(collection, index.name, dup);
    }
  }
}
