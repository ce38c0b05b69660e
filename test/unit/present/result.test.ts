/**
 * The result screen as data: 为什么这样判断 quotes each answer the person gave, in corner brackets so an answer
 * that itself holds quotation marks still reads cleanly.
 */
import {
  answer,
  getSymptom,
  nextQuestion,
  startDiagnosis,
  type DiagnosisState,
} from '../../../miniprogram/domain';
import { resultView } from '../../../miniprogram/domain/present/result';

function answeredEverything(symptom: Parameters<typeof startDiagnosis>[0]): DiagnosisState {
  let state = startDiagnosis(symptom);
  for (let i = 0; i < 20; i++) {
    const question = nextQuestion(state);
    if (!question) break;
    state = answer(state, question.id, Object.keys(question.labels)[0] as never);
  }
  return state;
}

describe('为什么这样判断', () => {
  it('quotes every answer that led to a cause as 你选了「…」, joined by ；', () => {
    const state = answeredEverything('card-restricted');
    const view = resultView(state);
    const withReasons = view.causes.filter((c) => c.reasons !== '');
    expect(withReasons.length).toBeGreaterThan(0);
    for (const c of withReasons)
      for (const part of c.reasons.split('；')) expect(part).toMatch(/^你选了「[^「」]+」$/);
    expect(view.symptomTitle).toBe(getSymptom('card-restricted').title);
  });
});
