import {
  answer,
  back,
  diagnose,
  isOptionOf,
  isQuestionId,
  nextQuestion,
  startDiagnosis,
  SYMPTOM_IDS,
  type DiagnosisState,
} from '../../../miniprogram/domain';
import { PATHS, type PathCase, type PathStep } from '../../../tools/diagnosis/paths.data';
import { SECOND_ROUND_CAUSES } from './stable-ids';

/** Replays steps, checking that each is exactly the question the engine asks next. */
function replay(state: DiagnosisState, steps: readonly PathStep[]): DiagnosisState {
  let s = state;
  for (const step of steps) {
    const q = nextQuestion(s);
    expect(q && q.id).toBe(step.q);
    if (!isQuestionId(step.q) || !isOptionOf(step.q, step.a)) throw new Error(`bad step ${step.q}=${step.a}`);
    s = answer(s, step.q, step.a);
  }
  return s;
}

function check(path: PathCase, state: DiagnosisState): void {
  expect(nextQuestion(state)).toBeNull();
  const result = diagnose(state);
  expect(result.complete).toBe(true);
  if (path.expect.top) expect(result.causes[0].id).toBe(path.expect.top);
  expect(result.flags.slice().sort()).toEqual(path.expect.flags.slice().sort());
  expect(result.guide).toEqual(path.expect.guide || []);
}

describe('path tests (data), forward', () => {
  it.each(PATHS.map((p) => [`${p.symptom}: ${p.name}`, p] as const))('%s', (_name, path) => {
    check(path, replay(startDiagnosis(path.symptom), path.steps));
  });
});

describe('path tests (data), back then re-answer gives the same result', () => {
  it.each(PATHS.map((p) => [`${p.symptom}: ${p.name}`, p] as const))('%s', (_name, path) => {
    const end = replay(startDiagnosis(path.symptom), path.steps);
    for (let k = 1; k <= path.steps.length; k += 1) {
      let s = end;
      for (let i = 0; i < k; i += 1) s = back(s);
      expect(s.history.length).toBe(path.steps.length - k);
      const again = replay(s, path.steps.slice(path.steps.length - k));
      expect(again).toEqual(end);
      check(path, again);
    }
  });
});

describe('path coverage', () => {
  it('has at least three paths per entry symptom, one with 不确定 answers', () => {
    for (const symptom of SYMPTOM_IDS) {
      const mine = PATHS.filter((p) => p.symptom === symptom);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.some((p) => p.steps.some((s) => s.a === 'unsure'))).toBe(true);
    }
  });

  it.each(SECOND_ROUND_CAUSES.map((c) => [c]))(
    '%s: at least three paths end there, one with 不确定 answers',
    (cause) => {
      const mine = PATHS.filter((p) => p.expect.top === cause);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.some((p) => p.steps.some((s) => s.a === 'unsure'))).toBe(true);
    },
  );
});
