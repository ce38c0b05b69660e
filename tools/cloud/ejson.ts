/**
 * MongoDB Extended JSON as the wx-server-sdk speaks it, with the EJSON of the `bson` copy the SDK itself uses
 * (through @cloudbase/database): canonical v2 on the way in, relaxed on the way out.
 *
 * On top of bson, one pass over the parsed value: the CloudBase extension `{"$tcb_server_date":{"offset":N}}`
 * becomes a Date against the server clock, and the bson types mingo does not know become plain values (a
 * `$regularExpression` a RegExp, `$oid` its hex string, `$numberDecimal` a number).
 */
import type * as Bson from 'bson';
import { requireFromSdk } from './sdk-deps';

export type Doc = Record<string, unknown>;

const { EJSON } = requireFromSdk<typeof Bson>('bson', '@cloudbase/node-sdk', '@cloudbase/database');

class EjsonError extends Error {}

/** JS RegExp flags supported by MongoDB regex options; `x` (extended) and `l` (locale) have no JS equivalent. */
function toRegExp(pattern: string, options: string): RegExp {
  let flags = '';
  for (const o of options) {
    if (o === 'i' || o === 'm' || o === 's') flags += o;
    else if (o !== 'u')
      throw new EjsonError(`regular expression option "${o}" is not supported by the local cloud`);
  }
  return new RegExp(pattern, flags);
}

function serverDate(inner: unknown, now: () => number): Date {
  const offset = (inner as { offset?: unknown } | null)?.offset;
  return new Date(now() + (typeof offset === 'number' ? offset : 0));
}

/** A bson value mingo does not know as a plain one (the value itself when it is none of those). */
function fromBson(v: { _bsontype: unknown }): unknown {
  switch (v._bsontype) {
    case 'BSONRegExp': {
      const r = v as unknown as Bson.BSONRegExp;
      return toRegExp(r.pattern, r.options);
    }
    case 'ObjectId':
    case 'ObjectID':
      return (v as unknown as Bson.ObjectId).toHexString();
    case 'Decimal128':
      return Number((v as unknown as Bson.Decimal128).toString());
    default:
      return v;
  }
}

/** The parsed value with bson types made plain and the server date resolved. */
function plain(v: unknown, now: () => number): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map((x) => plain(x, now));
  if ('_bsontype' in v) return fromBson(v);
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === '$tcb_server_date') return serverDate(o.$tcb_server_date, now);
  for (const k of keys) o[k] = plain(o[k], now);
  return o;
}

/** Parse an Extended JSON string into plain JS values (numbers, Date, RegExp). */
export function parseEjson(text: string, now: () => number = Date.now): unknown {
  return plain(EJSON.parse(text, { relaxed: true }), now);
}

/** Serialize JS values to relaxed Extended JSON (what the SDK's EJSON.parse reads back). */
export function stringifyEjson(value: unknown): string {
  return EJSON.stringify(value as Bson.Document, { relaxed: true });
}
