/**
 * Faults injected into the real request path of the local cloud, at EVERY backend request a writing action makes
 * (database reads and writes, and the subscribeMessage.send OpenAPI call):
 *
 *   error    the request fails before it is applied
 *   lost     the request is applied, then the reply is lost (the function sees a failure)
 *   death    the function dies right before the request: it and every later request never happen — at the send
 *            position that is the sender dying between sending and recording
 *   timeout  the request hangs past the function's timeout; the call times out, the work goes on afterwards
 *
 * The same kinds are injected into the `remind` timer while it delivers a notice it took over.
 *
 * Each case runs for its own owner (cases run side by side). What the owner can see — appeals (status, version,
 * history, checklist, notes, schedule), notifications left behind by a deleted appeal, the reminder ledger — must
 * be either the state before the call or the state after a clean call: at the reply, once the work has settled,
 * and after the person retries (where applying twice is reported separately: see `retryDuplicates`).
 * Then the timer sweeps (past the claim lease and every retry round) and no message may have gone out twice.
 */
import type { AppealAction, AppealView } from '../../../miniprogram/domain/appeal/contract';
import { testOpenid, type FaultRequest, type FaultSpec, type ObservedRequest } from '../../../tools/cloud';
import { ACTION_NAMES, DIAGNOSIS, entryOf } from './table';
import { accountMessages, laterInstants, sweepAt } from './messages';
import { canonical, grantCredits, preview, unwrap, type Reply, type World } from './world';

export type FaultKind = 'error' | 'lost' | 'death' | 'timeout';
export const FAULT_KINDS: readonly FaultKind[] = ['error', 'lost', 'death', 'timeout'];

/** How long a hung request waits: longer than the function timeout of the fault world (1 s). */
export const HANG_MS = 1300;
export const FAULT_WORLD_TIMEOUT_S = 1;

export interface FaultOutcome {
  readonly fn: 'appeal' | 'remind';
  readonly action: string;
  readonly kind: FaultKind;
  readonly position: number;
  /** The request the fault hit, e.g. `database.modifyDocument appeals`. */
  readonly request: string;
  /** Where the owner's state stood: at the reply, once settled, after the retry. */
  readonly states: readonly string[];
  readonly partial: boolean;
  readonly retryDuplicated: boolean;
  readonly duplicates: number;
  readonly reply: string;
}

export interface FaultsReport {
  readonly cases: number;
  readonly partial: number;
  readonly duplicates: number;
  /** Actions for which a retry after a lost reply applied the change a second time (no request ids yet). */
  readonly retryDuplicates: readonly string[];
  readonly outcomes: readonly FaultOutcome[];
  readonly ms: number;
}

export interface FaultsOptions {
  readonly actions?: readonly string[];
  readonly kinds?: readonly FaultKind[];
  /** Cases in flight at once. */
  readonly parallel?: number;
}

// ───────────────────────────── what the owner can see ─────────────────────────────

type Doc = Record<string, unknown>;

function visibleAppeal(d: Doc): Doc {
  const timeline = (d.timeline as Doc[]).map(({ kind, text, private: p, from, to, actor }) => ({ kind, text, p, from, to, actor }));
  const checklist = Object.entries(d.checklist as Record<string, Doc>)
    .map(([id, t]) => [id, t.done, t.by])
    .sort();
  const at = d.nextReminderAt;
  return {
    ...Object.fromEntries(
      ['symptomId', 'causeIds', 'channelId', 'note', 'status', 'version', 'submittedOn', 'escalatedTo'].map((k) => [k, d[k]]),
    ),
    expected: [d.expectedReplyOn, d.replyBeyondYear, at instanceof Date ? at.toISOString() : (at ?? null)],
    timeline,
    checklist,
  };
}

/** The owner's state as they can see it (ids, clocks and delivery bookkeeping left out). */
export function visibleState(world: World, owner: string): string {
  const appeals = (world.cloud.store.find('appeals', { _openid: owner }) as Doc[]).map(visibleAppeal);
  const ids = new Set((world.cloud.store.find('appeals', { _openid: owner }) as Doc[]).map((d) => d._id));
  const orphans = (world.cloud.store.find('notifications', { owner }) as Doc[]).filter((d) => !ids.has(d.appealId));
  const ledger = (world.cloud.store.find('subscriptions', { _openid: owner }) as Doc[]).map((d) => [
    d.template,
    d.accepted,
    d.banned,
  ]);
  return canonical({ appeals: appeals.map(canonical).sort(), orphans: orphans.length, ledger: ledger.map(String).sort() });
}

