/**
 * Fuzzing every action of the `appeal` function through the real call path (cloud.call → wx-server-sdk → local
 * engine). Inputs are generated from the action's valid payload (tools/reliability/table.ts) by mutations
 * that make it certainly bad — wrong types, out-of-range numbers, huge strings, deep nesting, unicode where only
 * identifiers belong, database operators, `__proto__`/`constructor`/unknown keys, missing fields, a wrong action,
 * no identity — or start from a well-formed payload the function must refuse (an id naming nothing, a stale
 * version), with odd unicode text in the free-text fields.
 *
 * Every reply must be the stable error envelope with a refusal code (see `notARefusal`), nothing may be written
 * (the store is compared before and after each batch; a changed batch is replayed one input at a time to name the
 * culprit), no message may be sent, and Object.prototype must stay clean. Deterministic from its seed.
 */
import type { AppealAction } from '../../miniprogram/domain/appeal/contract';
import { LIMITS } from '../../miniprogram/domain/appeal/contract';
import { makeGenerators, type Generators } from './generators';
import { ACTION_NAMES, entryOf, payloadFields } from './table';
import { actorOf, canonical, notARefusal, preview, type World } from './world';

export const DEFAULT_SEED = 20261123;

type Path = ReadonlyArray<string | number>;
type Json = unknown;

export interface FuzzCase {
  readonly action: string;
  readonly index: number;
  readonly family: string;
  readonly openid: string | null;
  readonly event: Json;
}

export interface FuzzFailure {
  readonly action: string;
  readonly index: number;
  readonly family: string;
  readonly kind: 'crash' | 'write';
  readonly reason: string;
  readonly input: string;
}

export interface ActionFigures {
  /** Inputs generated for the action. */
  generated: number;
  /** Replies actually received (a call that failed or never answered is not counted). */
  inputs: number;
  crashes: number;
  writes: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly generated: number;
  /** Replies actually received, over every action. */
  readonly inputs: number;
  readonly crashes: number;
  readonly writes: number;
  readonly perAction: Readonly<Record<string, ActionFigures>>;
  readonly families: Readonly<Record<string, number>>;
  readonly failures: readonly FuzzFailure[];
  readonly ms: number;
}

export interface FuzzOptions {
  readonly seed?: number;
  /** Generated inputs per action (at least 2,000 for the test). */
  readonly perAction?: number;
  readonly actions?: readonly string[];
  /** Calls in flight at once. */
  readonly parallel?: number;
  /** Inputs between two store comparisons. */
  readonly batch?: number;
}

// ───────────────────────────── odd values ─────────────────────────────

/** Unicode that breaks naive code: lone surrogates, NUL, BOM, zero-width and bidi controls, astral, emoji, … */
export const UNICODE_EDGES: readonly string[] = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u202E',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00A0',
  '\u3000',
  '\uFFFD',
  '\uFFFF',
  '\uE000',
  'e\u0301',
  'A\u030A\u0323',
  'Z\u0335\u0321\u031Ba\u0338l\u0336g\u0337o',
  'ｆｕｌｌ１２３',
  '１３８１２３４５６７８',
  '𠀀𪚥',
  '𝐀𝐁𝐂',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '1️⃣',
  '\u{E0041}\u{E007F}',
  'مرحبا',
  'שלום',
  'สวัสดี',
  'नमस्ते',
  'İıß',
  'ﬁ',
  '\t\r\n',
  '\\u0000',
  '"},{"$ne":null',
  "'; db.appeals.drop(); //",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '%00%0a',
  '../../etc/passwd',
];

const OPERATORS: readonly Json[] = [
  { $ne: null },
  { $gt: '' },
  { $gte: 0 },
  { $regex: '.*' },
  { $regex: '^(a+)+$' },
  { $where: 'sleep(1000) || true' },
  { $exists: true },
  { $in: ['a', 'b'] },
  { $nin: [] },
  { $or: [{}, { _id: { $ne: null } }] },
  { $expr: { $eq: [1, 1] } },
  { $set: { _openid: 'x' } },
  { _openid: { $ne: null } },
  { $numberLong: '9007199254740993' },
  { $date: 0 },
  { $oid: '000000000000000000000000' },
  { $tcb_server_date: { offset: 0 } },
  { $regularExpression: { pattern: '.*', options: 'x' } },
  ['$ne', null],
];

