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
 * after the person retries (applying twice on a retry is reported apart, in `retryDuplicates`: only `create` and
 * `addNote` carry a request id). Then the timer sweeps (past the claim lease and every retry round): no message twice.
 */
import { randomBytes } from 'node:crypto';
import { deployConfig } from '../../miniprogram/config/deploy';
import type { AppealAction, AppealView } from '../../miniprogram/domain/appeal/contract';
import { NOTIFICATION_TEMPLATES } from '../../miniprogram/domain/appeal/contract';
import { ledgerEntry } from '../../cloudfunctions/shared/notify/ledger';
import { hashToken } from '../../cloudfunctions/appeal/src/invitations';
import { testOpenid, type FaultRequest, type FaultSpec, type ObservedRequest } from '../cloud';
import { ACTION_NAMES, DIAGNOSIS, entryOf, type Target } from './table';
import { accountMessages, laterInstants, since, sweepAt, type Since } from './messages';
import {
  SHORT_FN,
  canonical,
  grantCredits,
  joinAsHelper,
  preview,
  unwrap,
  type Reply,
  type World,
} from './world';

export type FaultKind = 'error' | 'lost' | 'death' | 'timeout';
export const FAULT_KINDS: readonly FaultKind[] = ['error', 'lost', 'death', 'timeout'];

/** The faulted call goes to a copy of `appeal` with this timeout (s); a hung request waits longer. */
export const FAULT_WORLD_TIMEOUT_S = 2;
export const HANG_MS = 2300;

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
  /** A partial write still there at the end (after the work settled and the person retried): a bug. */
  readonly partial: readonly Scope[];
  /** A partial write visible only between the failure and the retry (actions writing several documents). */
  readonly transient: readonly Scope[];
  readonly retryDuplicated: boolean;
  readonly duplicates: number;
  readonly reply: string;
}

export interface FaultsReport {
  readonly cases: number;
  /** Cases that left a partial write behind for good (any scope). */
  readonly partial: number;
  readonly partialByScope: Readonly<Record<Scope, number>>;
  /** Cases showing a partial write until the person retried, and the actions they belong to. */
  readonly transient: number;
  readonly transientActions: readonly string[];
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
  const timeline = (d.timeline as Doc[]).map(({ kind, text, private: p, from, to, actor }) => ({
    kind,
    text,
    p,
    from,
    to,
    actor,
  }));
  const checklist = Object.entries(d.checklist as Record<string, Doc>)
    .map(([id, t]) => `${id}:${String(t.done)}:${String(t.by)}`)
    .sort();
  const at = d.nextReminderAt;
  const fields = [
    'symptomId',
    'causeIds',
    'channelId',
    'note',
    'status',
    'version',
    'submittedOn',
    'escalatedTo',
  ];
  return canonical({
    ...Object.fromEntries(fields.map((k) => [k, d[k]])),
    expected: [d.expectedReplyOn, d.replyBeyondYear, at instanceof Date ? at.toISOString() : (at ?? null)],
    timeline,
    checklist,
  });
}

export type Visible = Readonly<Record<Scope, string>>;

/** Who may see the appeal, as the owner's page shows it: helpers and OPEN invitations (by label). */
function familyOf(world: World, owner: string, docs: readonly Doc[]): string {
  const helpers = docs.map((d) =>
    ((d.helpers as Doc[] | undefined) ?? [])
      .map((h) => String(h.label))
      .sort()
      .join(','),
  );
  const now = Date.now();
  const open = (world.cloud.store.find('invitations', { ownerOpenid: owner }) as Doc[])
    .filter((d) => !d.usedBy && !d.revokedAt && new Date(d.expiresAt as Date).getTime() > now)
    .map((d) => String(d.label))
    .sort();
  return canonical({ helpers: helpers.sort(), open });
}

/** The owner's state as they can see it, per scope (ids, clocks and delivery bookkeeping left out). */
export function visibleState(world: World, owner: string): Visible {
  const docs = world.cloud.store.find('appeals', { _openid: owner }) as Doc[];
  const ids = new Set(docs.map((d) => d._id));
  // Whatever outlives a deleted appeal (its messages, its invitations) is a leftover too.
  const orphans = [
    ...(world.cloud.store.find('notifications', { owner }) as Doc[]),
    ...(world.cloud.store.find('invitations', { ownerOpenid: owner }) as Doc[]),
  ].filter((d) => !ids.has(d.appealId));
  const doc = world.cloud.store.find('subscriptions', { _id: owner })[0] as Doc | undefined;
  const ledger = NOTIFICATION_TEMPLATES.map((t) => ledgerEntry(doc, t))
    .filter((e) => e !== null)
    .map((e) => `${e.template}:${e.accepted}:${e.banned}`);
  return {
    appeal: canonical({
      appeals: docs.map(visibleAppeal).sort(),
      orphans: orphans.length,
      family: familyOf(world, owner, docs),
    }),
    ledger: canonical(ledger),
  };
}

