/**
 * The result screen as data: 为什么这样判断 quotes each question with the answer the person gave (in corner
 * brackets, so text that itself holds quotation marks still reads cleanly); where no appeal makes sense the
 * result offers what fits the real institution instead of a WeChat appeal statement.
 */
import {
  ALL_CAUSES,
  answer,
  getQuestion,
  getSymptom,
  nextQuestion,
  startDiagnosis,
  type CauseId,
  type DiagnosisState,
} from '../../../miniprogram/domain';
import { guideView } from '../../../miniprogram/domain/present/guide';
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
  it('quotes every question that led to a cause with its answer: 「question」你选了「answer」, each once', () => {
    const state = answeredEverything('card-restricted');
    const view = resultView(state);
    const withReasons = view.causes.filter((c) => c.reasons.length > 0);
    expect(withReasons.length).toBeGreaterThan(0);
    for (const c of withReasons)
      for (const r of c.reasons) expect(view.answered[r]).toMatch(/^「[^「」]+」你选了「[^「」]+」$/);
    // Each answer is sent once, however many causes it led to.
    expect(new Set(view.answered).size).toBe(view.answered.length);
    const bankSide = getQuestion('bank-side');
    expect(withReasons[0].reasons.map((r) => view.answered[r])).toContain(
      `「${bankSide.title}」你选了「${bankSide.labels['card-changed']}」`,
    );
    expect(view.symptomTitle).toBe(getSymptom('card-restricted').title);
  });
});

/** Where WeChat cannot lift it, an appeal statement would send the person to the wrong place. */
const NO_APPEAL: readonly CauseId[] = [
  'judicial-freeze',
  'police-protective-stop',
  'fraud-penalty',
  'bank-non-counter-suspended',
  'bank-card-status',
  'creditpay-overdue',
];

describe('what the result offers', () => {
  it.each(NO_APPEAL.map((id) => [id]))(
    '%s: no appeal statement; what to say and a record of the visit',
    (id) => {
      const g = guideView(id);
      expect(g.offer).toBe('visit');
      expect(g.say.length).toBeGreaterThan(0);
      expect(g.record.length).toBeGreaterThan(0);
      expect(g.trackLabel).not.toMatch(/申诉/);
    },
  );

  it('every cause that is not an appeal offers a visit or nothing, never a statement', () => {
    for (const c of ALL_CAUSES) {
      const g = guideView(c.id);
      if (c.appeal.verdict !== 'appeal') expect(g.offer).not.toBe('statement');
      if (g.offer === 'visit') expect(g.say.length).toBeGreaterThan(0);
      if (g.offer === 'none') expect(g.trackLabel).toBe('');
      if (g.offer === 'statement') expect(g.trackLabel).toBe('开始跟踪申诉');
    }
  });

  it('a limit nobody lifts offers nothing to track', () => {
    expect(guideView('limit-by-account-class').offer).toBe('none');
  });
});

describe('去哪里办', () => {
  it('each bank cause has its own steps, not another cause’s', () => {
    const ids: CauseId[] = ['bank-card-status', 'bank-info-outdated', 'bank-non-counter-suspended'];
    const steps = ids.map((id) => guideView(id).channel.steps.join('|'));
    expect(new Set(steps).size).toBe(ids.length);
    expect(guideView('bank-non-counter-suspended').channel.steps.join('')).toMatch(/非柜面/);
    expect(guideView('bank-non-counter-suspended').channel.steps.join('')).not.toMatch(/预留手机号/);
  });

  it('a card appeal leads with the verified number; an unverified menu path comes last, marked', () => {
    const steps = guideView('risk-unusual-activity').channel.steps;
    expect(steps[0]).toMatch(/95017/);
    expect(steps[steps.length - 1]).toMatch(/菜单名字以手机上为准/);
  });
});
