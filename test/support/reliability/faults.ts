/**
 * Faults injected into the real request path of the local cloud, at EVERY backend request a writing action makes
 * (database reads and writes, and the subscribeMessage.send OpenAPI call):
 *
 *   error    the request fails before it is applied
 *   lost     the request is applied, then its reply is lost (the function sees a failure)
 *   death    the function dies right before the request: it and every later request never happen — at the send
 *            position, that is the sender dying between sending and recording
 *   timeout  the request hangs past the function's timeout: the call times out and the work goes on afterwards
 *
 * The same kinds (but timeout) hit the `remind` timer while it delivers a notice left pending.
 *
 * Each case runs for its own owner, so cases run side by side. What the owner can see — their appeals (status,
 * version, history, checklist, notes, schedule), notifications outliving a deleted appeal, their reminder ledger —
 * must be the state before the call or the state after a clean call: at the reply, once the work has settled, and
 * after the person retries (applying twice on a retry is reported apart, in `retryDuplicates`: there are no
 * request ids yet). Then the timer sweeps (past the claim lease and every retry round): no message twice.
 */
import type { AppealAction, AppealView } from '../../../miniprogram/domain/appeal/contract';
import { testOpenid, type FaultRequest, type FaultSpec, type ObservedRequest } from '../../../tools/cloud';
import { ACTION_NAMES, DIAGNOSIS, entryOf } from './table';
import { accountMessages, laterInstants, since, sweepAt, type Since } from './messages';
import { canonical, grantCredits, preview, unwrap, type Reply, type World } from './world';

export type FaultKind = 'error' | 'lost' | 'death' | 'timeout';
export const FAULT_KINDS: readonly FaultKind[] = ['error', 'lost', 'death', 'timeout'];

/** The fault world runs `appeal` with this timeout (s); a hung request waits longer. */
export const FAULT_WORLD_TIMEOUT_S = 1;
export const HANG_MS = 1300;

/** What a partial write touched: the appeals the owner sees, or their reminder ledger. */
export type Scope = 'appeal' | 'ledger';

export interface FaultOutcome {
  readonly fn: 'appeal' | 'remind';
  readonly action: string;
  readonly kind: FaultKind;
  readonly position: number;
  /** The request the fault hit, e.g. `database.modifyDocument appeals`. */
  readonly request: string;
  /** Where the owner's state stood at the reply, once settled, after the retry: pre / post / twice / OTHER. */
  readonly states: readonly string[];
  readonly partial: readonly Scope[];
  readonly retryDuplicated: boolean;
  readonly duplicates: number;
  readonly reply: string;
}

export interface FaultsReport {
  readonly cases: number;
  /** Cases that left a partial write visible (any scope). */
  readonly partial: number;
  readonly partialByScope: Readonly<Record<Scope, number>>;
  /** Messages sent twice for one key, over every case. */
  readonly duplicates: number;
  /** Actions for which a retry after a lost reply applied the change a second time. */
  readonly retryDuplicates: readonly string[];
  readonly outcomes: readonly FaultOutcome[];
  readonly ms: number;
}

export interface FaultsOptions {
  readonly actions?: readonly string[];
  readonly kinds?: readonly FaultKind[];
  /** Cases in flight at once (timeouts all run together). */
  readonly parallel?: number;
}

// ───────────────────────────── what the owner can see ─────────────────────────────

type Doc = Record<string, unknown>;

function visibleAppeal(d: Doc): string {
  const timeline = (d.timeline as Doc[]).map(({ kind, text, private: p, from, to, actor }) => ({ kind, text, p, from, to, actor }));
  const checklist = Object.entries(d.checklist as Record<string, Doc>)
    .map(([id, t]) => `${id}:${String(t.done)}:${String(t.by)}`)
    .sort();
  const at = d.nextReminderAt;
  const fields = ['symptomId', 'causeIds', 'channelId', 'note', 'status', 'version', 'submittedOn', 'escalatedTo'];
  return canonical({
    ...Object.fromEntries(fields.map((k) => [k, d[k]])),
    expected: [d.expectedReplyOn, d.replyBeyondYear, at instanceof Date ? at.toISOString() : (at ?? null)],
    timeline,
    checklist,
  });
}

