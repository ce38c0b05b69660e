/**
 * The appeal status model, by the rules a person relies on rather than by a copy of its table: an appeal starts
 * in 准备材料, is submitted before anyone answers, can be stopped at any point, never goes back to 准备材料,
 * is escalated only after a rejection, and 已结束 is the end.
 */
import {
  APPEAL_STATUSES,
  canMove,
  isWaiting,
  nextStatuses,
  type AppealStatus,
} from '../../../miniprogram/domain/appeal/status';

const others = (s: AppealStatus) => APPEAL_STATUSES.filter((t) => t !== s);
const movesInto = (to: AppealStatus) => APPEAL_STATUSES.filter((from) => canMove(from, to));

/** Every status reachable from `start` by allowed moves. */
function reachable(start: AppealStatus): Set<AppealStatus> {
  const seen = new Set<AppealStatus>([start]);
  const todo = [start];
  for (let s = todo.pop(); s; s = todo.pop()) {
    for (const next of nextStatuses(s)) {
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return seen;
}

describe('appeal status model', () => {
  it('never stays put', () => {
    for (const s of APPEAL_STATUSES) expect([s, canMove(s, s)]).toEqual([s, false]);
  });

  it('lets a person stop following the appeal from every status but 已结束, and 已结束 is the end', () => {
    for (const s of others('closed')) expect([s, canMove(s, 'closed')]).toEqual([s, true]);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('reaches every status from 准备材料, and never goes back to 准备材料', () => {
    expect([...reachable('preparing')].sort()).toEqual([...APPEAL_STATUSES].sort());
    expect(movesInto('preparing')).toEqual([]);
  });

  it('leaves 准备材料 only by submitting (or stopping)', () => {
    expect([...nextStatuses('preparing')].sort()).toEqual(['closed', 'submitted']);
  });

  it('escalates only after a rejection, and an answer comes only while waiting for one', () => {
    expect(movesInto('escalated')).toEqual(['rejected']);
    for (const answer of ['needs-more', 'resolved', 'rejected'] as const)
      for (const from of movesInto(answer))
        expect([answer, from, isWaiting(from)]).toEqual([answer, from, true]);
  });

  it('can end 已解决 or 被驳回 after a submission, and 已解决 only leads to 已结束', () => {
    const fromSubmitted = reachable('submitted');
    expect(fromSubmitted.has('resolved') && fromSubmitted.has('rejected')).toBe(true);
    expect(nextStatuses('resolved')).toEqual(['closed']);
  });
});