// ───────────────────────────── owners and references ─────────────────────────────

let owners = 0;
const newOwner = (role = 'owner') => testOpenid(`fault-${role}-${process.pid}-${owners++}`);

/** One case's people and their appeal: like the world's target (submitted, a private note, a tick, family). */
interface Cast {
  readonly owner: string;
  readonly helper: string;
  readonly newcomer: string;
  readonly target: Target;
}

/** A cast to copy, with its documents as they were right after it was made. */
interface Template extends Cast {
  readonly docs: Readonly<Record<string, readonly Doc[]>>;
}

const COLLECTIONS_OF_A_CAST = ['appeals', 'notifications', 'subscriptions', 'invitations'];

async function template(world: World): Promise<Template> {
  const cast = await freshCast(world);
  const snapshot = world.cloud.store.snapshot();
  const docs = Object.fromEntries(
    COLLECTIONS_OF_A_CAST.map((c) => [
      c,
      (snapshot[c] ?? []).filter((d) => {
        const text = JSON.stringify(d);
        return text.includes(cast.owner) || text.includes(cast.target.appeal.id);
      }),
    ]),
  );
  return { ...cast, docs };
}

async function freshCast(world: World): Promise<Cast> {
  const owner = newOwner();
  await grantCredits(world.cloud, owner, 'progressUpdate', 4);
  const created = unwrap<AppealView>(await world.as(owner, 'create', { ...DIAGNOSIS, note: '私人备注' }));
  const submitted = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', {
      id: created.id,
      to: 'submitted',
      expectedVersion: created.version,
    }),
  );
  unwrap(await world.as(owner, 'addNote', { id: submitted.id, text: '只给自己看', private: true }));
  let appeal = unwrap<AppealView>(
    await world.as(owner, 'tickChecklist', {
      id: submitted.id,
      itemId: submitted.checklist[1].id,
      done: true,
    }),
  );
  const helper = newOwner('helper');
  const { token } = await joinAsHelper(world, owner, appeal, helper);
  appeal = unwrap<AppealView>(await world.as(owner, 'get', { id: appeal.id }));
  return {
    owner,
    helper,
    newcomer: newOwner('newcomer'),
    target: { appeal, today: world.target.today, token },
  };
}

/** Who makes `action` in this cast (the table's actor). */
function callerIn(cast: Cast, action: AppealAction): string {
  const role = entryOf(action).actor ?? 'owner';
  return role === 'helper' ? cast.helper : role === 'stranger' ? cast.newcomer : cast.owner;
}

/** Replace every occurrence of the keys of `map` in every string of `value` (Dates and numbers kept as they are). */
function rename<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') {
    let out: string = value;
    for (const [from, to] of map) out = out.split(from).join(to);
    return out as T;
  }
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => rename(v, map)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k, map), rename(v, map)])) as T;
}

/**
 * A copy of `template` for new people: its documents written straight into the store under new openids and ids
 * (a new token for the open invitation), and the owner's credits on WeChat's side. As built by `freshCast`,
 * without its dozen calls: hundreds of cases can each have their own.
 */
function cloneCast(world: World, template: Template): Cast {
  const owner = newOwner();
  const helper = newOwner('helper');
  const id = randomBytes(16).toString('hex');
  const token = randomBytes(24).toString('base64url');
  const map = new Map<string, string>([
    [template.owner, owner],
    [template.target.appeal.id, id],
    [template.helper, helper],
    ...(template.target.token
      ? [[hashToken(template.target.token), hashToken(token)] as [string, string]]
      : []),
  ]);
  // Token hashes are unique: the used invitation's copy gets a hash nobody holds the token of.
  for (const inv of template.docs.invitations ?? []) {
    if (!map.has(String(inv.tokenHash))) map.set(String(inv.tokenHash), randomBytes(32).toString('hex'));
  }
  for (const [collection, docs] of Object.entries(template.docs)) {
    const copies = docs.map((d) => {
      const copy = rename(d, map);
      // Ids the template's documents got from the database: fresh ones for the copies.
      return String(copy._id) !== String(d._id) ? copy : { ...copy, _id: randomBytes(16).toString('hex') };
    });
    if (copies.length) world.cloud.store.insert(collection, copies);
  }
  for (let i = 0; i < 4; i++)
    world.cloud.grantSubscription(owner, deployConfig.templates.progressUpdate.id, 'accept');
  const appeal = rename(template.target.appeal, map);
  const invites = appeal.invites.map((inv) => ({ ...inv, id: inviteIdOf(world, id, inv.label) }));
  return {
    owner,
    helper,
    newcomer: newOwner('newcomer'),
    target: { ...template.target, appeal: { ...appeal, invites }, token },
  };
}

