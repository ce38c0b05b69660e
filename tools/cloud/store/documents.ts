/** A write applied to one document with mingo's update operators: an update document or a replacement. */
import { update as mingoUpdate } from 'mingo';
import type { AnyObject } from 'mingo/types/types';
import { clone } from '../clone';
import { stringifyEjson } from '../ejson';
import { DB_ERRORS, hasOperatorKey, newId, type Doc } from './types';

/** New version of `old` after `data`, or null when nothing changed. */
export function applyUpdate(old: Doc, data: Doc, merge: boolean): Doc | null {
  if (!merge) {
    const next: Doc = { _id: old._id, ...clone(data) };
    return stringifyEjson(next) === stringifyEjson(old) ? null : next;
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

/** The document an upsert inserts when nothing matched `query` (its `_id` if it names one). */
export function upsertDoc(query: Doc, data: Doc, merge: boolean): Doc {
  const id = query._id;
  const base: Doc = { _id: typeof id === 'string' || typeof id === 'number' ? id : newId() };
  if (!merge) return { ...clone(data), _id: base._id };
  const next = applyUpdate(base, data, true);
  return next ?? base;
}
