import {
  answer,
  back,
  diagnose,
  editAnswer,
  nextQuestion,
  progress,
  restoreDiagnosis,
  reviewItems,
  startDiagnosis,
  QUESTION_GROUPS,
  QUESTION_IDS,
  type CauseId,
  type DiagnosisState,
  type SymptomId,
} from '../../../miniprogram/domain';

type Pairs = ReadonlyArray<readonly [string, string]>;

/** Answer the given questions (in any order the engine accepts), then anything else asked with 不确定. */
function run(symptom: SymptomId, given: Pairs, rest = 'unsure'): DiagnosisState {
  let s = startDiagnosis(symptom);
  const map = new Map(given);
  for (let q = nextQuestion(s); q; q = nextQuestion(s)) s = answer(s, q.id, (map.get(q.id) || rest) as never);
  return s;
}

function rankOf(state: DiagnosisState, id: CauseId): number {
  const found = diagnose(state).causes.find((c) => c.id === id);
  return found ? found.rank : Infinity;
}

function scoreOf(state: DiagnosisState, id: CauseId): number {
  const found = diagnose(state).causes.find((c) => c.id === id);
  return found ? found.score : -Infinity;
}

describe('cross-cutting questions change the result', () => {
  it('other channels fail too → bank-level causes rise above WeChat risk control', () => {
    const base: Pairs = [['official-notice', 'none']];
    const works = run('card-restricted', [...base, ['other-channels', 'work']]);
    const fails = run('card-restricted', [...base, ['other-channels', 'also-fail']]);
    for (const id of ['bank-card-status', 'bank-non-counter-suspended'] as const) {
      expect(scoreOf(fails, id)).toBeGreaterThan(scoreOf(works, id));
      expect(rankOf(fails, id)).toBeLessThan(rankOf(fails, 'risk-unusual-activity'));
    }
    expect(diagnose(works).causes[0].id).toBe('risk-unusual-activity');
    expect(['bank-card-status', 'bank-non-counter-suspended']).toContain(diagnose(fails).causes[0].id);
    // Failing everywhere alone never brings up a freeze: only a notice points to one.
    expect(diagnose(fails).causes.map((c) => c.id)).not.toContain('judicial-freeze');
  });

  it('a repair offer raises the scam flag in every diagnosis', () => {
    for (const symptom of [
      'card-restricted',
      'account-restricted',
      'credit-pay-unavailable',
      'bill-anomaly',
    ] as const) {
      const s = run(symptom, [['repair-contact', 'yes']]);
      expect(diagnose(s).flags).toContain('scam-contact');
      expect(diagnose(run(symptom, [['repair-contact', 'no']])).flags).not.toContain('scam-contact');
    }
  });

  it('a lent card puts illicit-flag first and raises the 帮信 flag', () => {
    for (const symptom of ['card-restricted', 'account-restricted'] as const) {
      const s = run(symptom, [['lent-card', 'yes']]);
      expect(diagnose(s).causes[0].id).toBe('illicit-flag');
      expect(diagnose(s).flags).toContain('lent-card');
      const reasons = diagnose(s).causes[0].reasons.map((r) => r.questionId);
      expect(reasons).toContain('lent-card');
    }
    // outside card/account it is still flagged, without a cause to rank
    expect(diagnose(run('bill-anomaly', [['lent-card', 'yes']])).flags).toContain('lent-card');
  });

  it('an official court notice puts judicial-freeze first and stops the fact questions', () => {
    for (const symptom of ['card-restricted', 'account-restricted'] as const) {
      let s = answer(startDiagnosis(symptom), 'official-notice', 'court');
      expect(nextQuestion(s)!.kind).toBe('safety');
      s = run(symptom, [['official-notice', 'court']]);
      expect(diagnose(s).causes[0].id).toBe('judicial-freeze');
      expect(diagnose(s).flags).toContain('official-notice-court');
    }
  });

  it('a written penalty notice puts fraud-penalty first; a police notice a police freeze or stop, as it says', () => {
    expect(diagnose(run('card-restricted', [['official-notice', 'penalty']])).causes[0].id).toBe(
      'fraud-penalty',
    );
    // Unsure which: the freeze that does not lift by itself comes first, the stop right after.
    const police = diagnose(run('account-restricted', [['official-notice', 'police']])).causes.map(
      (c) => c.id,
    );
    expect(police.slice(0, 2)).toEqual(['police-case-freeze', 'police-protective-stop']);
    const stop = run('account-restricted', [
      ['official-notice', 'police'],
      ['police-notice-kind', 'stop'],
    ]);
    expect(diagnose(stop).causes[0].id).toBe('police-protective-stop');
    const freeze = run('card-restricted', [
      ['official-notice', 'police'],
      ['police-notice-kind', 'case'],
    ]);
    expect(diagnose(freeze).causes[0].id).toBe('police-case-freeze');
  });

  it('a shared code raises code-shared and points a bill at unauthorized use', () => {
    const s = run('bill-anomaly', [['code-shared', 'yes']]);
    expect(diagnose(s).flags).toContain('code-shared');
    expect(diagnose(s).causes[0].id).toBe('bill-unauthorized');
  });
});