const BAD_NUMBERS: readonly number[] = [-1, -1.5, 0.5, 1.5, 1e21, -1e21, 2 ** 53 + 2, 1_000_000_007];

/** Keys that must never be accepted in an event (besides the platform's own `userInfo`, which is dropped). */
const EXTRA_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'then',
  '$where',
  '$set',
  '_openid',
  '_id',
  'openid',
  'OPENID',
  'owner',
  'role',
  'version',
  'helpers',
  'admin',
  '',
  ' ',
  'a.b',
  'checklist.x',
  '\u0000',
  '\u202Eedit',
  '𠀀',
];

const PROTO_VALUES: readonly Json[] = [
  { polluted: true },
  { ok: true, data: 1 },
  { action: 'delete' },
  'x',
  1,
  null,
  [],
];

// ───────────────────────────── paths ─────────────────────────────

function kindOf(v: Json): 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** Positions inside a payload (valid payloads are shallow; what a mutation put there is not walked). */
function pathsOf(v: Json, touched: readonly Path[] = [], base: Path = []): Path[] {
  const out: Path[] = [];
  if (base.length >= 3 || touched.some((t) => startsWith(base, t) && base.length > 0)) return out;
  const children: Array<[string | number, Json]> = Array.isArray(v)
    ? v.slice(0, 8).map((x, i) => [i, x] as [number, Json])
    : v && typeof v === 'object'
      ? Object.entries(v)
      : [];
  for (const [k, x] of children) {
    const path = [...base, k];
    if (!touched.some((t) => startsWith(path, t) || startsWith(t, path))) out.push(path);
    out.push(...pathsOf(x, touched, path));
  }
  return out;
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

function getAt(root: Json, path: Path): Json {
  let v = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k];
  return v;
}

