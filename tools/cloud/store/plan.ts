/**
 * Which documents a query must look at: those under its `_id`, under one single-field index it names with an
 * equality or `$in` (possibly inside a top-level `$and`), the union for a top-level `$or` whose every branch is so
 * answered, or else every document. Always in natural (insertion) order, like a full scan.
 */
import { hasOperatorKey, type Doc, type DocId } from './types';
import type { Collection } from './collection';
import { keyOf, type Index } from './indexes';

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

/** A query value made of operators (`{ $gt: 1 }`), not a plain value to match. */
export function isOperatorObject(v: unknown): v is Record<string, unknown> {
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

/** Documents that may match `query` (all of them unless an index or _id narrows it down). */
export function candidates(c: Collection, query: Doc): Doc[] {
  return indexed(c, query) ?? anyOf(c, query) ?? [...c.docs.values()];
}

/** Candidates from `_id` or one single-field index, or null when neither answers `query`. */
function indexed(c: Collection, query: Doc): Doc[] | null {
  const idKeys = equalityKeys(query, '_id');
  if (idKeys) {
    const out: Doc[] = [];
    for (const d of idsFromKeys(idKeys)) {
      const doc = c.docs.get(d);
      if (doc) out.push(doc);
    }
    return out;
  }
  for (const index of c.indexes) {
    if (index.fields.length !== 1) continue;
    const keys = equalityKeys(query, index.fields[0] as string);
    if (keys) return fromIndex(c, index, keys);
  }
  return null;
}

/**
 * A top-level `$or` whose every branch an index (or `_id`) answers: the union of the branches' candidates,
 * in natural order (MongoDB answers such an `$or` from its indexes too). Null when a branch needs a scan.
 */
function anyOf(c: Collection, query: Doc): Doc[] | null {
  const branches = query.$or;
  if (!Array.isArray(branches) || branches.length === 0) return null;
  const union = new Map<DocId, Doc>();
  for (const branch of branches) {
    const docs = branch && typeof branch === 'object' ? indexed(c, branch as Doc) : null;
    if (!docs) return null;
    for (const d of docs) union.set(d._id as DocId, d);
  }
  return [...union.entries()]
    .map(([id, doc]) => ({ doc, pos: c.positions.get(id) ?? 0 }))
    .sort((a, b) => a.pos - b.pos)
    .map((x) => x.doc);
}

/** Documents under `keys` of a single-field index, in natural (insertion) order like a full scan. */
function fromIndex(c: Collection, index: Index, keys: string[]): Doc[] {
  const ids = new Set<DocId>(index.loose);
  for (const k of keys) for (const id of index.map.get(k) ?? []) ids.add(id);
  const out: Array<{ doc: Doc; pos: number }> = [];
  for (const id of ids) {
    const doc = c.docs.get(id);
    if (doc) out.push({ doc, pos: c.positions.get(id) ?? 0 });
  }
  return out.sort((a, b) => a.pos - b.pos).map((x) => x.doc);
}

function idsFromKeys(keys: string[]): DocId[] {
  const out: DocId[] = [];
  for (const k of keys) {
    if (k.startsWith('s:')) out.push(k.slice(2));
    else if (k.startsWith('n:')) out.push(Number(k.slice(2)));
  }
  return out;
}
