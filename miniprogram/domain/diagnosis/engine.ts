/**
 * The questionnaire engine: a checklist of facts, not a flowchart (docassemble's idea).
 *
 * - `nextQuestion` asks the first question of the symptom's flow that applies (its guard holds), is unanswered
 *   and is still needed. Safety questions are always needed; a fact question stops being needed once the top
 *   cause can no longer be overtaken by any remaining answers (a bound over the remaining rules).
 * - Every function is pure and returns a new state; the state is plain JSON (saved and resumed).
 * - Editing an earlier answer re-evaluates everything and drops answers whose question no longer applies.
 */
import { SYMPTOMS } from '../catalog/symptoms';
import type { CauseId, GuideStepId, SafetyFlagId, SymptomId } from '../catalog/types';
import { isSymptomId } from '../catalog/ids';
import {
  getQuestion,
  isOptionOf,
  isQuestionId,
  type Answers,
  type OptionOf,
  type Question,
  type QuestionId,
} from './questions/index';
import {
  ALARMING,
  FLAG_RULES,
  FLOWS,
  GUIDE_RULES,
  PRIORS,
  SCORE_RULES,
  SYMPTOM_FLAGS,
  type FlowStep,
  type ScoreRule,
} from './rules/index';

export interface DiagnosisState {
  readonly v: 1;
  readonly symptom: SymptomId;
  readonly answers: Answers;
  /** Questions in the order they were answered, for 上一步. */
  readonly history: readonly QuestionId[];
}

