/**
 * Whether the declared indexes (cloudfunctions/database.json) serve a query the functions run, the way the
 * production database plans it: an index serves a filter and sort when its leading fields are equality filters
 * (value or `$in`) and the fields after them are the sort, in the index's order or all reversed; with no sort,
 * when it narrows the filter (an equality or a range on its first field after the equalities). `_id` is always
 * indexed; an equality on every field of a unique index finds at most one document; a top-level `$or` is served
 * when each branch (with the conditions around it) is. An empty filter with no sort reads whatever comes first.
 */
import type { DatabaseConfig } from './app-database';
import type { Doc, SortSpec } from './store';
import { isOperatorObject } from './store/plan';

type IndexDeclaration = DatabaseConfig['collections'][string]['indexes'][number];

export interface ExecutedQuery {
  readonly collection: string;
  readonly filter: Doc;
  readonly sort: SortSpec;
}

interface Shape {
  readonly eq: Set<string>;
  readonly range: Set<string>;
  /** Each top-level `$or` (also inside `$and`): its branches. */
  readonly ors: Doc[][];
  /** Conditions no index answers ($ne, $size, $exists, …): filtered after the index, never a reason to fail. */
  other: number;
}

const RANGE = ['$gt', '$gte', '$lt', '$lte'];

/** Files one field condition under equality, range or other. */
function classify(key: string, value: unknown, into: Shape): void {
  if (!isOperatorObject(value) || '$eq' in value || '$in' in value) into.eq.add(key);
  else if (RANGE.some((op) => op in value)) into.range.add(key);
  else into.other++;
}

function shapeOf(filter: Doc, into: Shape = { eq: new Set(), range: new Set(), ors: [], other: 0 }): Shape {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) for (const sub of value) shapeOf(sub as Doc, into);
    else if (key === '$or' && Array.isArray(value)) into.ors.push(value as Doc[]);
    else if (key.startsWith('$')) into.other++;
    else classify(key, value, into);
  }
  return into;
}

type IndexField = IndexDeclaration['fields'][number];

/** The index fields after the `k` equalities give the sort (in order or all reversed), and the index narrows. */
function givesSort(
  rest: readonly IndexField[],
  k: number,
  shape: Shape,
  sort: Array<[string, 1 | -1]>,
): boolean {
  const first = rest[0];
  if (first === undefined || sort.length > rest.length) return false;
  const sign = sort[0]![1] === first.direction ? 1 : -1;
  const inOrder = sort.every(([f, dir], i) => rest[i]!.field === f && dir === sign * rest[i]!.direction);
  return inOrder && (k > 0 || shape.range.has(first.field) || shape.eq.size + shape.range.size === 0);
}

function servedByIndex(index: IndexDeclaration, shape: Shape, sort: Array<[string, 1 | -1]>): boolean {
  const fields = index.fields;
  let k = 0;
  while (k < fields.length && shape.eq.has(fields[k]!.field)) k++;
  if (index.unique === true && k === fields.length) return true;
  const rest = fields.slice(k);
  if (sort.length > 0) return givesSort(rest, k, shape, sort);
  return k > 0 || (rest[0] !== undefined && shape.range.has(rest[0].field));
}

function served(shape: Shape, sort: SortSpec, indexes: readonly IndexDeclaration[]): boolean {
  if (shape.eq.has('_id')) return true;
  const order = Object.entries(sort).filter(([f]) => !shape.eq.has(f));
  const empty = shape.eq.size + shape.range.size + shape.ors.length + shape.other === 0;
  if (empty && order.length === 0) return true;
  const withId: IndexDeclaration[] = [{ name: '_id_', fields: [{ field: '_id', direction: 1 }] }, ...indexes];
  if (withId.some((index) => servedByIndex(index, shape, order))) return true;
  return shape.ors.some((branches) =>
    branches.every((branch) => {
      const inner = shapeOf(branch, {
        eq: new Set(shape.eq),
        range: new Set(shape.range),
        ors: shape.ors.filter((o) => o !== branches),
        other: shape.other,
      });
      return served(inner, sort, indexes);
    }),
  );
}

/** Whether `query` is served by the indexes `database` declares for its collection. */
export function isServed(query: ExecutedQuery, database: DatabaseConfig): boolean {
  const indexes = database.collections[query.collection]?.indexes ?? [];
  return served(shapeOf(query.filter), query.sort, indexes);
}

/** A readable description of a query, for failure messages. */
export function describeQuery(query: ExecutedQuery): string {
  const shape = shapeOf(query.filter);
  const sort = Object.entries(query.sort).map(([f, d]) => `${f} ${d}`);
  const ors = shape.ors.map((o) => `or(${o.map((b) => Object.keys(b).join('+')).join(' | ')})`);
  return (
    `${query.collection}: equal [${[...shape.eq].join(', ')}] range [${[...shape.range].join(', ')}]` +
    `${ors.length ? ` ${ors.join(' ')}` : ''} sort [${sort.join(', ')}]`
  );
}