/** The id the copy of an open invitation got (ids are not renamed, they are new). */
function inviteIdOf(world: World, appealId: string, label: string): string {
  const open = (world.cloud.store.find('invitations', { appealId }) as Doc[]).find(
    (d) => !d.usedBy && d.label === label,
  );
  return String(open?._id ?? 'missing');
}

const label = (r: ObservedRequest) =>
  `${r.action}${typeof r.params.collectionName === 'string' ? ` ${r.params.collectionName}` : ''}`;

function payloadFor(action: AppealAction, target: Target): Record<string, unknown> {
  return { action, ...entryOf(action).valid(target) };
}

interface Reference {
  readonly trace: readonly string[];
  readonly pre: Visible;
  readonly post: Visible;
  readonly twice: Visible;
}

/** A clean run for a fresh cast: the requests the action makes, the owner's states before, after, after twice. */
async function reference(world: World, action: AppealAction): Promise<Reference> {
  const cast = await freshCast(world);
  const caller = callerIn(cast, action);
  const trace: string[] = [];
  const stop = world.cloud.onRequest(
    (r) => void (r.caller.fn === 'appeal' && r.caller.openid === caller && trace.push(label(r))),
  );
  const pre = visibleState(world, cast.owner);
  await world.call(caller, payloadFor(action, cast.target));
  stop();
  const post = visibleState(world, cast.owner);
  await world.call(caller, payloadFor(action, cast.target));
  return { trace, pre, post, twice: visibleState(world, cast.owner) };
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

/** The person's call under fault (and their retry): through the short-timeout copy of `appeal`. */
async function attempt(
  world: World,
  owner: string,
  event: unknown,
): Promise<{ reply: Reply | null; text: string }> {
  try {
    const reply = await world.callShort(owner, event);
    return { reply, text: preview(reply, 120) };
  } catch (e) {
    return { reply: null, text: `call failed: ${String((e as { errCode?: unknown }).errCode ?? e)}` };
  }
}

/** Where `s` stands against the reference, per scope; and which scopes are partial (`allowed` states only). */
function judge(
  s: Visible,
  ref: Reference,
  allowed: ReadonlyArray<keyof Reference>,
): { name: string; partial: Scope[] } {
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

interface Prepared {
  readonly cast: Cast;
  readonly from: Since;
}

function prepare(world: World, template: Template): Prepared {
  const cast = cloneCast(world, template);
  return { cast, from: since(world.cloud, cast.target.appeal.id) };
}

async function appealCase(world: World, c: CaseSpec, p: Prepared): Promise<Pending> {
  const { action, ref, position, kind } = c;
  const { owner } = p.cast;
  const caller = callerIn(p.cast, action);
  const event = payloadFor(action, p.cast.target);
  const disarm = arm(world, SHORT_FN, caller, position, kind);
  const first = await attempt(world, caller, event);
  const atReply = visibleState(world, owner);
  if (kind === 'timeout') await sleep(HANG_MS + 300);
  disarm();
  const settled = visibleState(world, owner);
  if (!first.reply?.ok) await attempt(world, caller, event);
  const retried = visibleState(world, owner);
  const retriedOk = first.reply?.ok ? ['post'] : ['post', 'twice'];
  const judged = [
    judge(atReply, ref, ['pre', 'post']),
    judge(settled, ref, ['pre', 'post']),
    judge(retried, ref, retriedOk as Array<keyof Reference>),
  ];
  const final = judged[2].partial;
  return {
    fn: 'appeal',
    action,
    kind,
    position,
    request: ref.trace[position],
    states: judged.map((j) => j.name),
    partial: final,
    transient: [...new Set([...judged[0].partial, ...judged[1].partial])].filter((x) => final.indexOf(x) < 0),
    retryDuplicated: judged[2].name === 'twice' && canonical(ref.twice) !== canonical(ref.post),
    duplicates: 0,
    reply: first.text,
    appealId: p.cast.target.appeal.id,
    from: p.from,
  };
}

/** An owner whose status change could not be delivered inline (the claim failed): a notice waits for the timer. */
async function pendingNotice(world: World): Promise<{ owner: string; appeal: AppealView }> {
  const owner = newOwner('remind');
  await grantCredits(world.cloud, owner, 'progressUpdate', 2);
  const created = unwrap<AppealView>(await world.as(owner, 'create', DIAGNOSIS));
  const claim = (r: FaultRequest) =>
    r.fn === 'appeal' &&
    r.openid === owner &&
    r.action === 'database.insertDocument' &&
    r.collection === 'notifications';
  world.cloud.faults.failNext(claim, { error: 'SYS_ERR' });
  const appeal = unwrap<AppealView>(
    await world.as(owner, 'changeStatus', {
      id: created.id,
      to: 'submitted',
      expectedVersion: created.version,
    }),
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

async function remindCase(
  world: World,
  trace: readonly string[],
  position: number,
  kind: FaultKind,
): Promise<FaultOutcome> {
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
    transient: [],
    retryDuplicated: false,
    duplicates: accountMessages(world.cloud, appeal.id, from).duplicates,
    reply: preview(report, 120),
  };
}

// ───────────────────────────── running ─────────────────────────────

/** The writing actions of the table: each gets every fault kind at every request it makes. */
export function writingActions(): AppealAction[] {
  return ACTION_NAMES.filter((a) => entryOf(a).writes);
}

interface CaseSpec {
  readonly action: AppealAction;
  readonly ref: Reference;
  readonly position: number;
  readonly kind: FaultKind;
}

/** Each case gets its own copy of the template cast; their faulted calls run `together` at a time. */
async function runCases(
  world: World,
  specs: readonly CaseSpec[],
  template: Template,
  together: number,
): Promise<Pending[]> {
  const out: Pending[] = [];
  for (let i = 0; i < specs.length; i += together) {
    const group = specs.slice(i, i + together);
    const casts = group.map(() => prepare(world, template));
    out.push(...(await Promise.all(group.map((c, j) => appealCase(world, c, casts[j])))));
  }
  return out;
}

async function appealCases(
  world: World,
  actions: readonly AppealAction[],
  kinds: readonly FaultKind[],
  parallel: number,
) {
  const specs: CaseSpec[] = [];
  for (const action of actions) {
    const ref = await reference(world, action);
    for (let position = 0; position < ref.trace.length; position++) {
      for (const kind of kinds) specs.push({ action, ref, position, kind });
    }
  }
  const model = await template(world);
  const quick = specs.filter((c) => c.kind !== 'timeout');
  const slow = specs.filter((c) => c.kind === 'timeout');
  const done = [
    ...(await runCases(world, quick, model, parallel)),
    ...(await runCases(world, slow, model, slow.length || 1)),
  ];
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
    for (const kind of kinds.filter((k) => k !== 'timeout'))
      outcomes.push(await remindCase(world, trace, position, kind));
  }
  world.cloud.faults.clear();
  const count = (scope: Scope) => outcomes.filter((o) => o.partial.indexOf(scope) >= 0).length;
  return {
    cases: outcomes.length,
    partial: outcomes.filter((o) => o.partial.length > 0).length,
    partialByScope: { appeal: count('appeal'), ledger: count('ledger') },
    transient: outcomes.filter((o) => o.transient.length > 0).length,
    transientActions: [
      ...new Set(outcomes.filter((o) => o.transient.length > 0).map((o) => o.action)),
    ].sort(),
    duplicates: outcomes.reduce((n, o) => n + o.duplicates, 0),
    retryDuplicates: [...new Set(outcomes.filter((o) => o.retryDuplicated).map((o) => o.action))].sort(),
    outcomes,
    ms: Date.now() - started,
  };
}

export function describeFaults(
  report: FaultsReport,
  keep: (o: FaultOutcome) => boolean = (o) => o.partial.length > 0 || o.duplicates > 0,
): string {
  return report.outcomes
    .filter(keep)
    .map(
      (o) =>
        `  ${o.fn}/${o.action} ${o.kind} at #${o.position} (${o.request}): ${o.states.join(' → ')}, ` +
        `${o.duplicates} duplicate message(s); reply ${o.reply}`,
    )
    .join('\n');
}