/** One answer, ready to show: "你选了：别的地方也用不了". */
export interface AnswerRef {
  readonly questionId: QuestionId;
  readonly value: string;
  readonly question: string;
  readonly answer: string;
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

export interface ReviewItem extends AnswerRef {
  readonly kind: Question['kind'];
}

// ——— precomputed tables ———

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

// ——— state ———

export function startDiagnosis(symptom: SymptomId): DiagnosisState {
  return { v: 1, symptom, answers: {}, history: [] };
}

export function flowOf(symptom: SymptomId): readonly FlowStep[] {
  return FLOWS[symptom];
}

function stepOf(symptom: SymptomId, q: QuestionId): FlowStep | undefined {
  const flow = FLOWS[symptom];
  for (let i = 0; i < flow.length; i += 1) if (flow[i].q === q) return flow[i];
  return undefined;
}

function answerOf(answers: Answers, q: QuestionId): string | undefined {
  return (answers as Record<string, string | undefined>)[q];
}

// ——— scoring ———

/** True when some answer adds weight to the cause. */
function pointedTo(cause: CauseId, answers: Answers): boolean {
  return SCORE_RULES.some((rule) => {
    const value = answerOf(answers, rule.q);
    return value !== undefined && rule.is.indexOf(value) >= 0 && (rule.add[cause] || 0) > 0;
  });
}

/** A frightening cause is shown only when an answer points to it; every other cause always can be. */
function shown(cause: CauseId, answers: Answers): boolean {
  return ALARMING.indexOf(cause) < 0 || pointedTo(cause, answers);
}

function scores(symptom: SymptomId, answers: Answers): Map<CauseId, number> {
  const result = new Map<CauseId, number>();
  for (const cause of SYMPTOMS[symptom].causes) result.set(cause, PRIORS[cause] || 1);
  for (const q of Object.keys(answers) as QuestionId[]) {
    const value = answerOf(answers, q);
    for (const rule of RULES_BY_QUESTION[q] || []) {
      if (value === undefined || rule.is.indexOf(value) < 0) continue;
      for (const cause of Object.keys(rule.add) as CauseId[]) {
        const current = result.get(cause);
        if (current !== undefined) result.set(cause, current + (rule.add[cause] || 0));
      }
    }
  }
  return result;
}

/** The causes that can be shown, most likely first (ties keep catalog order). */
function ranked(symptom: SymptomId, answers: Answers, score: Map<CauseId, number>): CauseId[] {
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
function topIsSettled(state: DiagnosisState): boolean {
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

// ——— asking ———

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

/** Remove answers whose question no longer applies, until nothing changes. */
function prune(symptom: SymptomId, answers: Answers, history: readonly QuestionId[]): DiagnosisState {
  let current: Record<string, string> = { ...(answers as Record<string, string>) };
  let changed = true;
  while (changed) {
    changed = false;
    for (const s of FLOWS[symptom]) {
      if (current[s.q] !== undefined && !s.askIf(current as Answers)) {
        const next = { ...current };
        delete next[s.q];
        current = next;
        changed = true;
      }
    }
  }
  return {
    v: 1,
    symptom,
    answers: current as Answers,
    history: history.filter((q) => current[q] !== undefined),
  };
}

function assertAnswer(state: DiagnosisState, q: QuestionId, value: string): void {
  if (!stepOf(state.symptom, q)) throw new RangeError(`question ${q} is not part of ${state.symptom}`);
  if (!isOptionOf(q, value)) throw new RangeError(`"${value}" is not an option of ${q}`);
}

/** Answer a question (or change an earlier answer). Returns a new state. */
export function answer<Q extends QuestionId>(
  state: DiagnosisState,
  q: Q,
  value: OptionOf<Q>,
): DiagnosisState {
  assertAnswer(state, q, value);
  if (answerOf(state.answers, q) !== undefined) return editAnswer(state, q, value);
  const answers = { ...state.answers, [q]: value } as Answers;
  return prune(state.symptom, answers, state.history.concat([q]));
}

/** Change an earlier answer; conclusions are re-evaluated and answers that no longer apply are dropped. */
export function editAnswer<Q extends QuestionId>(
  state: DiagnosisState,
  q: Q,
  value: OptionOf<Q>,
): DiagnosisState {
  assertAnswer(state, q, value);
  const answers = { ...state.answers, [q]: value } as Answers;
  const history = state.history.indexOf(q) >= 0 ? state.history : state.history.concat([q]);
  return prune(state.symptom, answers, history);
}

/** 上一步: forget the last answer. */
export function back(state: DiagnosisState): DiagnosisState {
  if (state.history.length === 0) return state;
  const last = state.history[state.history.length - 1];
  const answers = { ...(state.answers as Record<string, string>) };
  delete answers[last];
  return prune(state.symptom, answers as Answers, state.history.slice(0, -1));
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
  const out: AnswerRef[] = [];
  for (const rule of SCORE_RULES) {
    const value = answerOf(answers, rule.q);
    if (value !== undefined && rule.is.indexOf(value) >= 0 && (rule.add[cause] || 0) > 0)
      out.push(refOf(rule.q, value));
  }
  return out;
}

function flagsFor(state: DiagnosisState): SafetyFlagId[] {
  const flags: SafetyFlagId[] = (SYMPTOM_FLAGS[state.symptom] || []).slice();
  for (const rule of FLAG_RULES) {
    const value = answerOf(state.answers, rule.q);
    if (value !== undefined && rule.is.indexOf(value) >= 0 && flags.indexOf(rule.flag) < 0)
      flags.push(rule.flag);
  }
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

function replay(
  symptom: SymptomId,
  history: readonly unknown[],
  answers: Record<string, unknown>,
): DiagnosisState | null {
  let state = startDiagnosis(symptom);
  for (const q of history) {
    if (!isQuestionId(q) || !stepOf(symptom, q)) return null;
    const value = answers[q];
    if (!isOptionOf(q, value)) return null;
    state = answer(state, q, value);
  }
  return state;
}

/** Validate a state read back from storage. Returns null when it cannot be trusted (start again). */
export function restoreDiagnosis(raw: unknown): DiagnosisState | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as { v?: unknown; symptom?: unknown; answers?: unknown; history?: unknown };
  if (r.v !== 1 || !isSymptomId(r.symptom) || !r.answers || typeof r.answers !== 'object') return null;
  if (!Array.isArray(r.history)) return null;
  return replay(r.symptom, r.history, r.answers as Record<string, unknown>);
}