describe('editing and going back', () => {
  it('editing an earlier answer re-evaluates the conclusion', () => {
    const s = run('card-restricted', [
      ['official-notice', 'none'],
      ['recent-activity', 'travel'],
    ]);
    expect(diagnose(s).causes[0].id).toBe('risk-remote-transaction');
    const edited = editAnswer(s, 'official-notice', 'court');
    expect(diagnose(edited).causes[0].id).toBe('judicial-freeze');
    expect(diagnose(edited).flags).toEqual(['official-notice-court']);
    // the earlier answers are kept (they are still true), the history keeps its order
    expect(edited.history).toEqual(s.history);
    expect(diagnose(edited).complete).toBe(true);
  });

  it('editing drops answers whose question no longer applies, and asks new ones', () => {
    let s = run('card-restricted', [
      ['official-notice', 'none'],
      ['error-message', 'limit'],
      ['payment-kind', 'class-2-3'],
    ]);
    expect(s.answers['payment-kind']).toBe('class-2-3');
    s = editAnswer(s, 'error-message', 'risk');
    expect(s.answers['payment-kind']).toBeUndefined();
    expect(s.history).not.toContain('payment-kind');
    expect(diagnose(s).causes[0].id).not.toBe('limit-by-account-class');
  });

  it('editing can reopen a question that was no longer needed', () => {
    let s = run('card-restricted', [['official-notice', 'court']], 'no');
    expect(s.answers['recent-activity']).toBeUndefined();
    s = editAnswer(s, 'official-notice', 'none');
    expect(nextQuestion(s)!.id).toBe('other-channels');
    expect(diagnose(s).complete).toBe(false);
  });

  it('answering an answered question is an edit', () => {
    const s = run('bill-anomaly', [['bill-kind', 'charged-twice']]);
    expect(answer(s, 'bill-kind', 'not-mine')).toEqual(editAnswer(s, 'bill-kind', 'not-mine'));
  });

  it('back forgets the last answer only; back at the start is a no-op', () => {
    const start = startDiagnosis('credit-pay-unavailable');
    expect(back(start)).toBe(start);
    const one = answer(start, 'official-notice', 'none');
    const two = answer(one, 'creditpay-others', 'just-me');
    expect(back(two)).toEqual(one);
    expect(back(one)).toEqual(start);
  });

  it('is immutable', () => {
    const s = startDiagnosis('card-restricted');
    const frozen = JSON.stringify(s);
    answer(s, 'official-notice', 'bank');
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it('refuses questions of another symptom and options that do not exist', () => {
    const s = startDiagnosis('card-restricted');
    expect(() => answer(s, 'bill-kind', 'unhappy')).toThrow(RangeError);
    expect(() => answer(s, 'official-notice', 'maybe' as never)).toThrow(RangeError);
  });
});

describe('questions as data', () => {
  it('every question is written in exactly one group (a spread would silently keep only one)', () => {
    const keys = QUESTION_GROUPS.flatMap((group) => Object.keys(group));
    expect(keys.length).toBe(new Set(keys).size);
    expect([...keys].sort()).toEqual([...QUESTION_IDS].sort());
  });
});

describe('state, progress and review', () => {
  it('state is plain JSON and resumes to the same result', () => {
    const s = run('account-restricted', [
      ['restriction-kind', 'collect'],
      ['collect-use', 'business'],
    ]);
    const restored = restoreDiagnosis(JSON.parse(JSON.stringify(s)));
    expect(restored).toEqual(s);
    expect(diagnose(restored!)).toEqual(diagnose(s));
  });

  it('restore refuses tampered or foreign state', () => {
    expect(restoreDiagnosis(null)).toBeNull();
    expect(restoreDiagnosis({ v: 2, symptom: 'card-restricted', answers: {}, history: [] })).toBeNull();
    expect(restoreDiagnosis({ v: 1, symptom: 'nope', answers: {}, history: [] })).toBeNull();
    const bad = {
      v: 1,
      symptom: 'card-restricted',
      answers: { 'bill-kind': 'unhappy' },
      history: ['bill-kind'],
    };
    expect(restoreDiagnosis(bad)).toBeNull();
    const wrongValue = {
      v: 1,
      symptom: 'card-restricted',
      answers: { 'official-notice': 'x' },
      history: ['official-notice'],
    };
    expect(restoreDiagnosis(wrongValue)).toBeNull();
  });

  it('progress counts answers and shrinks the estimate when a result settles', () => {
    const start = startDiagnosis('card-restricted');
    expect(progress(start).answered).toBe(0);
    const before = progress(start).remaining;
    const court = answer(start, 'official-notice', 'court');
    expect(progress(court)).toEqual({ answered: 1, remaining: 3 });
    expect(before).toBeGreaterThan(3);
    const done = run('card-restricted', [['official-notice', 'court']], 'no');
    expect(progress(done).remaining).toBe(0);
  });

  it('review items list each answer with its question text and label, in question order', () => {
    const s = run('bill-anomaly', [
      ['official-notice', 'none'],
      ['bill-kind', 'unhappy'],
    ]);
    const items = reviewItems(s);
    expect(items[0]).toMatchObject({ questionId: 'official-notice', value: 'none', answer: '没有收到' });
    expect(items[1]).toMatchObject({ questionId: 'bill-kind', answer: '东西不满意、没收到，想退货' });
    expect(items.every((i) => i.question.length > 0)).toBe(true);
  });

  it('each ranked cause carries the answers that led to it', () => {
    const s = run('card-restricted', [
      ['other-channels', 'work'],
      ['recent-activity', 'travel'],
    ]);
    const top = diagnose(s).causes[0];
    expect(top.id).toBe('risk-remote-transaction');
    expect(top.reasons.map((r) => `${r.questionId}=${r.value}`).sort()).toEqual([
      'other-channels=work',
      'recent-activity=travel',
    ]);
    expect(top.reasons[0].answer.length).toBeGreaterThan(0);
  });
});
