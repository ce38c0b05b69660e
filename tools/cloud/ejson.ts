/**
 * MongoDB Extended JSON as the wx-server-sdk speaks it (canonical v2 on the way in, relaxed on the way out).
 *
 * In: `{"$numberInt":"1"}`, `{"$numberDouble":"1.5"}`, `{"$numberLong":"…"}`, `{"$date":{"$numberLong":"…"}}`,
 * `{"$regularExpression":{"pattern":"…","options":"i"}}`, `{"$oid":"…"}` and the CloudBase extension
 * `{"$tcb_server_date":{"offset":N}}` (resolved to a Date against the server clock).
 * Out: plain JSON numbers, `{"$date":{"$numberLong":"…"}}` for dates, `$regularExpression` for stored regexes.
 */

export type Doc = Record<string, unknown>;

export class EjsonError extends Error {}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

function singleKey(v: Record<string, unknown>): string | null {
  let found: string | null = null;
  for (const k in v) {
    if (found !== null) return null;
    found = k;
  }
  return found;
}

function toNumber(s: unknown): number {
  if (typeof s === 'number') return s;
  if (typeof s !== 'string') throw new EjsonError(`bad EJSON number ${JSON.stringify(s)}`);
  if (s === 'Infinity') return Infinity;
  if (s === '-Infinity') return -Infinity;
  if (s === 'NaN') return NaN;
  const n = Number(s);
  if (Number.isNaN(n)) throw new EjsonError(`bad EJSON number ${s}`);
  return n;
}

/** JS RegExp flags supported by MongoDB regex options; `x` (extended) has no JS equivalent. */
export function toRegExp(pattern: string, options: string): RegExp {
  let flags = '';
  for (const o of options) {
    if (o === 'i' || o === 'm' || o === 's') flags += o;
    else if (o === 'u') continue;
    else throw new EjsonError(`regular expression option "${o}" is not supported by the local cloud`);
  }
  return new RegExp(pattern, flags);
}

function toDate(inner: unknown): Date {
  if (inner instanceof Date) return inner;
  if (typeof inner === 'number' || typeof inner === 'string') return new Date(inner);
  throw new EjsonError(`bad $date ${JSON.stringify(inner)}`);
}

type Converter = (inner: unknown, now: () => number) => unknown;

const WRAPPERS: ReadonlyMap<string, Converter> = new Map<string, Converter>([
  ['$numberInt', toNumber],
  ['$numberDouble', toNumber],
  ['$numberLong', toNumber],
  ['$numberDecimal', toNumber],
  ['$date', toDate],
  [
    '$regularExpression',
    (inner) => {
      const r = inner as { pattern?: unknown; options?: unknown };
      return toRegExp(String(r.pattern ?? ''), String(r.options ?? ''));
    },
  ],
  ['$oid', (inner) => String(inner)],
  [
    '$tcb_server_date',
    (inner, now) => {
      const offset = (inner as { offset?: unknown } | null)?.offset;
      return new Date(now() + (typeof offset === 'number' ? offset : 0));
    },
  ],
]);

/** Parse an Extended JSON string into plain JS values (numbers, Date, RegExp). */
export function parseEjson(text: string, now: () => number = Date.now): unknown {
  return JSON.parse(text, function reviver(_key: string, value: unknown) {
    if (!isPlain(value)) return value;
    const k = singleKey(value);
    const convert = k === null ? undefined : WRAPPERS.get(k);
    return convert ? convert(value[k as string], now) : value;
  });
}

/** Serialize JS values to (relaxed) Extended JSON that bson's EJSON.parse reads back. */
export function stringifyEjson(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: { $numberLong: String(raw.getTime()) } };
    if (raw instanceof RegExp) return { $regularExpression: { pattern: raw.source, options: raw.flags } };
    if (typeof raw === 'number' && !Number.isFinite(raw)) return { $numberDouble: String(raw) };
    if (typeof raw === 'bigint') return Number(raw);
    return v;
  });
}

/**
 * Deep copy that keeps Date and RegExp instances. (Not structuredClone: under jest that creates objects of the
 * outer realm, whose Dates fail `instanceof Date` in the test's realm and inside mingo.)
 */
export function clone<T>(v: T): T {
  return cloneValue(v) as T;
}

function cloneValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) return new RegExp(v.source, v.flags);
  if (Array.isArray(v)) return v.map(cloneValue);
  if (Buffer.isBuffer(v)) return Buffer.from(v);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = cloneValue((v as Record<string, unknown>)[k]);
  return out;
}
