import {
  APPEAL_STATUSES,
  canMove,
  nextStatuses,
  type AppealStatus,
} from '../../../miniprogram/domain/appeal/status';

/** The status model from the issue, written out as the list of allowed moves. */
const ALLOWED: ReadonlyArray<[AppealStatus, AppealStatus]> = [
  ['preparing', 'submitted'],
  ['submitted', 'reviewing'],
  ['submitted', 'needs-more'],
  ['submitted', 'resolved'],
  ['submitted', 'rejected'],
  ['reviewing', 'needs-more'],
  ['needs-more', 'reviewing'],
  ['reviewing', 'resolved'],
  ['reviewing', 'rejected'],
  ['rejected', 'escalated'],
  ['escalated', 'resolved'],
  ['escalated', 'rejected'],
  ['resolved', 'closed'],
  ['rejected', 'closed'],
  ['escalated', 'closed'],
  // A person may stop following an appeal at any point before it is over.
  ['preparing', 'closed'],
  ['submitted', 'closed'],
  ['reviewing', 'closed'],
  ['needs-more', 'closed'],
];

describe('appeal status model', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it('refuses every other move, including staying put and leaving 已结束', () => {
    const allowed = new Set(ALLOWED.map(([a, b]) => `${a}>${b}`));
    let refused = 0;
    for (const from of APPEAL_STATUSES) {
      for (const to of APPEAL_STATUSES) {
        if (allowed.has(`${from}>${to}`)) continue;
        expect(canMove(from, to)).toBe(false);
        refused += 1;
      }
    }
    expect(refused).toBe(APPEAL_STATUSES.length ** 2 - ALLOWED.length);
    expect(nextStatuses('closed')).toEqual([]);
  });
});
