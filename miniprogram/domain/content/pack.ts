/**
 * Content packs: corrections to the catalog's texts, sources, paths, phone numbers and time ranges, published
 * without a new release of the mini program. Pure, and generic over the catalog's fields.
 *
 *   { "version": 3, "publishedAt": "2026-12-01",
 *     "overrides": { "contacts": { "wechat-pay-95017": { "note": "…", "fact": { "verifiedOn": "2026-12-01" } } } } }
 *
 * A pack never adds an id, a field or logic: each override names an existing record and replaces existing
 * leaves with values of the same kind (text for text, a list of texts for a list of texts, a number for a
 * number). Fields that carry ids or decide behaviour (`LOGIC_KEYS`) cannot be touched. The only field a pack may
 * add is a fact's `verifiedOn`. The result must then pass the same content rules as the bundled catalog.
 */
import type { Reliability } from '../catalog/types';
import type { Tables } from './tables';

export interface ContentPack {
  readonly version: number;
  /** YYYY-MM-DD */
  readonly publishedAt: string;
  readonly overrides: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Fields that hold ids or decide what the app does: never changed by a pack. */
export const LOGIC_KEYS = new Set([
  'id',
  'symptoms',
  'causes',
  'channel',
  'channelBySymptom',
  'escalation',
  'liftedBy',
  'contacts',
  'contact',
  'path',
  'authority',
  'kind',
  'level',
  'verdict',
  'required',
  'unit',
  'lastReviewed',
]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RANK: Readonly<Record<Reliability, number>> = { 'seed-only': 0, reported: 1, official: 2 };
const PROMISES = /保证|一定能|肯定能|包解封|\d+天内解封/;

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFact = (v: unknown): v is Json =>
  isRecord(v) && typeof v.text === 'string' && typeof v.source === 'string' && 'reliability' in v;

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? 'string[]' : 'array';
  return v === null ? 'null' : typeof v;
}

/** The problem with one corrected field, or null. */
function fieldProblem(key: string, value: unknown, target: Json): string | null {
  if (LOGIC_KEYS.has(key)) return 'ids and logic cannot be changed by a content pack';
  if (key === 'verifiedOn' && isFact(target))
    return typeof value === 'string' && ISO_DATE.test(value) ? null : 'expected YYYY-MM-DD';
  if (!(key in target)) return 'no such field (a pack never adds fields)';
  const want = kindOf(target[key]);
  return kindOf(value) !== want || want === 'array' ? `expected ${want}, got ${kindOf(value)}` : null;
}

/** Problems of one patch against the record it corrects (paths in the messages). */
function patchProblems(patch: unknown, target: unknown, at: string, out: string[]): void {
  if (!isRecord(patch) || !isRecord(target)) {
    out.push(`${at}: expected an object of corrections`);
    return;
  }
  for (const [key, value] of Object.entries(patch)) {
    const path = `${at}.${key}`;
    if (isRecord(target[key]) && !LOGIC_KEYS.has(key)) patchProblems(value, target[key], path, out);
    else {
      const problem = fieldProblem(key, value, target);
      if (problem) out.push(`${path}: ${problem}`);
    }
  }
}

/** Every string, every fact and every other object in the tables (for the content rules). */
function walk(
  value: unknown,
  onString: (s: string) => void,
  onFact: (f: Json) => void,
  onObject: (o: Json) => void = () => undefined,
): void {
  if (typeof value === 'string') onString(value);
  else if (Array.isArray(value)) value.forEach((v) => walk(v, onString, onFact, onObject));
  else if (isRecord(value)) {
    if (isFact(value)) onFact(value);
    else onObject(value);
    Object.values(value).forEach((v) => walk(v, onString, onFact, onObject));
  }
}

/** A time range ({ min, max }) that cannot be: negative, or its end before its start. */
function badRange(o: Json): boolean {
  if (typeof o.min !== 'number' || typeof o.max !== 'number') return false;
  return !(o.min >= 0 && o.min <= o.max);
}

/** The content rules every catalog (bundled or corrected) must pass. */
export function contentProblems(tables: Tables, today: string): string[] {
  const out: string[] = [];
  const sources = tables.sources as Readonly<Record<string, { reliability: Reliability }>>;
  walk(
    tables,
    (s) => {
      if (/[\u4e00-\u9fff]/.test(s) && s.includes('"')) out.push(`ASCII quote in Chinese text: ${s}`);
      if (PROMISES.test(s)) out.push(`promises an outcome: ${s}`);
    },
    (f) => {
      const source = sources[String(f.source)];
      if (!source) out.push(`unknown source ${String(f.source)}: ${String(f.text)}`);
      else if (!(RANK[f.reliability as Reliability] <= RANK[source.reliability]))
        out.push(`more reliable than its source: ${String(f.text)}`);
      if (f.verifiedOn !== undefined && !(String(f.verifiedOn) <= today))
        out.push(`verified in the future: ${String(f.text)}`);
    },
    (o) => {
      if (badRange(o)) out.push(`time range ${String(o.min)}–${String(o.max)} is not a range`);
    },
  );
  for (const [id, c] of Object.entries(tables.contacts ?? {})) {
    const phone = (c as { phone?: unknown }).phone;
    if (phone !== null && !/^\d{3,12}$/.test(String(phone))) out.push(`contacts.${id}.phone: not a number`);
  }
  return out;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function applyTo(target: Json, patch: Json, onSet: (obj: Json, key: string) => void): void {
  for (const [key, value] of Object.entries(patch)) {
    if (isRecord(value) && isRecord(target[key])) applyTo(target[key] as Json, value, onSet);
    else {
      onSet(target, key);
      target[key] = clone(value);
    }
  }
}

function headerProblems(pack: Json): string[] {
  const out: string[] = [];
  if (!Number.isInteger(pack.version) || (pack.version as number) < 0) out.push('version: a whole number');
  if (typeof pack.publishedAt !== 'string' || !ISO_DATE.test(pack.publishedAt))
    out.push('publishedAt: YYYY-MM-DD');
  if (!isRecord(pack.overrides)) out.push('overrides: an object of tables');
  return out;
}

function overrideProblems(overrides: Json, tables: Tables): string[] {
  const out: string[] = [];
  for (const [table, records] of Object.entries(overrides)) {
    const rows = tables[table];
    if (!rows) out.push(`${table}: no such table`);
    else if (!isRecord(records)) out.push(`${table}: expected records by id`);
    else
      for (const [id, patch] of Object.entries(records)) {
        if (!rows[id]) out.push(`${table}.${id}: no such id (a pack never adds ids)`);
        else patchProblems(patch, rows[id], `${table}.${id}`, out);
      }
  }
  return out;
}

/** Why this pack cannot be used on these tables ([] when it can). */
export function validatePack(pack: unknown, tables: Tables, today: string): string[] {
  if (!isRecord(pack)) return ['a content pack is a JSON object'];
  const header = headerProblems(pack);
  if (header.length) return header;
  const shape = overrideProblems(pack.overrides as Json, tables);
  if (shape.length) return shape;
  const corrected = clone(tables) as Record<string, Record<string, Json>>;
  applyPatches(corrected, pack as unknown as ContentPack, () => undefined);
  return contentProblems(corrected, today);
}

function applyPatches(tables: Tables, pack: ContentPack, onSet: (obj: Json, key: string) => void): void {
  for (const [table, records] of Object.entries(pack.overrides))
    for (const [id, patch] of Object.entries(records))
      applyTo(tables[table]![id] as Json, patch as Json, onSet);
}

/** What a pack replaced, so it can be taken back: the object, the key, the value before (or absent). */
export type Undo = Array<{ obj: Json; key: string; had: boolean; value: unknown }>;

/** Correct the tables in place (validate first); returns how to take the corrections back. */
export function applyPack(tables: Tables, pack: ContentPack): Undo {
  const undo: Undo = [];
  applyPatches(tables, pack, (obj, key) => undo.push({ obj, key, had: key in obj, value: obj[key] }));
  return undo;
}

export function revertPack(undo: Undo): void {
  for (const { obj, key, had, value } of undo.slice().reverse()) {
    if (had) obj[key] = value;
    else delete obj[key];
  }
}

/** Facts not checked against their source for `months` months on `today` (bundled ones: `verifiedOn`). */
export function unverifiedFacts(tables: Tables, verifiedOn: string, today: string, months: number): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  const seen = new Set<Json>();
  walk(
    tables,
    () => undefined,
    (f) => void seen.add(f),
  );
  return [...seen].filter((f) => String(f.verifiedOn ?? verifiedOn) < cutoff).length;
}
