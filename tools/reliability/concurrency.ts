/**
 * Concurrency on one appeal, from two users (the owner and the helper; until the helper role exists, the owner on
 * two devices — a helper may not change the status anyway) while a stranger hammers the same appeal:
 *
 *   burst      100 status changes in flight at once, each with the version its user just read (plus one retry on
 *              CONFLICT), and 100 checklist ticks: the version guard must let exactly the right ones through.
 *   sustained  60 status changes by two writers racing each other (each retries on CONFLICT until accepted, as
 *              the page does after reloading), with 60 ticks from both users landing in between.
 *
 * Afterwards, and after the timer has swept: every accepted change is in the history exactly once, the status
 * history is one unbroken chain ending at the current status, each item's final state is its last recorded tick,
 * the version counts every accepted write, the stranger left no trace, and every accepted status change produced
 * exactly one message (one key, one delivery).
 */
import type { AppealView, TimelineEntry } from '../../miniprogram/domain/appeal/contract';
import type { AppealStatus } from '../../miniprogram/domain/appeal/status';
import { checklistItemName } from '../../cloudfunctions/appeal/src/catalog';
import { makeGenerators, type Generators } from './generators';
import { DIAGNOSIS } from './table';
import { accountMessages, laterInstants, sweepAt, type MessageAccount } from './messages';
import { grantCredits, joinAsHelper, unwrap, type Reply, type World } from './world';

export interface ConcurrencyOptions {
  /** Status changes and ticks in flight at once (burst phase). */
  readonly burst?: number;
  /** Status changes and ticks of the two racing writers (sustained phase). */
  readonly sustained?: number;
  readonly seed?: number;
}

export interface PhaseReport {
  readonly name: string;
  readonly statusAttempts: number;
  readonly statusAccepted: number;
  readonly conflicts: number;
  readonly ticksAccepted: number;
  /** Accepted changes missing from the history, broken chains, final states that disagree with the history. */
  readonly lost: number;
  readonly messages: MessageAccount;
  /** No message for an accepted burst, + messages beyond one per recipient, + |deliveries − messages sent| */
  readonly messageGaps: number;
  readonly problems: readonly string[];
}

export interface ConcurrencyReport {
  readonly users: readonly string[];
  readonly phases: readonly PhaseReport[];
  readonly lost: number;
  readonly duplicates: number;
  readonly messageGaps: number;
  readonly problems: readonly string[];
  readonly ms: number;
}

/** The next move of a status that can go on for ever: 准备 → 提交 → 审核 ⇄ 补充材料. */
const CYCLE: Readonly<Partial<Record<AppealStatus, AppealStatus>>> = {
  preparing: 'submitted',
  submitted: 'reviewing',
  reviewing: 'needs-more',
  'needs-more': 'reviewing',
};

/** Calls of a burst start within this window: all in flight together. */
const SPREAD_MS = 400;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Tally {
  attempts: number;
  accepted: number;
  conflicts: number;
  ticksAccepted: number;
  problems: string[];
}

interface Change {
  readonly openid: string;
  /** Pause before each try (drawn up front, so the plan is the same for the same seed). */
  readonly pausesMs: readonly number[];
}

/** Read, change with the version read, and on CONFLICT read again and retry, until accepted or out of tries. */
async function statusChange(
  world: World,
  id: string,
  { openid, pausesMs }: Change,
  t: Tally,
): Promise<boolean> {
  for (const pause of pausesMs) {
    await sleep(pause);
    const view = unwrap<AppealView>(await world.as(openid, 'get', { id }));
    const to = CYCLE[view.status];
    if (!to) return (void t.problems.push(`status left the cycle: ${view.status}`), false);
    t.attempts++;
    const reply = await world.as(openid, 'changeStatus', { id, to, expectedVersion: view.version });
    if (reply.ok) return (void t.accepted++, true);
    if (reply.error.code !== 'CONFLICT')
      return (void t.problems.push(`changeStatus refused: ${reply.error.code}`), false);
    t.conflicts++;
  }
  return false;
}

interface Tick {
  readonly openid: string;
  readonly itemId: string;
  readonly done: boolean;
  readonly delayMs: number;
}