// ───────────────────────────── owners and their appeal ─────────────────────────────

let owners = 0;

/** A fresh owner with an appeal like the world's target: submitted (one message sent), a note, a tick, credits. */
async function freshOwner(world: World): Promise<{ owner: string; appeal: AppealView }> {
  const owner = testOpenid(`fault-owner-${process.pid}-${owners++}`);
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

const label = (r: { action: string; collection?: string | null; params?: Readonly<Record<string, unknown>> }) =>
  `${r.action}${r.collection ?? (typeof r.params?.collectionName === 'string' ? ` ${r.params.collectionName}` : '')}`;

function payloadFor(world: World, action: AppealAction, appeal: AppealView): Record<string, unknown> {
  return { action, ...entryOf(action).valid({ appeal, today: world.target.today }) };
}

interface Reference {
  readonly trace: readonly string[];
  readonly pre: string;
  readonly post: string;
  readonly twice: string;
}

/** A clean run for a fresh owner: the requests the action makes, and the states before, after, after twice. */
async function reference(world: World, action: AppealAction): Promise<Reference> {
  const { owner, appeal } = await freshOwner(world);
  const trace: string[] = [];
  const stop = world.cloud.onRequest((r: ObservedRequest) => {
    if (r.caller.fn === 'appeal' && r.caller.openid === owner) trace.push(label(r));
  });
  const pre = visibleState(world, owner);
  await world.call(owner, payloadFor(world, action, appeal));
  stop();
  const post = visibleState(world, owner);
  await world.call(owner, payloadFor(world, action, appeal));
  return { trace, pre, post, twice: visibleState(world, owner) };
}

// ───────────────────────────── one case ─────────────────────────────

interface Armed {
  disarm(): void;
}

/** Arm `kind` at the `position`-th request the calling function makes for `who` (a predicate, so cases coexist). */
function arm(world: World, fn: string, who: string | null, position: number, kind: FaultKind): Armed {
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
  return { disarm: () => void (live = false) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function settledCall(world: World, owner: string, event: unknown): Promise<{ reply: Reply | null; text: string }> {
  try {
    const reply = await world.call(owner, event);
    return { reply, text: preview(reply, 120) };
  } catch (e) {
    return { reply: null, text: `call failed: ${String((e as { errCode?: unknown }).errCode ?? e)}` };
  }
}

async function appealCase(
  world: World,
  action: AppealAction,
  ref: Reference,
  position: number,
  kind: FaultKind,
): Promise<FaultOutcome> {
  const { owner, appeal } = await freshOwner(world);
  const event = payloadFor(world, action, appeal);
  const armed = arm(world, 'appeal', owner, position, kind);
  const first = await settledCall(world, owner, event);
  const states = [visibleState(world, owner)];
  if (kind === 'timeout') await sleep(HANG_MS + 300);
  armed.disarm();
  states.push(visibleState(world, owner));
  if (!first.reply?.ok) await settledCall(world, owner, event);
  states.push(visibleState(world, owner));
  const allowed = [[ref.pre, ref.post], [ref.pre, ref.post], [ref.post, ref.twice]];
  return {
    fn: 'appeal',
    action,
    kind,
    position,
    request: ref.trace[position],
    states: states.map((s, i) => (s === ref.pre ? 'pre' : s === ref.post ? 'post' : i === 2 && s === ref.twice ? 'twice' : 'OTHER')),
    partial: states.some((s, i) => allowed[i].indexOf(s) < 0),
    retryDuplicated: states[2] === ref.twice && ref.twice !== ref.post,
    duplicates: 0,
    reply: first.text,
    // The appeal id, to account its messages once everything is swept.
    ...{ appealId: appeal.id },
  };
}

// ───────────────────────────── the timer ─────────────────────────────

/** An owner whose status change could not be delivered inline: a notice waits for the timer (retry round 2). */
async function pendingNotice(world: World): Promise<{ owner: string; appeal: AppealView }> {
  const owner = testOpenid(`fault-owner-${process.pid}-${owners++}`);
  await grantCredits(world.cloud, owner, 'progressUpdate', 2);
  const created = unwrap<AppealView>(await world.as(owner, 'create', DIAGNOSIS));
  world.cloud.faults.failNext((r) => r.fn === 'appeal' && r.openid === owner && r.action === 'wx.openApi', {
    error: 'EXCEED_REQUEST_LIMIT',
    times: 3,
  });
  const appeal = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', { id: created.id, to: 'submitted', expectedVersion: created.version }),
  );
  return { owner, appeal };
}

/** The timer run that takes the notice over (its retry time has come). */
const retryTick = () => new Date(Date.now() + 11 * 60_000);

async function remindTrace(world: World): Promise<string[]> {
  await sweepAt(world.cloud, laterInstants());
  await pendingNotice(world);
  const trace: string[] = [];
  const stop = world.cloud.onRequest((r) => void (r.caller.fn === 'remind' && trace.push(label(r))));
  await world.cloud.invokeTimer('remind', retryTick());
  stop();
  await sweepAt(world.cloud, laterInstants());
  return trace;
}

async function remindCase(world: World, trace: readonly string[], position: number, kind: FaultKind) {
  const { owner, appeal } = await pendingNotice(world);
  const before = visibleState(world, owner);
  const armed = arm(world, 'remind', null, position, kind === 'timeout' ? 'error' : kind);
  try {
    await world.cloud.invokeTimer('remind', retryTick());
  } catch {
    // A dead or failing timer run is the point.
  }
  armed.disarm();
  await sweepAt(world.cloud, laterInstants());
  const after = visibleState(world, owner);
  const messages = accountMessages(world.cloud, appeal.id);
  return {
    fn: 'remind' as const,
    action: 'remind',
    kind,
    position,
    request: trace[position],
    states: [after === before ? 'pre' : 'OTHER'],
    partial: after !== before,
    retryDuplicated: false,
    duplicates: messages.duplicates,
    reply: `${messages.deliveries} delivered`,
  };
}

// ───────────────────────────── running ─────────────────────────────

async function inBatches<T>(jobs: ReadonlyArray<() => Promise<T>>, parallel: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += parallel) out.push(...(await Promise.all(jobs.slice(i, i + parallel).map((j) => j()))));
  return out;
}

/** Writing actions of the table (every one of them gets every fault at every request). */
export function writingActions(): AppealAction[] {
  return ACTION_NAMES.filter((a) => entryOf(a).writes);
}

export async function runFaults(world: World, opts: FaultsOptions = {}): Promise<FaultsReport> {
  const started = Date.now();
  const kinds = opts.kinds ?? FAULT_KINDS;
  const actions = (opts.actions ?? writingActions()) as AppealAction[];
  const jobs: Array<() => Promise<FaultOutcome & { appealId?: string }>> = [];
  for (const action of actions) {
    const ref = await reference(world, action);
    for (let position = 0; position < ref.trace.length; position++) {
      for (const kind of kinds) jobs.push(() => appealCase(world, action, ref, position, kind));
    }
  }
  const appealOutcomes = await inBatches(jobs, opts.parallel ?? 12);
  await sweepAt(world.cloud, laterInstants());
  const outcomes: FaultOutcome[] = appealOutcomes.map(({ appealId, ...o }) => ({
    ...o,
    duplicates: appealId ? accountMessages(world.cloud, appealId).duplicates : 0,
  }));
  const trace = await remindTrace(world);
  for (let position = 0; position < trace.length; position++) {
    for (const kind of kinds.filter((k) => k !== 'timeout')) outcomes.push(await remindCase(world, trace, position, kind));
  }
  world.cloud.faults.clear();
  return {
    cases: outcomes.length,
    partial: outcomes.filter((o) => o.partial).length,
    duplicates: outcomes.reduce((n, o) => n + o.duplicates, 0),
    retryDuplicates: [...new Set(outcomes.filter((o) => o.retryDuplicated).map((o) => o.action))].sort(),
    outcomes,
    ms: Date.now() - started,
  };
}

export function describeFaults(report: FaultsReport): string {
  return report.outcomes
    .filter((o) => o.partial || o.duplicates > 0)
    .map(
      (o) =>
        `  ${o.fn}/${o.action} ${o.kind} at #${o.position} (${o.request}): states ${o.states.join(' → ')}, ` +
        `${o.duplicates} duplicate message(s); reply ${o.reply}`,
    )
    .join('\n');
}
