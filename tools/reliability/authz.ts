/**
 * The authorization matrix: role × action × resource. For each role and action, the world is put back to its
 * baseline, the action's valid payload (tools/reliability/table.ts) aimed at the owner's appeal is sent as
 * that role, and each resource of the owner is probed: did the call CHANGE it (store before/after) or REVEAL it
 * (the reply carries it)? A cell is "reached" when either happened; it must match the table's `access`.
 * A leak is a cell reached that the table says must not be.
 *
 * Besides: a stranger's reply about the owner's appeal must be identical to their reply about an id that names
 * nothing (no existence oracle), and no user may run the timer function `remind` (its event is forgeable).
 */
import type { AppealAction } from '../../miniprogram/domain/appeal/contract';
import type { StoreSnapshot } from '../cloud';
import {
  ACTION_NAMES,
  NO_SUCH_IDS,
  RESOURCES,
  ROLE_NAMES,
  entryOf,
  type Resource,
  type RoleName,
} from './table';
import {
  CREATION_MARK,
  OWNER_CREDITS,
  PRIVATE_MARK,
  HELD_MARK,
  appealDoc,
  canonical,
  docsOf,
  preview,
  type World,
} from './world';

export interface Cell {
  readonly role: RoleName;
  /** An action of `appeal`, or `remind` (the timer function called by a user). */
  readonly action: string;
  readonly resource: Resource;
  readonly expected: boolean;
  readonly reached: boolean;
  /** How it was reached (changed / revealed) and the reply, for the failure message. */
  readonly detail: string;
}

export interface AuthzReport {
  readonly cells: readonly Cell[];
  /** Cells reached that must not be (plus existence oracles and timer calls by users). */
  readonly leaks: number;
  /** Cells whose outcome differs from the table (leaks and wrongly refused). */
  readonly mismatches: readonly Cell[];
  /** Stranger replies that differ between an existing and a non-existing appeal. */
  readonly oracles: readonly string[];
  readonly ms: number;
}

/** Entry points that are not actions of `appeal` but that a user could still call. */
export const FUNCTIONS: Readonly<
  Record<string, { readonly event: () => unknown; readonly access: readonly Resource[] }>
> = {
  // A forged timer event from the future would make every reminder due at once.
  remind: {
    event: () => ({ Type: 'Timer', TriggerName: 'remind', Time: '2099-01-01T01:00:00Z' }),
    access: [],
  },
};

interface Probe {
  changed(before: StoreSnapshot, after: StoreSnapshot): boolean;
  revealed(reply: string): boolean;
}

function probes(world: World): Readonly<Record<Resource, Probe>> {
  const id = world.target.appeal.id;
  const owner = world.users.owner;
  const privateWords = (s: StoreSnapshot) => {
    const doc = appealDoc(s, id) as {
      note?: string;
      timeline?: Array<{ text: string; private?: boolean }>;
    } | null;
    return doc ? [doc.note, ...(doc.timeline ?? []).filter((e) => e.private).map((e) => e.text)] : null;
  };
  const ownerNotices = (s: StoreSnapshot) =>
    docsOf(s, 'notifications').filter((d) => d.appealId === id && d._openid === owner);
  const ledger = (s: StoreSnapshot) => docsOf(s, 'subscriptions').filter((d) => d._openid === owner);
  const family = (s: StoreSnapshot) => [
    (appealDoc(s, id) as { helpers?: unknown } | null)?.helpers ?? null,
    docsOf(s, 'invitations').filter((d) => d.appealId === id),
  ];
  const openInvite = world.target.appeal.invites?.[0]?.id;
  const differs = (f: (s: StoreSnapshot) => unknown) => (a: StoreSnapshot, b: StoreSnapshot) =>
    canonical(f(a)) !== canonical(f(b));
  return {
    appeal: { changed: differs((s) => appealDoc(s, id)), revealed: (r) => r.includes(id) },
    private: {
      changed: differs(privateWords),
      // A note held by the content check is the owner's alone too, until it passes.
      revealed: (r) => r.includes(CREATION_MARK) || r.includes(PRIVATE_MARK) || r.includes(HELD_MARK),
    },
    notifications: { changed: differs(ownerNotices), revealed: (r) => r.includes('"recipient":"owner"') },
    ledger: {
      changed: differs(ledger),
      revealed: (r) =>
        r.includes(`"credits":${OWNER_CREDITS.progressUpdate}`) ||
        r.includes(`"credits":${OWNER_CREDITS.deadlineReminder}`),
    },
    family: { changed: differs(family), revealed: (r) => !!openInvite && r.includes(openInvite) },
  };
}