/** Set as an own data property (so `__proto__` becomes a key, as JSON.parse makes it), never via a setter. */
function define(obj: object, key: string | number, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: Record<string, Json>, path: Path, value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as object;
  define(parent, path[path.length - 1], value);
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ───────────────────────────── mutations ─────────────────────────────

interface Shape {
  readonly action: AppealAction;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly freeText: readonly string[];
  /** Keys an object at this path may hold (root: the action's fields). */
  readonly keysAt: (path: Path, valid: Json) => readonly string[];
}

interface Pools {
  readonly huge: readonly string[];
}

/** Apply one mutation; returns the position it changed (later mutations keep out of it), or null. */
type Mutation = (
  g: Generators,
  p: Record<string, Json>,
  s: Shape,
  pools: Pools,
  touched: readonly Path[],
) => Path | null;

const isFreeText = (s: Shape, path: Path) => path.length === 1 && s.freeText.indexOf(String(path[0])) >= 0;

function deep(g: Generators): Json {
  const depth = g.pick([32, 100, 300, 600]);
  let v: Json = g.pick(['x', 1, null, {}]);
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function oddText(g: Generators, max: number): string {
  let text = g.pick(['', '申诉', '备注：', 'note ']);
  const n = 1 + g.int(8);
  for (let i = 0; i < n; i++) text += g.pick(UNICODE_EDGES) + (g.rand() < 0.5 ? '中文' : '');
  return text.slice(0, max);
}

/** A value of another JSON type than `v` (or a string too long for any field). */
const WRONG_TYPES: ReadonlyArray<(k: ReturnType<typeof kindOf>, pools: Pools, g: Generators) => Json> = [
  (k) => (k === 'string' ? 7 : 'x'),
  (k) => (k === 'number' ? '1' : 0),
  (k) => (k === 'boolean' ? 'true' : true),
  () => null,
  (k) => (k === 'array' ? {} : ['x']),
  (k) => (k === 'object' ? 'object' : {}),
  (k) => (k === 'array' ? Array.from({ length: 5000 }, (_x, i) => `item-${i}`) : [{}]),
  (_k, pools, g) => g.pick(pools.huge),
];

function wrongTypeFor(g: Generators, v: Json, pools: Pools): Json {
  return g.pick(WRONG_TYPES)(kindOf(v), pools, g);
}

/** Replace the value at one position chosen among `filter`ed ones. */
function replaceAt(
  g: Generators,
  p: Record<string, Json>,
  touched: readonly Path[],
  filter: (path: Path, value: Json) => boolean,
  value: (was: Json) => Json,
): Path | null {
  const paths = pathsOf(p, touched).filter((path) => filter(path, getAt(p, path)));
  if (paths.length === 0) return null;
  const path = g.pick(paths);
  setAt(p, path, value(getAt(p, path)));
  return path;
}

const any = () => true;
const NON_ASCII_EDGES = UNICODE_EDGES.filter((e) => /[^\x20-\x7e]/.test(e));

const MUTATIONS: Readonly<Record<string, Mutation>> = {
  wrongType: (g, p, _s, pools, touched) =>
    replaceAt(g, p, touched, any, (was) => wrongTypeFor(g, was, pools)),
  operator: (g, p, _s, _pools, touched) => replaceAt(g, p, touched, any, () => clone(g.pick(OPERATORS))),
  deepNesting: (g, p, _s, _pools, touched) => replaceAt(g, p, touched, any, () => deep(g)),
  hugeString: (g, p, _s, pools, touched) =>
    replaceAt(
      g,
      p,
      touched,
      (_path, v) => kindOf(v) === 'string',
      () => g.pick(pools.huge),
    ),
  unicodeIdentifier: (g, p, s, _pools, touched) =>
    replaceAt(
      g,
      p,
      touched,
      (path, v) => kindOf(v) === 'string' && !isFreeText(s, path),
      (was) => {
        const edge = g.pick(NON_ASCII_EDGES);
        const id = String(was);
        return g.pick([edge, `${id}${edge}`, `${edge}${id}`, `${id.slice(0, 2)}${edge}${id.slice(2)}`]);
      },
    ),
  badNumber: (g, p, _s, _pools, touched) =>
    replaceAt(
      g,
      p,
      touched,
      (_path, v) => kindOf(v) === 'number',
      () => g.pick(BAD_NUMBERS),
    ),
  extraKey(g, p, s, _pools, touched) {
    const containers: Path[] = [
      [],
      ...pathsOf(p, touched).filter((path) => kindOf(getAt(p, path)) === 'object'),
    ];
    const at = g.pick(containers);
    const taken = s.keysAt(at, getAt(p, at));
    const keys = EXTRA_KEYS.filter((k) => taken.indexOf(k) < 0);
    const key = g.rand() < 0.85 ? g.pick(keys) : `x${g.digits(4)}${g.pick(UNICODE_EDGES)}`;
    const value =
      key === '__proto__' ? clone(g.pick(PROTO_VALUES)) : g.pick([1, 'x', true, null, {}, [], { $ne: null }]);
    define(getAt(p, at) as object, key, value);
    return [...at, key];
  },
  missingField(g, p, s) {
    const present = s.required.filter((k) => k in p);
    if (present.length === 0) return null;
    const key = g.pick(present);
    delete p[key];
    return [key];
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Valid-but-odd changes, only ever combined with a certain mutation or a refused payload. */
function secondary(g: Generators, p: Record<string, Json>, s: Shape): void {
  const free = s.freeText.filter((k) => k in p);
  if (free.length > 0 && g.rand() < 0.6) define(p, g.pick(free), oddText(g, LIMITS.noteChars - 100));
  const optional = s.optional.filter((k) => k in p && s.freeText.indexOf(k) < 0);
  if (optional.length > 0 && g.rand() < 0.2) delete p[g.pick(optional)];
}

// ───────────────────────────── generation ─────────────────────────────

function badActions(action: string): Json[] {
  return [
    action.toUpperCase(),
    action.charAt(0).toUpperCase() + action.slice(1),
    `${action} `,
    ` ${action}`,
    `${action}\u0000`,
    `${action}\u200B`,
    action.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    [action],
    { $eq: action },
    { $ne: null },
    0,
    1,
    true,
    null,
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'then',
    'main',
    'remind',
    'admin',
  ];
}

function shapeOf(action: AppealAction): Shape {
  const fields = payloadFields(action);
  const entry = entryOf(action);
  return {
    action,
    required: fields.filter((f) => !f.optional).map((f) => f.name),
    optional: fields.filter((f) => f.optional).map((f) => f.name),
    freeText: entry.freeText,
    keysAt: (path, value) =>
      path.length === 0
        ? ['action', 'userInfo', ...fields.map((f) => f.name)]
        : value && typeof value === 'object'
          ? Object.keys(value)
          : [],
  };
}

function seedFor(seed: number, action: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < action.length; i++) h = Math.imul(h ^ action.charCodeAt(i), 0x9e3779b1) >>> 0;
  return h;
}

function hugePool(g: Generators): string[] {
  return [5_000, 20_000, 100_000].map((n) => {
    const unit = g.pick(['a', '中', '𠀀', '\u0000', 'x\u202E', '1234567890123456']);
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });
}

function mutate(g: Generators, base: Record<string, Json>, s: Shape, pools: Pools, times: number): string[] {
  const applied: string[] = [];
  const touched: Path[] = [];
  for (let tries = 0; applied.length < times && tries < 20; tries++) {
    const name = g.pick(MUTATION_NAMES);
    const path = MUTATIONS[name](g, base, s, pools, touched);
    if (path) {
      applied.push(name);
      touched.push(path);
    }
  }
  if (applied.length === 0 && MUTATIONS.extraKey(g, base, s, pools, touched)) applied.push('extraKey');
  return applied;
}

function oneCase(g: Generators, world: World, s: Shape, pools: Pools, index: number): FuzzCase {
  const entry = entryOf(s.action);
  const owner = actorOf(world, s.action);
  const valid = clone(entry.valid(world.target)) as Record<string, Json>;
  const roll = g.rand();
  const make = (family: string, event: Json, openid: string | null = owner): FuzzCase => ({
    action: s.action,
    index,
    family,
    openid,
    event,
  });
  if (roll < 0.05) {
    const event: Record<string, Json> = { ...valid };
    if (g.rand() < 0.1) return make('action', event);
    define(event, 'action', clone(g.pick(badActions(s.action))));
    return make('action', event);
  }
  if (roll < 0.08) {
    const full = { action: s.action, ...valid };
    return make('event', g.pick<Json>([[full], { data: full }, { event: full }, [s.action, valid]]));
  }
  if (roll < 0.1) return make('anonymous', { action: s.action, ...valid }, null);
  const refused = entry.refused(world.target, oddText(g, LIMITS.noteChars - 100));
  if (refused.length > 0 && roll < 0.3) {
    const p = clone(g.pick(refused)) as Record<string, Json>;
    const applied = g.rand() < 0.5 ? mutate(g, p, s, pools, 1) : [];
    return make(['refused', ...applied].join('+'), { action: s.action, ...p });
  }
  secondary(g, valid, s);
  const applied = mutate(g, valid, s, pools, 1 + g.int(3));
  return make(applied.join('+'), { action: s.action, ...valid });
}

/** The inputs for one action, the same for the same seed. */
export function generateCases(world: World, action: AppealAction, seed: number, n: number): FuzzCase[] {
  const g = makeGenerators(seedFor(seed, action));
  const s = shapeOf(action);
  const pools = { huge: hugePool(g) };
  return Array.from({ length: n }, (_x, i) => oneCase(g, world, s, pools, i));
}

// ───────────────────────────── running ─────────────────────────────

interface Outcome {
  /** A reply came back (whatever it said). */
  readonly received: boolean;
  /** Why the reply (or the failed call) is not the stable refusal envelope; null when it is. */
  readonly reason: string | null;
}

async function replyOf(world: World, c: FuzzCase): Promise<Outcome> {
  try {
    return { received: true, reason: notARefusal(await world.call(c.openid, c.event)) };
  } catch (e) {
    const err = e as { errCode?: unknown; errMsg?: unknown; message?: unknown };
    const reason = `the call failed: ${String(err.errCode ?? '')} ${String(err.errMsg ?? err.message ?? e)}`;
    return { received: false, reason: reason.slice(0, 300) };
  }
}

/** Keys of Object.prototype, to notice pollution. */
const protoKeys = (): string => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

interface BatchState {
  readonly snapshot: ReturnType<World['cloud']['store']['snapshot']>;
  readonly text: string;
  readonly outbox: number;
  readonly proto: string;
}

function stateOf(world: World): BatchState {
  const snapshot = world.cloud.store.snapshot();
  return { snapshot, text: canonical(snapshot), outbox: world.cloud.outbox().length, proto: protoKeys() };
}

function failure(c: FuzzCase, kind: FuzzFailure['kind'], reason: string): FuzzFailure {
  return { action: c.action, index: c.index, family: c.family, kind, reason, input: preview(c.event) };
}

/** Replay a batch one input at a time from its starting state to name the inputs that wrote or sent. */
async function attributeWrites(
  world: World,
  cases: readonly FuzzCase[],
  before: BatchState,
): Promise<FuzzFailure[]> {
  const out: FuzzFailure[] = [];
  world.cloud.store.restore(before.snapshot);
  let last = before;
  for (const c of cases) {
    await replyOf(world, c);
    const now = stateOf(world);
    if (now.text !== last.text || now.outbox !== last.outbox) {
      out.push(failure(c, 'write', now.outbox !== last.outbox ? 'sent a message' : 'changed the store'));
      world.cloud.store.restore(before.snapshot);
      last = stateOf(world);
    }
  }
  world.cloud.store.restore(before.snapshot);
  return out;
}

async function runBatch(
  world: World,
  cases: readonly FuzzCase[],
  parallel: number,
): Promise<{ failures: FuzzFailure[]; received: number }> {
  const before = stateOf(world);
  const failures: FuzzFailure[] = [];
  let received = 0;
  for (let i = 0; i < cases.length; i += parallel) {
    const slice = cases.slice(i, i + parallel);
    const outcomes = await Promise.all(slice.map((c) => replyOf(world, c)));
    outcomes.forEach((o, j) => {
      if (o.received) received++;
      if (o.reason) failures.push(failure(slice[j], 'crash', o.reason));
    });
  }
  const after = stateOf(world);
  if (after.proto !== before.proto) {
    failures.push(failure(cases[0], 'crash', `Object.prototype changed: ${after.proto}`));
  }
  if (after.text !== before.text || after.outbox !== before.outbox) {
    const named = await attributeWrites(world, cases, before);
    failures.push(
      ...(named.length ? named : [failure(cases[0], 'write', 'the batch wrote (not reproducible alone)')]),
    );
  }
  return { failures, received };
}

export async function runFuzz(world: World, opts: FuzzOptions = {}): Promise<FuzzReport> {
  const started = Date.now();
  const seed = opts.seed ?? DEFAULT_SEED;
  const perAction = opts.perAction ?? 2000;
  const parallel = opts.parallel ?? 16;
  const batch = opts.batch ?? 500;
  const actions = (opts.actions ?? ACTION_NAMES) as readonly AppealAction[];
  const perActionFigures: Record<string, ActionFigures> = {};
  const families: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  world.reset();
  for (const action of actions) {
    const cases = generateCases(world, action, seed, perAction);
    const fig: ActionFigures = { generated: cases.length, inputs: 0, crashes: 0, writes: 0 };
    for (const c of cases) for (const f of c.family.split('+')) families[f] = (families[f] ?? 0) + 1;
    for (let i = 0; i < cases.length; i += batch) {
      const { failures: found, received } = await runBatch(world, cases.slice(i, i + batch), parallel);
      fig.inputs += received;
      fig.crashes += found.filter((f) => f.kind === 'crash').length;
      fig.writes += found.filter((f) => f.kind === 'write').length;
      failures.push(...found);
    }
    perActionFigures[action] = fig;
  }
  const sum = (k: keyof ActionFigures) => Object.values(perActionFigures).reduce((n, f) => n + f[k], 0);
  return {
    seed,
    generated: sum('generated'),
    inputs: sum('inputs'),
    crashes: sum('crashes'),
    writes: sum('writes'),
    perAction: perActionFigures,
    families,
    failures,
    ms: Date.now() - started,
  };
}

/** A failure report that says how to replay it. */
export function describeFailures(report: FuzzReport, max = 15): string {
  const lines = report.failures
    .slice(0, max)
    .map((f) => `  ${f.action}#${f.index} [${f.family}] ${f.kind}: ${f.reason}\n    input: ${f.input}`);
  const more = report.failures.length > max ? `\n  … and ${report.failures.length - max} more` : '';
  return (
    `fuzz seed ${report.seed} (replay: RELIABILITY_SEED=${report.seed}): ` +
    `${report.crashes} crashes, ${report.writes} writes in ${report.inputs} inputs\n${lines.join('\n')}${more}`
  );
}
