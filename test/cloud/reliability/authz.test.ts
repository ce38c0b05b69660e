/**
 * The authorization matrix, role × action × resource: owner, helper and stranger; every action of `appeal` plus the timer function called by a user; the owner's appeal, private words,
 * notifications, reminder ledger and family. Only the cells the table allows are reached; a stranger cannot tell
 * an existing appeal from one that does not exist.
 */
import { ACTION_NAMES, RESOURCES, entryOf } from '../../../tools/reliability/table';
import { describeMismatches, matrixText, runAuthz, type AuthzReport } from '../../../tools/reliability/authz';
import { actorOf, captureConsole, openWorld, type World } from '../../../tools/reliability/world';

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
  it('has a row for each of the three people and every action of the function', () => {
    const rows = new Set(report.cells.map((c) => `${c.role} ${c.action}`));
    for (const role of ['owner', 'helper', 'stranger'])
      for (const action of [...ACTION_NAMES, 'remind']) expect(rows).toContain(`${role} ${action}`);
  });

  it('sees every resource change or show: no probe is blind', () => {
    // Each resource is reached by the owner with some action; a probe that never fires would hide every leak.
    const reached = report.cells.filter((c) => c.role === 'owner' && c.reached).map((c) => c.resource);
    expect([...new Set(reached)].sort()).toEqual([...RESOURCES].sort());
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