export type Visible = Readonly<Record<Scope, string>>;

/** The owner's state as they can see it, per scope (ids, clocks and delivery bookkeeping left out). */
export function visibleState(world: World, owner: string): Visible {
  const docs = world.cloud.store.find('appeals', { _openid: owner }) as Doc[];
  const ids = new Set(docs.map((d) => d._id));
  const orphans = (world.cloud.store.find('notifications', { owner }) as Doc[]).filter((d) => !ids.has(d.appealId));
  const ledger = (world.cloud.store.find('subscriptions', { _openid: owner }) as Doc[])
    .map((d) => `${String(d.template)}:${String(d.accepted)}:${String(d.banned)}`)
    .sort();
  return {
    appeal: canonical({ appeals: docs.map(visibleAppeal).sort(), orphans: orphans.length }),
    ledger: canonical(ledger),
  };
}

// ───────────────────────────── owners and references ─────────────────────────────

let owners = 0;
const newOwner = () => testOpenid(`fault-owner-${process.pid}-${owners++}`);

/** A fresh owner with an appeal like the world's target: submitted (one message sent), a private note, a tick. */
async function freshOwner(world: World): Promise<{ owner: string; appeal: AppealView }> {
  const owner = newOwner();
  await grantCredits(world.cloud, owner, 'progressUpdate', 4);
  const created = unwrap<AppealView>(await world.as(owner, 'create', { ...DIAGNOSIS, note: '私人备注' }));
  const submitted = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', { id: created.id, to: 'submitted', expectedVersion: created.version }),
  );
  unwrap(await world.as(owner, 'addNote', { id: submitted.id, text: '只给自己看', private: true }));
  const appeal = unwrap<AppealView>(
    await world.as(owner, 'tickChecklist', { id: submitted.id, itemId: submitted.checklist[1].id, done: true }),
  );
  return { owner, appeal };
}

const label = (r: ObservedRequest) =>
  `${r.action}${typeof r.params.collectionName === 'string' ? ` ${r.params.collectionName}` : ''}`;

function payloadFor(world: World, action: AppealAction, appeal: AppealView): Record<string, unknown> {
  return { action, ...entryOf(action).valid({ appeal, today: world.target.today }) };
}

interface Reference {
  readonly trace: readonly string[];
  readonly pre: Visible;
  readonly post: Visible;
  readonly twice: Visible;
}

/** A clean run for a fresh owner: the requests the action makes, the states before, after, and after twice. */
async function reference(world: World, action: AppealAction): Promise<Reference> {
  const { owner, appeal } = await freshOwner(world);
  const trace: string[] = [];
  const stop = world.cloud.onRequest((r) => void (r.caller.fn === 'appeal' && r.caller.openid === owner && trace.push(label(r))));
  const pre = visibleState(world, owner);
  await world.call(owner, payloadFor(world, action, appeal));
  stop();
  const post = visibleState(world, owner);
  await world.call(owner, payloadFor(world, action, appeal));
  return { trace, pre, post, twice: visibleState(world, owner) };
}

// ───────────────────────────── arming ─────────────────────────────

