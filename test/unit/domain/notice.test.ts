/**
 * Pasted notices as data (test/corpus/notices.tsv): each is read as its kind, and an official notice starts
 * its diagnosis with exactly the answers its text settles, each a real option of a question of that diagnosis.
 */
import {
  flowOf,
  getQuestion,
  isOptionOf,
  isQuestionId,
  startDiagnosis,
  answer,
} from '../../../miniprogram/domain';
import { NOTICE_KINDS, readNotice } from '../../../miniprogram/domain/safety/notice';
import { readCorpus } from '../../../tools/corpus';

const NOTICES = readCorpus('notices.tsv');

function expected(settles: string): { symptom: string | null; answers: Record<string, string> } {
  if (settles === '-') return { symptom: null, answers: {} };
  const [symptom, ...pairs] = settles.split(' ');
  return { symptom, answers: Object.fromEntries(pairs.map((p) => p.split('='))) };
}

describe('reading pasted notices', () => {
  it('has ≥ 60 realistic notices across every kind but unknown', () => {
    expect(NOTICES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(NOTICES.map((n) => n.label));
    expect(NOTICE_KINDS.filter((k) => k !== 'unknown' && !kinds.has(k))).toEqual([]);
  });

  it.each(NOTICES.map((n) => [n.label, n.text, n.kind] as const))('%s: %s', (kind, text, settles) => {
    const reading = readNotice(text);
    expect(reading.kind).toBe(kind);
    expect({ symptom: reading.symptom, answers: reading.answers }).toEqual(expected(settles));
  });

  it('every settled answer is an option of a question the diagnosis asks, so the engine takes it', () => {
    for (const n of NOTICES) {
      const { symptom, answers } = readNotice(n.text);
      if (!symptom) continue;
      let state = startDiagnosis(symptom);
      const asked = flowOf(symptom).map((s) => s.q);
      for (const [q, v] of Object.entries(answers)) {
        expect(isQuestionId(q) && asked.indexOf(q) >= 0 && isOptionOf(q, v)).toBe(true);
        if (isQuestionId(q) && isOptionOf(q, v)) state = answer(state, q, v as never);
        expect(getQuestion(q as never).id).toBe(q);
      }
      expect(state.answers).toEqual(answers);
    }
  });

  it('masks the pasted text at once: the reading holds no full card, ID, phone or code', () => {
    const r = readNotice(
      '【XX市人民法院】冻结被执行人名下账户6222021234567890，身份证11010519491231002X，电话13812345678，验证码482913',
    );
    expect(r.kind).toBe('court-freeze');
    expect(r.masked).not.toMatch(/6222021234567890|11010519491231002X|13812345678|482913/);
    expect(r.masked).toContain('****7890');
  });

  it('says nothing official about a chat that is none of these', () => {
    expect(readNotice('明天下午三点来家里吃饭')).toMatchObject({
      kind: 'unknown',
      symptom: null,
      answers: {},
    });
  });
});
