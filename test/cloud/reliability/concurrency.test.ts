/**
 * Concurrency on one appeal from two users: 100 status changes and 100 checklist ticks in flight at once, then
 * two writers racing through 60 more — complete history, no lost update, exactly one message per accepted change.
 */
import { runConcurrency, type ConcurrencyReport } from '../../../tools/reliability/concurrency';
import { captureConsole, openWorld, type World } from '../../../tools/reliability/world';

jest.setTimeout(120_000);

let world: World;
let report: ConcurrencyReport;

beforeAll(async () => {
  // 200 calls in flight share one local process (each has its own instance on the platform): a longer timeout.
  world = await openWorld({ tag: 'concurrency', appealTimeoutS: 60 });
  const captured = captureConsole();
  try {
    report = await runConcurrency(world);
  } finally {
    captured.restore();
  }
});
afterAll(() => world.close());

describe('concurrent changes on one appeal', () => {
  it('comes from two users (and a stranger who changes nothing)', () => {
    expect(report.users).toHaveLength(3);
    expect(report.problems).toEqual([]);
  });

  it('lets through what the version guard allows, and ticks all', () => {
    const [burst, sustained] = report.phases;
    expect(burst.statusAttempts).toBeGreaterThanOrEqual(100);
    expect(burst.statusAccepted).toBeGreaterThanOrEqual(1);
    expect(burst.ticksAccepted).toBe(100);
    expect(sustained.statusAccepted).toBe(60);
    expect(sustained.ticksAccepted).toBe(60);
  });

  it('loses no update: every accepted change is in the history, once, in one chain: 0 lost', () => {
    expect(report.phases.map((p) => [p.name, p.lost])).toEqual([
      ['burst', 0],
      ['sustained', 0],
    ]);
    expect(report.lost).toBe(0);
  });

  it('sends each recipient one message for the whole burst of accepted changes', () => {
    expect(report.messageGaps).toBe(0);
    expect(report.duplicates).toBe(0);
    for (const p of report.phases) {
      expect(p.messages.deliveries).toBeGreaterThan(0);
      expect(p.messages.deliveries).toBeLessThan(Math.max(2, p.statusAccepted));
    }
  });
});