async function tick(
  world: World,
  id: string,
  { openid, itemId, done, delayMs }: Tick,
  t: Tally,
): Promise<void> {
  await sleep(delayMs);
  const reply = await world.as(openid, 'tickChecklist', { id, itemId, done });
  if (reply.ok) t.ticksAccepted++;
  else t.problems.push(`tick refused: ${reply.error.code}`);
}

async function intrude(world: World, openid: string, id: string, itemId: string, t: Tally): Promise<void> {
  const replies: Reply[] = await Promise.all([
    world.as(openid, 'tickChecklist', { id, itemId, done: true }),
    world.as(openid, 'changeStatus', { id, to: 'submitted', expectedVersion: 0 }),
    world.as(openid, 'addNote', { id, text: '陌生人的备注' }),
  ]);
  for (const r of replies)
    if (r.ok || r.error.code !== 'NOT_FOUND') t.problems.push(`stranger got ${JSON.stringify(r)}`);
}

interface StoredAppeal {
  readonly status: AppealStatus;
  readonly version: number;
  readonly timeline: TimelineEntry[];
  readonly checklist: Record<string, { done: boolean }>;
  readonly pendingNotices?: unknown[];
}

/** Compare the stored history with what the callers were told. */
function checkHistory(
  doc: StoredAppeal,
  t: Tally,
  baseVersion: number,
): { lost: number; problems: string[] } {
  const problems: string[] = [];
  const statusEntries = doc.timeline.filter((e) => e.kind === 'status');
  const tickEntries = doc.timeline.filter((e) => e.kind === 'checklist');
  let lost = Math.abs(statusEntries.length - t.accepted) + Math.abs(tickEntries.length - t.ticksAccepted);
  let at: AppealStatus = 'preparing';
  for (const e of statusEntries) {
    if (e.from !== at) lost++;
    at = e.to as AppealStatus;
  }
  if (at !== doc.status) lost++;
  for (const [itemId, stored] of Object.entries(doc.checklist)) {
    const name = checklistItemName(itemId);
    const last = [...tickEntries].reverse().find((e) => e.text.endsWith(`：${name}`));
    if (last && last.text.startsWith('备好了') !== stored.done) lost++;
  }
  if (doc.version !== baseVersion + t.accepted + t.ticksAccepted) {
    lost++;
    problems.push(`version ${doc.version}, expected ${baseVersion + t.accepted + t.ticksAccepted}`);
  }
  if (doc.timeline.some((e) => e.text.includes('陌生人'))) problems.push('a stranger wrote into the history');
  if (lost > 0) problems.push(`history: ${statusEntries.length} status / ${tickEntries.length} tick entries`);
  return { lost, problems };
}

interface Plan {
  readonly name: string;
  readonly changes: (g: Generators) => Array<(id: string, t: Tally) => Promise<unknown>>;
}

interface Cast {
  readonly owner: string;
  readonly second: string;
  readonly stranger: string;
}

function ticksFor(
  world: World,
  cast: Cast,
  items: readonly string[],
  n: number,
  windowMs: number,
  g: Generators,
) {
  return Array.from({ length: n }, (_x, i) => {
    const plan: Tick = {
      openid: i % 2 ? cast.second : cast.owner,
      itemId: g.pick(items),
      done: g.rand() < 0.6,
      delayMs: g.int(windowMs),
    };
    return (id: string, t: Tally) => tick(world, id, plan, t);
  });
}

