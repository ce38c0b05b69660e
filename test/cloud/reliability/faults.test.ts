/**
 * Faults in the middle of every writing action (and of the timer while it delivers): a failing, a lost-reply, a
 * dying and a hanging request at EVERY backend request the action makes. No partial write is left behind, none is
 * visible except between the failure and the person's retry in actions that write several documents, and no
 * message is ever sent twice.
 */
import { ACTION_NAMES, entryOf } from '../../../tools/reliability/table';
import {
  FAULT_KINDS,
  FAULT_WORLD_TIMEOUT_S,
  describeFaults,
  runFaults,
  writingActions,
  type FaultsReport,
} from '../../../tools/reliability/faults';
import { actorOf, captureConsole, openWorld, type World } from '../../../tools/reliability/world';

jest.setTimeout(180_000);

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
    expect(report.cases).toBeGreaterThan(100);
  });

  it('the table marks as writing exactly the actions that write (the others get no faults)', async () => {
    const WRITES = /^database\.(insert|modify|remove)Document$|^wx\.openApi$/;
    const observed: string[] = [];
    for (const action of ACTION_NAMES) {
      world.reset();
      const caller = actorOf(world, action);
      let wrote = false;
      const stop = world.cloud.onRequest((r) => {
        if (r.caller.fn === 'appeal' && r.caller.openid === caller && WRITES.test(r.action)) wrote = true;
      });
      await world.call(caller, { action, ...entryOf(action).valid(world.target) });
      stop();
      observed.push(`${action}: ${wrote ? 'writes' : 'reads'}`);
    }
    world.reset();
    expect(observed).toEqual(
      ACTION_NAMES.map((a) => `${a}: ${writingActions().includes(a) ? 'writes' : 'reads'}`),
    );
  });

  it('leaves no partial write behind: 0 partial', () => {
    const partial = report.outcomes.filter((o) => o.partial.length > 0);
    if (partial.length) throw new Error(describeFaults(report, (o) => partial.includes(o)));
    expect(partial).toHaveLength(0);
  });

  it('the reminder ledger takes each answer whole or not at all, and the retry gets through', () => {
    const subscribe = report.outcomes.filter((o) => o.action === 'subscribe');
    expect(subscribe.length).toBeGreaterThan(0);
    for (const o of subscribe) {
      expect(o.transient).toEqual([]);
      expect([o.kind, o.position, o.states[2]]).toEqual([
        o.kind,
        o.position,
        expect.stringMatching(/^(post|twice)$/),
      ]);
    }
  });

  it('a retry after a lost reply creates no second appeal and no second note (request ids)', () => {
    expect(report.retryDuplicates).not.toContain('create');
    expect(report.retryDuplicates).not.toContain('addNote');
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
