/**
 * The world every reliability engine starts from: the local cloud (real wx-server-sdk, real engine, the deployable
 * bundles), an owner with one appeal that has a history (submitted, a message sent, a private note, a tick) and
 * reminder credits, a helper of that appeal with one more invitation open, and a stranger.
 *
 * Used by the jest tests (test/cloud/reliability) and by the benchmark (tools/bench/reliability.bench.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { format } from 'node:util';
import { deployConfig } from '../../miniprogram/config/deploy';
import { BURST_MS } from '../../cloudfunctions/shared/notify/records';
import type {
  AppealAction,
  AppealActions,
  AppealView,
  Envelope,
} from '../../miniprogram/domain/appeal/contract';
import { ERROR_CODES } from '../../miniprogram/domain/appeal/contract';
import { shanghaiDate } from '../../miniprogram/domain/appeal/deadline';
import { startLocalCloud, testOpenid, type LocalCloud, type StoreSnapshot } from '../cloud';
import { APP_COLLECTIONS } from '../cloud/app-database';
import { DIAGNOSIS, entryOf, type RoleName, type Target } from './table';

export const REPO = resolve(__dirname, '..', '..');

/** Words only the owner may ever read back (the creation note and a private timeline note). */
export const CREATION_MARK = '创建时的私人备注-甲乙丙';
export const PRIVATE_MARK = '只给自己看的备注-丁戊己';
/** A shared note of the owner's that WeChat's content check holds for review (only the owner sees it). */
export const HELD_MARK = '等微信审核的备注-庚辛壬';
/** The owner's reminder credits in the prepared world: numbers nobody else's reply would show. */
export const OWNER_CREDITS = { progressUpdate: 41, deadlineReminder: 29 } as const;

export type Reply = Envelope<unknown>;

export interface World {
  readonly cloud: LocalCloud;
  /** Openid per role. */
  readonly users: { readonly [R in RoleName]: string };
  readonly target: Target;
  /** The store right after preparing (restore it to start a case afresh). */
  readonly baseline: StoreSnapshot;
  call(openid: string | null, event: unknown): Promise<Reply>;
  /** The same `appeal` bundle under the name SHORT_FN with a short timeout (only with `shortTimeoutS`). */
  callShort(openid: string | null, event: unknown): Promise<Reply>;
  as<A extends AppealAction>(openid: string, action: A, payload: AppealActions[A]['payload']): Promise<Reply>;
  /** Put the store back to the baseline. */
  reset(): void;
  close(): Promise<void>;
}

/** Name under which a copy of `appeal` with a short timeout runs (see `shortTimeoutS`). */
export const SHORT_FN = 'appeal-short';

export interface WorldOptions {
  /** Also run a copy of the `appeal` bundle as SHORT_FN, with this config.json timeout (seconds). */
  readonly shortTimeoutS?: number;
  /**
   * Run `appeal` itself with this config.json timeout (seconds). Locally every call of a burst shares one
   * process, so 200 calls in flight queue behind each other; on the platform each runs in its own instance.
   */
  readonly appealTimeoutS?: number;
  /** Names the openids are derived from (distinct worlds in one process stay apart). */
  readonly tag?: string;
}

const BUNDLES = ['appeal', 'remind'];

/** Fail early, and clearly, when the deployable bundles are missing. */
export function requireBundles(): void {
  for (const fn of BUNDLES) {
    if (!existsSync(join(REPO, 'cloudfunctions', fn, 'index.js'))) {
      throw new Error(
        `cloudfunctions/${fn}/index.js missing: run \`npx tsx tools/build/cloudfunctions.ts\` first`,
      );
    }
  }
}

/** A copy of the `appeal` bundle with another timeout, inside the repository so it resolves wx-server-sdk. */
function appealWithTimeout(name: string, timeoutS: number): { readonly path: string; readonly dir: string } {
  const dir = join(REPO, '.tmp', 'reliability', `${process.pid}-${randomBytes(4).toString('hex')}`);
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  copyFileSync(join(REPO, 'cloudfunctions', 'appeal', 'index.js'), join(out, 'index.js'));
  const config = JSON.parse(
    readFileSync(join(REPO, 'cloudfunctions', 'appeal', 'config.json'), 'utf8'),
  ) as object;
  writeFileSync(join(out, 'config.json'), JSON.stringify({ ...config, timeout: timeoutS }));
  return { path: join(out, 'index.js'), dir };
}

export function unwrap<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
}

