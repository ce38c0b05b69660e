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
