/**
 * The diagnosis state and its transitions: start, answer, change an answer, go back, restore from storage.
 * Every function is pure and returns a new state; the state is plain JSON (saved and resumed). Editing an
 * earlier answer re-evaluates everything and drops answers whose question no longer applies.
 */
import type { SymptomId } from '../catalog/types';
import { isSymptomId } from '../catalog/ids';
import { isOptionOf, isQuestionId, type Answers, type OptionOf, type QuestionId } from './questions/index';
import { FLOWS, type FlowStep } from './rules';

export interface DiagnosisState {
  readonly v: 1;
  readonly symptom: SymptomId;
  readonly answers: Answers;
  /** Questions in the order they were answered, for 上一步. */
  readonly history: readonly QuestionId[];
}

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

export function answerOf(answers: Answers, q: QuestionId): string | undefined {
  return (answers as Record<string, string | undefined>)[q];
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
