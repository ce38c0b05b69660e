/**
 * Faults in the middle of every writing action (and of the timer while it delivers): a failing, a lost-reply, a
 * dying and a hanging request at EVERY backend request the action makes. No partial write is left behind, none is
 * visible except between the failure and the person's retry in actions that write several documents, and no
 * message is ever sent twice.
 */
import { ACTION_NAMES, entryOf } from '../../support/reliability/table';
import {
  FAULT_KINDS,
  FAULT_WORLD_TIMEOUT_S,
  describeFaults,
  runFaults,
  writingActions,
  type FaultsReport,
} from '../../support/reliability/faults';
import { captureConsole, openWorld, type World } from '../../support/reliability/world';

jest.setTimeout(180_000);

/**
 * KNOWN GAP: `subscribe` now writes all templates in one transaction, so no half-counted answer is ever
 * visible (the store stays "pre" throughout). What remains flagged: when the function DIES inside that
 * transaction, its locks live until the transaction expires (60 s, as on CloudBase), so the person's immediate
 * retry is refused and the state stays "pre" instead of reaching "post". Remove once the retry can get through.
 */
const KNOWN_PARTIAL = ['subscribe'];

let world: World;
let report: FaultsReport;

beforeAll(async () => {
  world = await openWorld({ tag: 'faults', shortTimeoutS: FAULT_WORLD_TIMEOUT_S });
  const captured = captureConsole();
  try {
    report = await runFaults(world);
  } finally {
    captured.restore();
  }
});
afterAll(() => world.close());

describe('faults in the middle of an action', () => {
  it('hits every writing action with every kind of fault, and the timer too', () => {
    const hit = new Set(report.outcomes.map((o) => `${o.action}:${o.kind}`));
    for (const action of writingActions())
      for (const kind of FAULT_KINDS) expect(hit.has(`${action}:${kind}`)).toBe(true);
    expect(hit.has('remind:death')).toBe(true);
    expect(writingActions()).toEqual(ACTION_NAMES.filter((a) => entryOf(a).writes));
    expect(report.cases).toBeGreaterThan(100);
  });

  it('leaves no partial write behind: 0 partial', () => {
    const unexpected = report.outcomes.filter(
      (o) => o.partial.length > 0 && !KNOWN_PARTIAL.includes(o.action),
    );
    if (unexpected.length) throw new Error(describeFaults(report, (o) => unexpected.includes(o)));
    expect(unexpected).toHaveLength(0);
  });

  it('still shows the known ledger gap (remove it from KNOWN_PARTIAL once fixed)', () => {
    const partial = new Set(report.outcomes.filter((o) => o.partial.length > 0).map((o) => o.action));
    const fixed = KNOWN_PARTIAL.filter((a) => !partial.has(a));
    if (fixed.length)
      throw new Error(`${fixed.join(', ')}: no partial write left any more — remove from KNOWN_PARTIAL`);
  });

  it('shows a partial state only until the retry, and only in actions writing several documents', () => {
    const manyDocuments = (action: string) =>
      new Set(
        report.outcomes
          .filter((o) => o.action === action && /modify|insert|remove/.test(o.request))
          .map((o) => o.position),
      ).size > 1;
    expect(report.transientActions.filter((a) => !manyDocuments(a))).toEqual([]);
  });

  it('never sends a message twice, whatever dies when: 0 duplicates', () => {
    if (report.duplicates > 0) throw new Error(describeFaults(report, (o) => o.duplicates > 0));
    expect(report.duplicates).toBe(0);
  });
});
