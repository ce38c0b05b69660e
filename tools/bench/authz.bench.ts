/**
 * Benchmark: the authorization matrix of test/support/reliability (THE table of who may reach what, shared with
 * test/cloud/reliability/authz.test.ts), run on the local cloud with the deployable bundle.
 *
 *   authz.cells   role × action pairs tried: owner, helper and stranger × every action of `appeal` (and the
 *                 timer function called by a user); each is probed for every resource of the owner
 *   authz.leaks   cells reached that the table forbids, plus existence oracles for a stranger; must be 0
 */
import { buildCloudFunctions } from '../build/cloudfunctions';
import { runAuthz } from '../../test/support/reliability/authz';
import { captureConsole, openWorld } from '../../test/support/reliability/world';

export async function run(): Promise<Array<[string, number]>> {
  await buildCloudFunctions({ log: () => undefined });
  const quiet = captureConsole();
  try {
    const world = await openWorld({ tag: 'authz-bench' });
    try {
      if (world.helperPending) throw new Error(`helper role not set up: ${world.helperPending}`);
      const report = await runAuthz(world);
      const pairs = new Set(report.cells.map((c) => `${c.role}:${c.action}`));
      return [
        ['authz.cells', pairs.size],
        ['authz.leaks', report.leaks],
      ];
    } finally {
      await world.close();
    }
  } finally {
    quiet.restore();
  }
}
