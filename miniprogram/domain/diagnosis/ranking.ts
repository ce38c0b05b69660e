/**
 * Ranking: each cause's score from its prior and the answers, the causes that may be shown (a frightening one only
 * when an answer points to it), and whether the top cause is settled: no combination of the remaining answers can
 * change which cause is first (a bound over the remaining rules).
 */
import { SYMPTOMS } from '../catalog/symptoms';
import type { CauseId, SymptomId } from '../catalog/types';
import type { Answers, QuestionId } from './questions/index';
import { applies, FLOWS, type FlowStep } from './rules';
import { ALARMING, PRIORS, SCORE_RULES, type ScoreRule } from './scoring';
import { answerOf, type DiagnosisState } from './state';

const RULES_BY_QUESTION: Partial<Record<QuestionId, ScoreRule[]>> = {};
for (const rule of SCORE_RULES) (RULES_BY_QUESTION[rule.q] = RULES_BY_QUESTION[rule.q] || []).push(rule);

/** For each question and cause: the most an answer can add, and the most it can take away. */
const BOUNDS: Partial<Record<QuestionId, Partial<Record<CauseId, { up: number; down: number }>>>> = {};
for (const rule of SCORE_RULES) {
  const byCause = (BOUNDS[rule.q] = BOUNDS[rule.q] || {});
  for (const cause of Object.keys(rule.add) as CauseId[]) {
    const w = rule.add[cause] || 0;
    const b = (byCause[cause] = byCause[cause] || { up: 0, down: 0 });
    b.up = Math.max(b.up, w);
    b.down = Math.min(b.down, w);
  }
}

/** The rules by which the answers add weight to the cause (its reasons). */
export function rulesPointingTo(cause: CauseId, answers: Answers): ScoreRule[] {
  return SCORE_RULES.filter((rule) => applies(rule, answers) && (rule.add[cause] || 0) > 0);
}

/** A frightening cause is shown only when an answer points to it; every other cause always can be. */
function shown(cause: CauseId, answers: Answers): boolean {
  return ALARMING.indexOf(cause) < 0 || rulesPointingTo(cause, answers).length > 0;
}

export function scores(symptom: SymptomId, answers: Answers): Map<CauseId, number> {
  const result = new Map<CauseId, number>();
  for (const cause of SYMPTOMS[symptom].causes) result.set(cause, PRIORS[cause] || 1);
  for (const q of Object.keys(answers) as QuestionId[]) {
    for (const rule of RULES_BY_QUESTION[q] || []) {
      if (!applies(rule, answers)) continue;
      for (const cause of Object.keys(rule.add) as CauseId[]) {
        const current = result.get(cause);
        if (current !== undefined) result.set(cause, current + (rule.add[cause] || 0));
      }
    }
  }
  return result;
}

/** The causes that can be shown, most likely first (ties keep catalog order). */
export function ranked(symptom: SymptomId, answers: Answers, score: Map<CauseId, number>): CauseId[] {
  const order = SYMPTOMS[symptom].causes;
  return order
    .filter((c) => shown(c, answers))
    .sort((a, b) => (score.get(b) || 0) - (score.get(a) || 0) || order.indexOf(a) - order.indexOf(b));
}

function unansweredSteps(state: DiagnosisState): FlowStep[] {
  return FLOWS[state.symptom].filter((s) => answerOf(state.answers, s.q) === undefined);
}

function bound(steps: readonly FlowStep[], cause: CauseId, side: 'up' | 'down'): number {
  let total = 0;
  for (const s of steps) {
    const b = BOUNDS[s.q] && BOUNDS[s.q]![cause];
    if (b) total += b[side];
  }
  return total;
}

/** True when no combination of the remaining answers can change which cause is first. */
export function topIsSettled(state: DiagnosisState): boolean {
  const causes = SYMPTOMS[state.symptom].causes;
  if (causes.length === 0) return false;
  const score = scores(state.symptom, state.answers);
  const top = ranked(state.symptom, state.answers, score)[0];
  const rest = unansweredSteps(state);
  const floor = (score.get(top) || 0) + bound(rest, top, 'down');
  // Hidden causes count too: a remaining answer may still point to one and lift it to the top. A tie goes to
  // the cause listed first, so a later cause must get strictly above the floor to overtake.
  for (const other of causes) {
    if (other === top) continue;
    const best = (score.get(other) || 0) + bound(rest, other, 'up');
    if (best > floor || (best === floor && causes.indexOf(other) < causes.indexOf(top))) return false;
  }
  return true;
}
