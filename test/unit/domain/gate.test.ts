/**
 * The reachability GATE. Explores every answer combination of every symptom (depth-first over the engine's own
 * questions, so only combinations a person can produce) and FAILS when:
 * - a question is never asked by any path (for its symptom, and overall);
 * - a cause of a symptom never ranks first on some combination;
 * - a guide step or a safety flag is never produced;
 * - a path dead-ends: no next question and nothing to show (no cause for a diagnosis, no step for a guide).
 */
import {
  answer,
  diagnose,
  FLAG_IDS,
  flowOf,
  GUIDE_STEP_IDS,
  getSymptom,
  nextQuestion,
  optionsOf,
  QUESTION_IDS,
  startDiagnosis,
  SYMPTOM_IDS,
  type DiagnosisState,
  type SymptomId,
} from '../../../miniprogram/domain';
import { ALARMING } from '../../../miniprogram/domain/diagnosis/scoring';

interface Exploration {
  leaves: number;
  deadEnds: string[];
  asked: Set<string>;
  tops: Set<string>;
  flags: Set<string>;
  guide: Set<string>;
  maxDepth: number;
  /** Leaves where a frightening cause was listed although no answer pointed to it. */
  unprompted: string[];
}

function explore(symptom: SymptomId): Exploration {
  const seen: Exploration = {
    leaves: 0,
    deadEnds: [],
    asked: new Set(),
    tops: new Set(),
    flags: new Set(),
    guide: new Set(),
    maxDepth: 0,
    unprompted: [],
  };
  const isGuide = getSymptom(symptom).kind === 'guide';
  const walk = (state: DiagnosisState, depth: number): void => {
    const q = nextQuestion(state);
    if (q) {
      seen.asked.add(q.id);
      for (const option of optionsOf(q.id)) walk(answer(state, q.id, option.value), depth + 1);
      return;
    }
    seen.leaves += 1;
    seen.maxDepth = Math.max(seen.maxDepth, depth);
    const result = diagnose(state);
    const empty = isGuide ? result.guide.length === 0 : result.causes.length === 0;
    if (empty || !result.complete) seen.deadEnds.push(JSON.stringify(state.answers));
    if (result.causes.length) seen.tops.add(result.causes[0].id);
    for (const c of result.causes)
      if (ALARMING.indexOf(c.id) >= 0 && c.reasons.length === 0)
        seen.unprompted.push(`${c.id} ${JSON.stringify(state.answers)}`);
    result.flags.forEach((f) => seen.flags.add(f));
    result.guide.forEach((g) => seen.guide.add(g));
  };
  walk(startDiagnosis(symptom), 0);
  return seen;
}

const results = new Map<SymptomId, Exploration>();
beforeAll(() => {
  for (const symptom of SYMPTOM_IDS) results.set(symptom, explore(symptom));
});

describe('reachability gate (exhaustive over answer combinations)', () => {
  it.each(SYMPTOM_IDS.map((s) => [s]))('%s: every question of its flow is asked on some path', (symptom) => {
    const r = results.get(symptom)!;
    const never = flowOf(symptom)
      .map((s) => s.q)
      .filter((q) => !r.asked.has(q));
    expect(never).toEqual([]);
  });

  it.each(SYMPTOM_IDS.map((s) => [s]))('%s: every cause ranks first on some combination', (symptom) => {
    const r = results.get(symptom)!;
    expect(getSymptom(symptom).causes.filter((c) => !r.tops.has(c))).toEqual([]);
  });

  it.each(SYMPTOM_IDS.map((s) => [s]))('%s: no path dead-ends', (symptom) => {
    const r = results.get(symptom)!;
    expect(r.leaves).toBeGreaterThan(0);
    expect(r.deadEnds.slice(0, 3)).toEqual([]);
    // Short interviews: nobody is asked more than 9 questions.
    expect(r.maxDepth).toBeLessThanOrEqual(9);
  });

  it.each(SYMPTOM_IDS.map((s) => [s]))(
    '%s: a frightening cause is listed only when an answer points to it',
    (symptom) => {
      expect(results.get(symptom)!.unprompted.slice(0, 3)).toEqual([]);
    },
  );

  it('every question in the bank is asked somewhere', () => {
    const asked = new Set<string>();
    results.forEach((r) => r.asked.forEach((q) => asked.add(q)));
    expect(QUESTION_IDS.filter((q) => !asked.has(q))).toEqual([]);
  });

  it('every safety flag and every guide step can be produced', () => {
    const flags = new Set<string>();
    const guide = new Set<string>();
    results.forEach((r) => {
      r.flags.forEach((f) => flags.add(f));
      r.guide.forEach((g) => guide.add(g));
    });
    expect(FLAG_IDS.filter((f) => !flags.has(f))).toEqual([]);
    expect(GUIDE_STEP_IDS.filter((g) => !guide.has(g))).toEqual([]);
  });
});