async function runPhase(world: World, cast: Cast, plan: Plan, g: Generators): Promise<PhaseReport> {
  let appeal = unwrap<AppealView>(await world.as(cast.owner, 'create', DIAGNOSIS));
  if (cast.second !== cast.owner) {
    await joinAsHelper(world, cast.owner, appeal, cast.second);
    appeal = unwrap<AppealView>(await world.as(cast.owner, 'get', { id: appeal.id }));
  }
  const t: Tally = { attempts: 0, accepted: 0, conflicts: 0, ticksAccepted: 0, problems: [] };
  const work = plan.changes(g);
  const items = appeal.checklist.map((c) => c.id);
  await Promise.all([
    ...work.map((w) => w(appeal.id, t)),
    ...Array.from({ length: 10 }, () => intrude(world, cast.stranger, appeal.id, items[0], t)),
  ]);
  await sweepAt(world.cloud, laterInstants());
  const doc = world.cloud.store.find('appeals', { _id: appeal.id })[0] as unknown as StoredAppeal;
  const history = checkHistory(doc, t, appeal.version);
  const messages = accountMessages(world.cloud, appeal.id);
  // The changes of a phase are one burst: each recipient gets one progress message for all of them.
  const sentTo = (
    world.cloud.store.find('notifications', { appealId: appeal.id }) as Array<Record<string, unknown>>
  )
    .filter((d) => d.template === 'progressUpdate' && d.state === 'sent')
    .map((d) => String(d._openid));
  const sent = sentTo.length;
  const recipients = new Set(sentTo).size;
  if ((doc.pendingNotices ?? []).length > 0)
    t.problems.push(`${doc.pendingNotices?.length} notices still pending`);
  return {
    name: plan.name,
    statusAttempts: t.attempts,
    statusAccepted: t.accepted,
    conflicts: t.conflicts,
    ticksAccepted: t.ticksAccepted,
    lost: history.lost,
    messages,
    messageGaps:
      (t.accepted > 0 && sent === 0 ? 1 : 0) + (sent - recipients) + Math.abs(messages.deliveries - sent),
    problems: [...t.problems, ...history.problems],
  };
}

function plans(world: World, cast: Cast, n: number, m: number): Plan[] {
  const writers = cast.second === cast.owner ? [cast.owner, cast.owner] : [cast.owner];
  const items = () => world.target.appeal.checklist.map((c) => c.id);
  return [
    {
      name: 'burst',
      changes: (g) => [
        ...Array.from({ length: n }, (_x, i) => {
          const change: Change = {
            openid: writers[i % writers.length],
            pausesMs: [g.int(SPREAD_MS), 1 + g.int(50)],
          };
          return (id: string, t: Tally) => statusChange(world, id, change, t);
        }),
        ...ticksFor(world, cast, items(), n, SPREAD_MS, g),
      ],
    },
    {
      name: 'sustained',
      changes: (g) => [
        // Two writers (devices) racing: each keeps going until its half of the changes is accepted.
        ...[0, 1].map((w) => async (id: string, t: Tally) => {
          for (let done = 0, tries = 0; done < m / 2 && tries < m * 4; tries++) {
            const change: Change = { openid: writers[w % writers.length], pausesMs: [g.int(3)] };
            if (await statusChange(world, id, change, t)) done++;
          }
        }),
        ...ticksFor(world, cast, items(), m, m * 25, g),
      ],
    },
  ];
}

export async function runConcurrency(
  world: World,
  opts: ConcurrencyOptions = {},
): Promise<ConcurrencyReport> {
  const started = Date.now();
  const n = opts.burst ?? 100;
  const m = opts.sustained ?? 60;
  const g = makeGenerators(opts.seed ?? 7);
  world.reset();
  const owner = world.users.owner;
  const cast: Cast = { owner, second: world.users.helper, stranger: world.users.stranger };
  const t0 = Date.now();
  await grantCredits(world.cloud, owner, 'progressUpdate', n + m);
  if (process.env.RELIABILITY_DEBUG) console.warn('grant', Date.now() - t0, 'ms');
  const phases: PhaseReport[] = [];
  for (const plan of plans(world, cast, n, m)) {
    const t0 = Date.now();
    phases.push(await runPhase(world, cast, plan, g));
    if (process.env.RELIABILITY_DEBUG) console.warn(plan.name, Date.now() - t0, 'ms');
  }
  world.reset();
  const sum = (f: (p: PhaseReport) => number) => phases.reduce((s, p) => s + f(p), 0);
  return {
    users:
      cast.second === owner
        ? ['owner (device 1)', 'owner (device 2)', 'stranger']
        : ['owner', 'helper', 'stranger'],
    phases,
    lost: sum((p) => p.lost),
    duplicates: sum((p) => p.messages.duplicates),
    messageGaps: sum((p) => p.messageGaps),
    problems: phases.flatMap((p) => p.problems.map((x) => `${p.name}: ${x}`)),
    ms: Date.now() - started,
  };
}
