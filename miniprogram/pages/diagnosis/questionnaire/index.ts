/**
 * The questionnaire: one question per screen, 不确定 always allowed, back, help, and a review screen where
 * any answer can be changed (the result is worked out again). Saved on the phone after every answer.
 */
import { getCause, getSymptom, isSymptomId } from '../../../domain/catalog/index';
import {
  answer,
  back,
  diagnose,
  editAnswer,
  nextQuestion,
  progress,
  reviewItems,
  startDiagnosis,
  type DiagnosisState,
} from '../../../domain/diagnosis/engine';
import {
  getQuestion,
  isOptionOf,
  isQuestionId,
  optionsOf,
  type QuestionId,
} from '../../../domain/diagnosis/questions/index';
import { clearSession, loadSession, saveSession } from '../../../services/diagnosis';
import { toast } from '../../../services/feedback';
import { queryValue, replace, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

interface QuestionView {
  id: string;
  title: string;
  help: string;
  options: Array<{ value: string; label: string }>;
}

/** The diagnosis each open questionnaire page is answering. */
const sessions = new WeakMap<object, DiagnosisState>();

function questionView(id: QuestionId): QuestionView {
  const q = getQuestion(id);
  return { id, title: q.title, help: q.help, options: optionsOf(id) };
}

/** What the answers point to right now, shown on the review screen and worked out again after each edit. */
function conclusionOf(state: DiagnosisState): string {
  const top = diagnose(state).causes[0];
  return top ? getCause(top.id).title : '';
}

/** Everything the screen shows for a state: one setData per answer. */
function screenFor(state: DiagnosisState, mode: 'question' | 'review', editing: string) {
  const p = progress(state);
  const total = p.answered + p.remaining;
  const next = nextQuestion(state);
  const current = editing && isQuestionId(editing) ? editing : next?.id;
  return {
    mode,
    complete: next === null,
    conclusion: mode === 'review' ? conclusionOf(state) : '',
    question: current ? questionView(current) : null,
    editing,
    showHelp: false,
    answered: p.answered,
    remaining: p.remaining,
    percent: total ? Math.round((p.answered / total) * 100) : 100,
    canGoBack: state.history.length > 0,
    review:
      mode === 'review'
        ? reviewItems(state).map((r) => ({ id: r.questionId, question: r.question, answer: r.answer }))
        : [],
  };
}

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    symptomTitle: '',
    mode: 'question' as 'question' | 'review',
    complete: false,
    conclusion: '',
    question: null as QuestionView | null,
    editing: '',
    showHelp: false,
    answered: 0,
    remaining: 0,
    percent: 0,
    canGoBack: false,
    review: [] as Array<{ id: string; question: string; answer: string }>,
    /** 从你贴的内容看出: answers a pasted notice settled, shown until the person answers or changes one. */
    pasted: [] as Array<{ id: string; question: string; answer: string }>,
    saveFailed: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const symptom = queryValue(query, 'symptom');
      if (!isSymptomId(symptom)) {
        toast('没有找到这个问题类型，请从首页重新选择');
        replace(ROUTES.home);
        return;
      }
      const saved = query.fresh ? null : loadSession();
      const session = saved && saved.symptom === symptom ? saved : startDiagnosis(symptom);
      sessions.set(this, session);
      if (query.fresh) clearSession();
      // Opened from the result to change answers: the review screen, never straight back to the result.
      const review = query.review === '1' && progress(session).answered > 0;
      if (!review && nextQuestion(session) === null && !query.fresh) {
        this.finish();
        return;
      }
      const pasted = query.from === 'paste' ? reviewItems(session) : [];
      this.setData({
        largeText: largeText(),
        symptomTitle: getSymptom(symptom).title,
        pasted: pasted.map((r) => ({ id: r.questionId, question: r.question, answer: r.answer })),
        ...screenFor(session, review ? 'review' : 'question', ''),
      });
    },
    onUnload() {
      sessions.delete(this);
    },
    choose(e: WechatMiniprogram.TouchEvent) {
      const value = String(e.currentTarget.dataset.value);
      const question = this.data.question;
      let session = sessions.get(this);
      if (!session || !question || !isQuestionId(question.id) || !isOptionOf(question.id, value)) return;
      const wasEditing = this.data.editing !== '';
      session = wasEditing ? editAnswer(session, question.id, value) : answer(session, question.id, value);
      sessions.set(this, session);
      const saved = saveSession(session);
      if (wasEditing) {
        this.setData({ ...screenFor(session, 'review', ''), saveFailed: !saved });
        return;
      }
      if (nextQuestion(session) === null) {
        this.finish();
        return;
      }
      this.setData({ ...screenFor(session, 'question', ''), pasted: [], saveFailed: !saved });
    },
    toggleHelp() {
      this.setData({ showHelp: !this.data.showHelp });
    },
    goBack() {
      let session = sessions.get(this);
      if (!session) return;
      if (this.data.mode === 'review' || this.data.editing) {
        this.setData(screenFor(session, nextQuestion(session) ? 'question' : 'review', ''));
        return;
      }
      session = back(session);
      sessions.set(this, session);
      saveSession(session);
      this.setData(screenFor(session, 'question', ''));
    },
    openReview() {
      const session = sessions.get(this);
      if (session) this.setData(screenFor(session, 'review', ''));
    },
    edit(e: WechatMiniprogram.TouchEvent) {
      const session = sessions.get(this);
      if (session)
        this.setData({ ...screenFor(session, 'question', String(e.currentTarget.dataset.id)), pasted: [] });
    },
    startOver() {
      const previous = sessions.get(this);
      if (!previous) return;
      const session = startDiagnosis(previous.symptom);
      sessions.set(this, session);
      clearSession();
      this.setData(screenFor(session, 'question', ''));
    },
    finish() {
      const session = sessions.get(this);
      if (!session) return;
      saveSession(session);
      replace(ROUTES.result, { symptom: session.symptom });
    },
  },
});
