/**
 * Questions as data, keyed by stable ids (the diagnosis symptoms' in ./for-diagnosis.ts, the guides' in
 * ./for-guides.ts, ids and options in ./options.ts), and the helpers that read them. Every question has 不确定
 * (`unsure`) and a 这是什么意思 help text.
 */
import { OPTIONS, type OptionOf, type Question, type QuestionId } from './options';
import { DIAGNOSIS_QUESTIONS } from './for-diagnosis';
import { GUIDE_QUESTIONS } from './for-guides';

export { OPTIONS, QUESTION_IDS } from './options';
export type { Answers, OptionOf, Question, QuestionId, QuestionKind } from './options';

/** Each group's record (a question in two groups is a test failure, not a silent override). */
export const QUESTION_GROUPS = [DIAGNOSIS_QUESTIONS, GUIDE_QUESTIONS] as const;

/**
 * Every question by id: total, so a question missing from the groups does not compile. Pure, so a bundle that
 * never asks a question (the cloud functions) leaves the texts out.
 */
export const QUESTIONS: { readonly [Q in QuestionId]: Question<Q> } = /* @__PURE__ */ Object.assign(
  {},
  DIAGNOSIS_QUESTIONS,
  GUIDE_QUESTIONS,
);

export function getQuestion<Q extends QuestionId>(id: Q): Question<Q> {
  return QUESTIONS[id] as Question<Q>;
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(OPTIONS, value);
}

export function isOptionOf<Q extends QuestionId>(id: Q, value: unknown): value is OptionOf<Q> {
  return typeof value === 'string' && (OPTIONS[id] as readonly string[]).indexOf(value) >= 0;
}

/** Options in display order, with labels. */
export function optionsOf<Q extends QuestionId>(id: Q): Array<{ value: OptionOf<Q>; label: string }> {
  const q = getQuestion(id);
  return (OPTIONS[id] as readonly OptionOf<Q>[]).map((value) => ({ value, label: q.labels[value] }));
}
