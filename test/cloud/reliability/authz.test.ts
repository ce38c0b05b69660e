/**
 * The authorization matrix, role × action × resource: owner, helper (once the family-helper role exists) and
 * stranger; every action of `appeal` plus the timer function called by a user; the owner's appeal, private words,
 * notifications, reminder ledger and family. Only the cells the table allows are reached; a stranger cannot tell
 * an existing appeal from one that does not exist.
 */
import { ACTION_NAMES, RESOURCES, ROLE_NAMES, entryOf } from '../../../tools/reliability/table';
import {
  FUNCTIONS,
  describeMismatches,
  matrixText,
  runAuthz,
  type AuthzReport,
} from '../../../tools/reliability/authz';
import {
  actorOf,
  captureConsole,
  hasHelperRole,
  openWorld,
  type World,
} from '../../../tools/reliability/world';

jest.setTimeout(60_000);

let world: World;
let report: AuthzReport;

beforeAll(async () => {
  world = await openWorld({ tag: 'authz' });
  const captured = captureConsole();
  try {
    report = await runAuthz(world);
  } finally {
    captured.restore();
  }
});
afterAll(() => world.close());

describe('authorization matrix', () => {
  it('runs the helper row as soon as the family-helper role exists', () => {
    if (hasHelperRole()) expect(world.helperPending).toBeNull();
    else expect(report.pending.helper).toMatch(/does not exist yet/);
  });

  it('tries every role × action × resource cell', () => {
    const roles = ROLE_NAMES.filter((r) => world.users[r] !== null);
    expect(report.cells).toHaveLength(
      roles.length * (ACTION_NAMES.length + Object.keys(FUNCTIONS).length) * RESOURCES.length,
    );
  });

  it('reaches exactly the cells the table allows', () => {
    if (report.mismatches.length) throw new Error(`${describeMismatches(report)}\n\n${matrixText(report)}`);
    expect(report.mismatches).toEqual([]);
  });

  it('leaks nothing: 0 leaks', () => {
    expect(report.leaks).toBe(0);
    expect(report.oracles).toEqual([]);
  });

  it('accepts each action’s valid payload from the one who normally makes it', async () => {
    const refused: string[] = [];
    for (const action of ACTION_NAMES) {
      world.reset();
      const reply = await world.call(actorOf(world, action), {
        action,
        ...entryOf(action).valid(world.target),
      });
      if (!reply.ok) refused.push(`${action}: ${reply.error.code} ${reply.error.message}`);
    }
    world.reset();
    expect(refused).toEqual([]);
  });
});