async function callAs(world: World, role: RoleName, action: string): Promise<string> {
  const openid = world.users[role];
  if (action in FUNCTIONS) {
    const reply = await world.cloud.call(action, FUNCTIONS[action].event(), { openid });
    return JSON.stringify(reply);
  }
  const payload = entryOf(action as AppealAction).valid(world.target);
  return JSON.stringify(await world.call(openid, { action, ...payload }));
}

async function row(
  world: World,
  role: RoleName,
  action: string,
  p: Readonly<Record<Resource, Probe>>,
): Promise<Cell[]> {
  world.reset();
  const outbox = world.cloud.outbox().length;
  const before = world.cloud.store.snapshot();
  const reply = await callAs(world, role, action);
  const after = world.cloud.store.snapshot();
  const sent = world.cloud.outbox().length - outbox;
  const allowed =
    action in FUNCTIONS ? FUNCTIONS[action].access : entryOf(action as AppealAction).access[role];
  return RESOURCES.map((resource) => {
    const changed = p[resource].changed(before, after);
    const revealed = p[resource].revealed(reply);
    const how = [changed && 'changed', revealed && 'revealed', sent > 0 && `${sent} message(s) sent`].filter(
      Boolean,
    );
    return {
      role,
      action,
      resource,
      expected: allowed.indexOf(resource) >= 0,
      reached: changed || revealed,
      detail: `${how.join(' + ') || 'untouched'}; reply ${preview(JSON.parse(reply), 160)}`,
    };
  });
}

/** A stranger must get the same answer for the owner's appeal as for an appeal that does not exist. */
async function existenceOracles(world: World): Promise<string[]> {
  const stranger = world.users.stranger;
  const out: string[] = [];
  for (const action of ACTION_NAMES) {
    const valid = entryOf(action).valid(world.target) as Record<string, unknown>;
    if (valid.id !== world.target.appeal.id) continue;
    world.reset();
    const real = canonical(await world.call(stranger, { action, ...valid }));
    const none = canonical(await world.call(stranger, { action, ...valid, id: NO_SUCH_IDS[0] }));
    if (real !== none) out.push(`${action}: ${real} ≠ ${none}`);
  }
  world.reset();
  return out;
}

export async function runAuthz(world: World): Promise<AuthzReport> {
  const started = Date.now();
  const p = probes(world);
  const cells: Cell[] = [];
  for (const role of ROLE_NAMES) {
    for (const action of [...ACTION_NAMES, ...Object.keys(FUNCTIONS)])
      cells.push(...(await row(world, role, action, p)));
  }
  const oracles = await existenceOracles(world);
  world.reset();
  const mismatches = cells.filter((c) => c.expected !== c.reached);
  const leaks = cells.filter((c) => c.reached && !c.expected).length + oracles.length;
  return { cells, leaks, mismatches, oracles, ms: Date.now() - started };
}

export function describeMismatches(report: AuthzReport): string {
  const lines = report.mismatches.map(
    (c) =>
      `  ${c.role} × ${c.action} × ${c.resource}: expected ${c.expected ? 'reached' : 'out of reach'}, ` +
      `got ${c.reached ? 'reached' : 'out of reach'} (${c.detail})`,
  );
  return [...lines, ...report.oracles.map((o) => `  existence oracle: ${o}`)].join('\n');
}

/** The matrix as text (role rows × action columns, resources reached), for the test output. */
export function matrixText(report: AuthzReport): string {
  const actions = [...new Set(report.cells.map((c) => c.action))];
  const roles = [...new Set(report.cells.map((c) => c.role))];
  const lines = roles.map((role) => {
    const parts = actions.map((a) => {
      const reached = report.cells
        .filter((c) => c.role === role && c.action === a && c.reached)
        .map((c) => c.resource);
      return `${a}:${reached.join('+') || '-'}`;
    });
    return `${role.padEnd(9)} ${parts.join('  ')}`;
  });
  return lines.join('\n');
}
