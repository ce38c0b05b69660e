/**
 * The questionnaire engine: a checklist of facts, not a flowchart (docassemble's idea).
 *
 * - `nextQuestion` asks the first question of the symptom's flow that applies (its guard holds), is unanswered
 *   and is still needed. Safety questions are always needed; a fact question stops being needed once the top
 *   cause can no longer be overtaken by any remaining answers (a bound over the remaining rules).
 * - The state and its transitions (answer, change, back, restore) are in ./state.ts, the scores and the settled
 *   bound in ./ranking.ts; this module asks, concludes and shows the answers back (review, reasons), and is the
 *   engine's public entry.
 */
import type { CauseId, GuideStepId, SafetyFlagId, SymptomId } from '../catalog/types';
import { getQuestion, type Answers, type Question, type QuestionId } from './questions/index';
import { applies, FLAG_RULES, FLOWS, GUIDE_RULES, SYMPTOM_FLAGS, type FlowStep } from './rules';
import { ranked, rulesPointingTo, scores, topIsSettled } from './ranking';
import { answerOf, type DiagnosisState } from './state';

export {
  startDiagnosis,
  flowOf,
  answer,
  editAnswer,
  back,
  restoreDiagnosis,
  type DiagnosisState,
} from './state';

/** One answer, ready to show: "你选了：别的地方也用不了". */
export interface AnswerRef {
  readonly questionId: QuestionId;
  readonly value: string;
  readonly question: string;
  readonly answer: string;
}

export interface ReviewItem extends AnswerRef {
  readonly kind: Question['kind'];
}

export interface RankedCause {
  readonly id: CauseId;
  /** 1 = most likely. */
  readonly rank: number;
  readonly score: number;
  /** The answers that pointed to this cause. Empty when only the prior put it here. */
  readonly reasons: readonly AnswerRef[];
}

export interface Diagnosis {
  readonly symptom: SymptomId;
  readonly causes: readonly RankedCause[];
  readonly flags: readonly SafetyFlagId[];
  /** Steps of a guide symptom (unbind-card, repair-offer); empty for the others. */
  readonly guide: readonly GuideStepId[];
  /** True when no question is left to ask. */
  readonly complete: boolean;
}

export interface Progress {
  readonly answered: number;
  /** How many questions are likely still to come (may shrink as answers settle the result). */
  readonly remaining: number;
}

function isNeeded(state: DiagnosisState, step: FlowStep, settled: boolean): boolean {
  if (answerOf(state.answers, step.q) !== undefined || !step.askIf(state.answers)) return false;
  return getQuestion(step.q).kind === 'safety' || !settled;
}

function neededSteps(state: DiagnosisState): FlowStep[] {
  const settled = topIsSettled(state);
  return FLOWS[state.symptom].filter((s) => isNeeded(state, s, settled));
}

/** The next question to ask, or null when the facts are enough. */
export function nextQuestion(state: DiagnosisState): Question | null {
  const settled = topIsSettled(state);
  for (const s of FLOWS[state.symptom]) if (isNeeded(state, s, settled)) return getQuestion(s.q);
  return null;
}

// ——— conclusions ———

function refOf(q: QuestionId, value: string): AnswerRef {
  const question = getQuestion(q);
  return {
    questionId: q,
    value,
    question: question.title,
    answer: (question.labels as Record<string, string>)[value],
  };
}

function reasonsFor(cause: CauseId, answers: Answers): AnswerRef[] {
  return rulesPointingTo(cause, answers).map((rule) => refOf(rule.q, answerOf(answers, rule.q) as string));
}

function flagsFor(state: DiagnosisState): SafetyFlagId[] {
  const flags: SafetyFlagId[] = (SYMPTOM_FLAGS[state.symptom] || []).slice();
  for (const rule of FLAG_RULES)
    if (applies(rule, state.answers) && flags.indexOf(rule.flag) < 0) flags.push(rule.flag);
  return flags;
}

function guideFor(state: DiagnosisState): GuideStepId[] {
  const rules = GUIDE_RULES[state.symptom] || [];
  return rules.filter((r) => r.when(state.answers)).map((r) => r.step);
}

export function diagnose(state: DiagnosisState): Diagnosis {
  const score = scores(state.symptom, state.answers);
  const order = ranked(state.symptom, state.answers, score);
  const positive = order.filter((id, i) => i === 0 || (score.get(id) || 0) > 0);
  return {
    symptom: state.symptom,
    causes: positive.map((id, i) => ({
      id,
      rank: i + 1,
      score: score.get(id) || 0,
      reasons: reasonsFor(id, state.answers),
    })),
    flags: flagsFor(state),
    guide: guideFor(state),
    complete: nextQuestion(state) === null,
  };
}

export function progress(state: DiagnosisState): Progress {
  return { answered: state.history.length, remaining: neededSteps(state).length };
}

/** Answers in question order, for the review screen (each can be edited with `editAnswer`). */
export function reviewItems(state: DiagnosisState): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const s of FLOWS[state.symptom]) {
    const value = answerOf(state.answers, s.q);
    if (value !== undefined) items.push({ ...refOf(s.q, value), kind: getQuestion(s.q).kind });
  }
  return items;
}
