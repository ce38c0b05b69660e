/** Reads executed by mingo over the candidates the planner picks (plan.ts). */
import { Query, aggregate as mingoAggregate } from 'mingo';
import type { AnyObject } from 'mingo/types/types';
import { clone } from '../clone';
import type { Collection } from './collection';
import { candidates } from './plan';
import type { Doc, FindOptions } from './types';

const queryOptions = { idKey: '_id' } as const;

/** Copies of the documents of `source` matching `query`, projected, sorted, skipped and limited. */
export function findIn(source: Doc[], query: Doc, opts: FindOptions): Doc[] {
  const q = new Query(query as AnyObject, queryOptions);
  let cursor = q.find<Doc>(source as AnyObject[], (opts.projection ?? undefined) as AnyObject | undefined);
  if (opts.sort && Object.keys(opts.sort).length > 0) cursor = cursor.sort(opts.sort);
  if (opts.skip) cursor = cursor.skip(opts.skip);
  if (opts.limit !== undefined) cursor = cursor.limit(opts.limit);
  return cursor.all().map((d) => clone(d));
}

/** The committed documents matching `query` (the first only unless `multi`), not copied. */
export function matching(c: Collection, query: Doc, multi = true): Doc[] {
  const q = new Query(query as AnyObject, queryOptions);
  const out: Doc[] = [];
  for (const d of candidates(c, query)) {
    if (q.test(d as AnyObject)) {
      out.push(d);
      if (!multi) break;
    }
  }
  return out;
}

/** Run `pipeline`; a leading `$match` is answered with the planner. `$lookup` reads other collections. */
export function aggregateIn(c: Collection, pipeline: Doc[], lookup: (collection: string) => Doc[]): Doc[] {
  const first = pipeline[0];
  const leadingMatch = first && '$match' in first && first.$match && typeof first.$match === 'object';
  const source = leadingMatch ? matching(c, first.$match as Doc) : [...c.docs.values()];
  const rest = leadingMatch ? pipeline.slice(1) : pipeline;
  const out = mingoAggregate(clone(source) as AnyObject[], rest as AnyObject[], {
    ...queryOptions,
    collectionResolver: (name: string) => clone(lookup(name)) as AnyObject[],
  });
  return out as Doc[];
}