/** `n` reminder credits for `openid` on both sides: WeChat's (the local cloud) and our ledger (`subscribe`). */
export async function grantCredits(
  cloud: LocalCloud,
  openid: string,
  template: 'progressUpdate' | 'deadlineReminder',
  n: number,
): Promise<void> {
  const one = async () => {
    cloud.grantSubscription(openid, deployConfig.templates[template].id, 'accept');
    unwrap(
      await cloud.call<Reply>(
        'appeal',
        { action: 'subscribe', results: { [template]: 'accept' } },
        { openid },
      ),
    );
  };
  // One person's answers arrive one after another (each is one transaction on their ledger).
  for (let i = 0; i < n; i++) await one();
}

/**
 * Make `helper` a helper of the owner's appeal (invite as owner, join as helper), then leave one more invitation
 * open (its token is the target's `token`). Throws, saying which step failed, when the role cannot be set up.
 */
export async function joinAsHelper(
  world: Pick<World, 'as'>,
  owner: string,
  appeal: AppealView,
  helper: string,
): Promise<{ token: string }> {
  const step = async <T>(what: string, reply: Promise<Reply>): Promise<T> => {
    const r = await reply;
    if (!r.ok) throw new Error(`helper set-up failed at ${what}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  const first = await step<{ token: string }>(
    'invite',
    world.as(owner, 'invite', { id: appeal.id, label: '儿子' }),
  );
  await step('join', world.as(helper, 'join', { token: first.token }));
  return step<{ token: string }>(
    'a second invite',
    world.as(owner, 'invite', { id: appeal.id, label: '女儿' }),
  );
}

/** The owner's appeal with a history: created with a note, submitted (a message sent), a private note, a tick. */
async function prepareOwner(world: Pick<World, 'cloud' | 'as'>, owner: string): Promise<AppealView> {
  const { cloud } = world;
  await grantCredits(cloud, owner, 'progressUpdate', OWNER_CREDITS.progressUpdate + 1);
  await grantCredits(cloud, owner, 'deadlineReminder', OWNER_CREDITS.deadlineReminder);
  for (let i = 0; i < 200; i++)
    cloud.grantSubscription(owner, deployConfig.templates.progressUpdate.id, 'accept');
  const created = unwrap<AppealView>(await world.as(owner, 'create', { ...DIAGNOSIS, note: CREATION_MARK }));
  const submitted = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', {
      id: created.id,
      to: 'submitted',
      expectedVersion: created.version,
    }),
  );
  unwrap(await world.as(owner, 'addNote', { id: submitted.id, text: PRIVATE_MARK, private: true }));
  unwrap(await world.as(owner, 'addNote', { id: submitted.id, text: '大家都能看的备注', private: false }));
  cloud.setContentVerdict('review', HELD_MARK);
  unwrap(await world.as(owner, 'addNote', { id: submitted.id, text: HELD_MARK, private: false }));
  return unwrap<AppealView>(
    await world.as(owner, 'tickChecklist', {
      id: submitted.id,
      itemId: submitted.checklist[1].id,
      done: true,
    }),
  );
}

/**
 * The engines keep a hundred calls and more in flight; the SDK's HTTP agent then hangs more than 10 `connect`
 * listeners on one socket and Node prints MaxListenersExceededWarning for each. Raise the cap while a world is open.
 */
let openWorlds = 0;
let savedMaxListeners = EventEmitter.defaultMaxListeners;
function raiseListenerCap(): () => void {
  if (openWorlds++ === 0) {
    savedMaxListeners = EventEmitter.defaultMaxListeners;
    EventEmitter.defaultMaxListeners = Math.max(savedMaxListeners, 500);
  }
  return () => {
    if (--openWorlds === 0) EventEmitter.defaultMaxListeners = savedMaxListeners;
  };
}

export async function openWorld(opts: WorldOptions = {}): Promise<World> {
  requireBundles();
  const lowerCap = raiseListenerCap();
  const tag = opts.tag ?? 'reliability';
  const copy = opts.shortTimeoutS === undefined ? null : appealWithTimeout(SHORT_FN, opts.shortTimeoutS);
  const slow = opts.appealTimeoutS === undefined ? null : appealWithTimeout('appeal', opts.appealTimeoutS);
  const cloud = await startLocalCloud({
    port: 0,
    dataFile: null,
    collections: APP_COLLECTIONS,
    functionPaths: {
      ...(copy ? { [SHORT_FN]: copy.path } : {}),
      ...(slow ? { appeal: slow.path } : {}),
    },
  });
  const call = (openid: string | null, event: unknown) => cloud.call<Reply>('appeal', event, { openid });
  const callShort = (openid: string | null, event: unknown) => {
    if (!copy) throw new Error(`open the world with shortTimeoutS to call ${SHORT_FN}`);
    return cloud.call<Reply>(SHORT_FN, event, { openid });
  };
  const as = <A extends AppealAction>(openid: string, action: A, payload: AppealActions[A]['payload']) =>
    call(openid, { action, ...payload });
  const owner = testOpenid(`${tag}-owner`);
  const helperId = testOpenid(`${tag}-helper`);
  const quiet = captureConsole();
  try {
    const prepared = await prepareOwner({ cloud, as }, owner);
    const { token } = await joinAsHelper({ as }, owner, prepared, helperId);
    const appeal = unwrap<AppealView>(await as(owner, 'get', { id: prepared.id }));
    // The set-up happened long ago: its messages are outside the burst window, so a change made from the
    // baseline notifies as a first change would.
    cloud.store.update(
      'notifications',
      {},
      { $set: { at: new Date(Date.now() - BURST_MS - 60_000) } },
      { multi: true, merge: true, upsert: false },
    );
    const baseline = cloud.store.snapshot();
    return {
      cloud,
      users: { owner, helper: helperId, stranger: testOpenid(`${tag}-stranger`) },
      target: { appeal, today: shanghaiDate(new Date()), token },
      baseline,
      call,
      callShort,
      as,
      reset: () => cloud.store.restore(baseline),
      async close() {
        await cloud.close();
        for (const c of [copy, slow]) if (c) rmSync(c.dir, { recursive: true, force: true });
        lowerCap();
      },
    };
  } finally {
    quiet.restore();
  }
}

/** Who makes `action` in normal use (the table's `actor`), as an openid of the world. */
export function actorOf(world: World, action: AppealAction): string {
  return world.users[entryOf(action).actor ?? 'owner'];
}

// ───────────────────────────── replies ─────────────────────────────

const REFUSALS = ERROR_CODES.filter((c) => c !== 'INTERNAL' && c !== 'CLOUD_UNAVAILABLE');

/**
 * Why `reply` is not the stable error envelope `{ ok: false, error: { code, message } }` with a refusal code
 * (INTERNAL means something threw that nobody expected), or null when it is.
 */
export function notARefusal(reply: unknown): string | null {
  if (!reply || typeof reply !== 'object' || Array.isArray(reply))
    return `not an envelope: ${preview(reply)}`;
  const r = reply as Record<string, unknown>;
  if (r.ok === true) return 'accepted (ok: true)';
  if (r.ok !== false || Object.keys(r).sort().join(',') !== 'error,ok')
    return `malformed envelope: ${preview(reply)}`;
  return badError(r.error, reply);
}

function badError(error: unknown, reply: unknown): string | null {
  const e = error as Record<string, unknown> | null;
  if (!e || typeof e !== 'object' || Object.keys(e).sort().join(',') !== 'code,message') {
    return `malformed error: ${preview(reply)}`;
  }
  if (typeof e.message !== 'string' || e.message.length === 0 || e.message.length > 200) {
    return `error message missing or echoing input (${String(e.message).length} chars)`;
  }
  if (e.code === 'INTERNAL') return 'INTERNAL (an unexpected error inside the function)';
  if (REFUSALS.indexOf(e.code as (typeof REFUSALS)[number]) < 0)
    return `unknown error code ${String(e.code)}`;
  return null;
}

/** A short, printable rendering of any value (inputs can be megabytes). */
export function preview(value: unknown, max = 300): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch (e) {
    text = `<${(e as Error).message}>`;
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

// ───────────────────────────── console ─────────────────────────────

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export interface Captured {
  readonly lines: string[];
  restore(): void;
}

/** Capture everything printed through `console` (the functions run in this process) until `restore()`. */
export function captureConsole(): Captured {
  const lines: string[] = [];
  const saved = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) {
    console[m] = (...args: unknown[]) => {
      lines.push(format(...args));
    };
  }
  return {
    lines,
    restore() {
      for (const [m, fn] of saved) console[m] = fn;
    },
  };
}

/** Characters of an openid that already identify a person: a log holding this many of its first ones leaks it. */
export const OPENID_PREFIX_CHARS = 12;

/** The lines naming any of `openids`, whole or by their first OPENID_PREFIX_CHARS characters. */
export function linesNamingOpenids(lines: readonly string[], openids: readonly string[]): string[] {
  const prefixes = openids.map((o) => o.slice(0, OPENID_PREFIX_CHARS));
  return lines.filter((l) => prefixes.some((p) => l.includes(p)));
}

// ───────────────────────────── the store, seen per appeal ─────────────────────────────

type Doc = Record<string, unknown>;

export function docsOf(snapshot: StoreSnapshot, collection: string): Doc[] {
  return (snapshot[collection] ?? []) as Doc[];
}

export function appealDoc(snapshot: StoreSnapshot, id: string): Doc | null {
  return docsOf(snapshot, 'appeals').find((d) => d._id === id) ?? null;
}

/** A deterministic text of a value (key order normalised) to compare states. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Doc).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
