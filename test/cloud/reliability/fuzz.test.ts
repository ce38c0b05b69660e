/**
 * Fuzz: for EVERY action of `appeal`, at least 2,000 generated bad inputs through the real call path. Every reply
 * is the stable error envelope with a refusal code (no crash, no INTERNAL, no ok), nothing is written, no message
 * is sent, Object.prototype stays clean, and the function logs no openid. Deterministic: RELIABILITY_SEED replays.
 */
import { ACTION_NAMES } from '../../../tools/reliability/table';
import { DEFAULT_SEED, describeFailures, runFuzz, type FuzzReport } from '../../../tools/reliability/fuzz';
import { captureConsole, linesNamingOpenids, openWorld, type World } from '../../../tools/reliability/world';

jest.setTimeout(180_000);

const PER_ACTION = 2000;
const seed = Number(process.env.RELIABILITY_SEED ?? DEFAULT_SEED);

let world: World;
let report: FuzzReport;
let logs: string[];

beforeAll(async () => {
  world = await openWorld({ tag: 'fuzz' });
  const captured = captureConsole();
  try {
    report = await runFuzz(world, { seed, perAction: PER_ACTION });
  } finally {
    captured.restore();
  }
  logs = captured.lines;
});
afterAll(() => world.close());

describe(`fuzzing every action (seed ${seed})`, () => {
  it(`sends at least ${PER_ACTION} generated bad inputs to each action`, () => {
    for (const action of ACTION_NAMES)
      expect([action, report.perAction[action]?.inputs ?? 0]).toEqual([action, PER_ACTION]);
    expect(report.inputs).toBe(PER_ACTION * ACTION_NAMES.length);
    for (const family of [
      'wrongType',
      'operator',
      'deepNesting',
      'hugeString',
      'unicodeIdentifier',
      'extraKey',
      'missingField',
      'refused',
      'action',
      'anonymous',
    ]) {
      expect([family, (report.families[family] ?? 0) > 0]).toEqual([family, true]);
    }
  });

  it('answers every one with the stable error envelope: 0 crashes', () => {
    if (report.crashes > 0) throw new Error(describeFailures(report));
    expect(report.crashes).toBe(0);
  });

  it('writes nothing and sends nothing: 0 writes', () => {
    if (report.writes > 0) throw new Error(describeFailures(report));
    expect(report.writes).toBe(0);
  });

  it('logs no openid while refusing, not even its first characters', () => {
    expect(linesNamingOpenids(logs, Object.values(world.users))).toEqual([]);
  });
});
