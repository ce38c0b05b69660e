/**
 * Benchmark: reliability and security of the cloud functions, as figures. The SAME engines as the jest tests
 * (tools/reliability/*), on the local cloud with the deployable bundles (built first); the fuzzer runs a
 * longer pass here (RELIABILITY_FUZZ_PER_ACTION, default 5 000 inputs per action; the tests use 2 000).
 *
 *   fuzz.inputs          replies received to generated bad inputs (every action of `appeal`)
 *   fuzz.crashes         replies that were not the stable error envelope with a refusal code (or a failed call)
 *   fuzz.writes          inputs after which the store had changed or a message had been sent
 *   authz.cells          role × action × resource cells tried (owner, helper, stranger)
 *   authz.leaks          cells reached that the table forbids, plus stranger replies that tell an appeal exists
 *   concurrency.lost     accepted changes missing from the history / broken status chains / wrong final states
 *   faults.partial       fault cases leaving a partial write behind after the retry (must be 0)
 *   reliability.duplicates  messages sent twice for one key, over the concurrency run and every fault case
 *                        (notify.bench.ts prints notify.duplicates for the timer alone)
 *   privacy.samples      generated card, ID and mobile numbers the function took in (every free-text field)
 *                        or a share card was built with
 *   privacy.cloud.leaks  places a number was found unmasked (store, replies, messages, logs, share cards) plus
 *                        log lines with an openid or a person's words
 */
import { buildCloudFunctions } from '../build/cloudfunctions';
import { runAuthz } from '../../tools/reliability/authz';
import { runConcurrency } from '../../tools/reliability/concurrency';
import { FAULT_WORLD_TIMEOUT_S, runFaults } from '../../tools/reliability/faults';
import { DEFAULT_SEED, runFuzz } from '../../tools/reliability/fuzz';
import { runPrivacy } from '../../tools/reliability/privacy';
import { captureConsole, openWorld, type World, type WorldOptions } from '../../tools/reliability/world';

async function inWorld<T>(opts: WorldOptions, body: (world: World) => Promise<T>): Promise<T> {
  const world = await openWorld(opts);
  const captured = captureConsole();
  try {
    return await body(world);
  } finally {
    captured.restore();
    await world.close();
  }
}

export async function run(): Promise<Array<[string, number]>> {
  await buildCloudFunctions({ log: () => undefined });
  const perAction = Number(process.env.RELIABILITY_FUZZ_PER_ACTION ?? 5000);
  const seed = Number(process.env.RELIABILITY_SEED ?? DEFAULT_SEED);
  const fuzz = await inWorld({ tag: 'bench-fuzz' }, (w) => runFuzz(w, { seed, perAction }));
  const authz = await inWorld({ tag: 'bench-authz' }, (w) => runAuthz(w));
  const concurrency = await inWorld({ tag: 'bench-concurrency', appealTimeoutS: 60 }, (w) =>
    runConcurrency(w),
  );
  const faults = await inWorld({ tag: 'bench-faults', shortTimeoutS: FAULT_WORLD_TIMEOUT_S }, (w) =>
    runFaults(w),
  );
  const privacy = await inWorld({ tag: 'bench-privacy' }, (w) => runPrivacy(w));
  return [
    ['fuzz.inputs', fuzz.inputs],
    ['fuzz.crashes', fuzz.crashes],
    ['fuzz.writes', fuzz.writes],
    ['authz.cells', authz.cells.length],
    ['authz.leaks', authz.leaks],
    ['concurrency.lost', concurrency.lost],
    ['faults.partial', faults.partial],
    ['reliability.duplicates', concurrency.duplicates + faults.duplicates],
    ['privacy.samples', privacy.accepted],
    ['privacy.cloud.leaks', privacy.leaks.length + privacy.logLeaks.length],
  ];
}

if (/reliability\.bench\.[jt]s$/.test(process.argv[1] || '')) {
  run().then(
    (rows) => rows.forEach(([name, value]) => console.log(`${name}: ${value}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