/** Arm `kind` at the `position`-th request `fn` makes (for `who`), as a predicate so that cases coexist. */
function arm(world: World, fn: string, who: string | null, position: number, kind: FaultKind): () => void {
  let seen = 0;
  let live = true;
  const mine = (r: FaultRequest) => live && r.fn === fn && (who === null || r.openid === who);
  const at = (r: FaultRequest) => mine(r) && seen++ === position;
  const from = (r: FaultRequest) => mine(r) && seen++ >= position;
  const specs: Record<FaultKind, [(r: FaultRequest) => boolean, FaultSpec]> = {
    error: [at, { error: 'SYS_ERR' }],
    lost: [at, { error: 'SYS_ERR', after: true }],
    death: [from, { error: 'SYS_ERR', times: 1_000_000 }],
    timeout: [at, { delayMs: HANG_MS }],
  };
  const [matcher, spec] = specs[kind];
  world.cloud.faults.failNext(matcher, spec);
  return () => void (live = false);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function attempt(world: World, owner: string, event: unknown): Promise<{ reply: Reply | null; text: string }> {
  try {
    const reply = await world.call(owner, event);
    return { reply, text: preview(reply, 120) };
  } catch (e) {
    return { reply: null, text: `call failed: ${String((e as { errCode?: unknown }).errCode ?? e)}` };
  }
}

/** Where `s` stands against the reference, per scope; and which scopes are partial (`allowed` states only). */
function judge(s: Visible, ref: Reference, allowed: ReadonlyArray<keyof Reference>): { name: string; partial: Scope[] } {
  const scopes: Scope[] = ['appeal', 'ledger'];
  const partial = scopes.filter((k) => !allowed.some((a) => (ref[a] as Visible)[k] === s[k]));
  const whole = (['pre', 'post', 'twice'] as const).find((a) => scopes.every((k) => ref[a][k] === s[k]));
  return { name: whole ?? `OTHER(${partial.join('+')})`, partial };
}

// ───────────────────────────── cases ─────────────────────────────

interface Pending extends FaultOutcome {
  readonly appealId: string;
  readonly from: Since;
}

async function appealCase(world: World, action: AppealAction, ref: Reference, position: number, kind: FaultKind) {
  const { owner, appeal } = await freshOwner(world);
  const from = since(world.cloud, appeal.id);
  const event = payloadFor(world, action, appeal);
  const disarm = arm(world, 'appeal', owner, position, kind);
  const first = await attempt(world, owner, event);
  const atReply = visibleState(world, owner);
  if (kind === 'timeout') await sleep(HANG_MS + 300);
  disarm();
  const settled = visibleState(world, owner);
  if (!first.reply?.ok) await attempt(world, owner, event);
  const retried = visibleState(world, owner);
  const judged = [judge(atReply, ref, ['pre', 'post']), judge(settled, ref, ['pre', 'post']), judge(retried, ref, ['post', 'twice'])];
  const outcome: Pending = {
    fn: 'appeal',
    action,
    kind,
    position,
    request: ref.trace[position],
    states: judged.map((j) => j.name),
    partial: [...new Set(judged.flatMap((j) => j.partial))],
    retryDuplicated: judged[2].name === 'twice' && canonical(ref.twice) !== canonical(ref.post),
    duplicates: 0,
    reply: first.text,
    appealId: appeal.id,
    from,
  };
  return outcome;
}

/** An owner whose status change could not be delivered inline (the claim failed): a notice waits for the timer. */
async function pendingNotice(world: World): Promise<{ owner: string; appeal: AppealView }> {
  const owner = newOwner();
  await grantCredits(world.cloud, owner, 'progressUpdate', 2);
  const created = unwrap<AppealView>(await world.as(owner, 'create', DIAGNOSIS));
  const claim = (r: FaultRequest) =>
    r.fn === 'appeal' && r.openid === owner && r.action === 'database.insertDocument' && r.collection === 'notifications';
  world.cloud.faults.failNext(claim, { error: 'SYS_ERR' });
  const appeal = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', { id: created.id, to: 'submitted', expectedVersion: created.version }),
  );
  return { owner, appeal };
}

const tickSoon = () => new Date(Date.now() + 1000);

async function remindTrace(world: World): Promise<string[]> {
  await sweepAt(world.cloud, laterInstants());
  await pendingNotice(world);
  const trace: string[] = [];
  const stop = world.cloud.onRequest((r) => void (r.caller.fn === 'remind' && trace.push(label(r))));
  await world.cloud.invokeTimer('remind', tickSoon());
  stop();
  await sweepAt(world.cloud, laterInstants());
  return trace;
}

async function remindCase(world: World, trace: readonly string[], position: number, kind: FaultKind): Promise<FaultOutcome> {
  const { owner, appeal } = await pendingNotice(world);
  const before = visibleState(world, owner);
  const from = since(world.cloud, appeal.id);
  const disarm = arm(world, 'remind', null, position, kind);
  const report = await world.cloud.invokeTimer('remind', tickSoon()).catch((e: unknown) => e);
  disarm();
  await sweepAt(world.cloud, laterInstants());
  const after = visibleState(world, owner);
  const partial = (['appeal', 'ledger'] as const).filter((k) => before[k] !== after[k]);
  return {
    fn: 'remind',
    action: 'remind',
    kind,
    position,
    request: trace[position],
    states: [partial.length ? `OTHER(${partial.join('+')})` : 'pre'],
    partial,
    retryDuplicated: false,
    duplicates: accountMessages(world.cloud, appeal.id, from).duplicates,
    reply: preview(report, 120),
  };
}

// ───────────────────────────── running ─────────────────────────────

async function inBatches<T>(jobs: ReadonlyArray<() => Promise<T>>, parallel: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += parallel) out.push(...(await Promise.all(jobs.slice(i, i + parallel).map((j) => j()))));
  return out;
}

/** The writing actions of the table: each gets every fault kind at every request it makes. */
export function writingActions(): AppealAction[] {
  return ACTION_NAMES.filter((a) => entryOf(a).writes);
}

async function appealCases(world: World, actions: readonly AppealAction[], kinds: readonly FaultKind[], parallel: number) {
  const quick: Array<() => Promise<Pending>> = [];
  const slow: Array<() => Promise<Pending>> = [];
  for (const action of actions) {
    const ref = await reference(world, action);
    for (let position = 0; position < ref.trace.length; position++) {
      for (const kind of kinds) (kind === 'timeout' ? slow : quick).push(() => appealCase(world, action, ref, position, kind));
    }
  }
  const done = [...(await inBatches(quick, parallel)), ...(await inBatches(slow, slow.length || 1))];
  await sweepAt(world.cloud, laterInstants());
  return done.map(({ appealId, from, ...o }): FaultOutcome => ({
    ...o,
    duplicates: accountMessages(world.cloud, appealId, from).duplicates,
  }));
}

export async function runFaults(world: World, opts: FaultsOptions = {}): Promise<FaultsReport> {
  const started = Date.now();
  const kinds = opts.kinds ?? FAULT_KINDS;
  const actions = (opts.actions ?? writingActions()) as AppealAction[];
  const outcomes = await appealCases(world, actions, kinds, opts.parallel ?? 16);
  const trace = await remindTrace(world);
  for (let position = 0; position < trace.length; position++) {
    for (const kind of kinds.filter((k) => k !== 'timeout')) outcomes.push(await remindCase(world, trace, position, kind));
  }
  world.cloud.faults.clear();
  const count = (scope: Scope) => outcomes.filter((o) => o.partial.indexOf(scope) >= 0).length;
  return {
    cases: outcomes.length,
    partial: outcomes.filter((o) => o.partial.length > 0).length,
    partialByScope: { appeal: count('appeal'), ledger: count('ledger') },
    duplicates: outcomes.reduce((n, o) => n + o.duplicates, 0),
    retryDuplicates: [...new Set(outcomes.filter((o) => o.retryDuplicated).map((o) => o.action))].sort(),
    outcomes,
    ms: Date.now() - started,
  };
}

export function describeFaults(report: FaultsReport, scope?: Scope): string {
  return report.outcomes
    .filter((o) => (scope ? o.partial.indexOf(scope) >= 0 : o.partial.length > 0) || (!scope && o.duplicates > 0))
    .map(
      (o) =>
        `  ${o.fn}/${o.action} ${o.kind} at #${o.position} (${o.request}): ${o.states.join(' → ')}, ` +
        `${o.duplicates} duplicate message(s); reply ${o.reply}`,
    )
    .join('\n');
}
