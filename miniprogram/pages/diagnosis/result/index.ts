/**
 * The result: why it probably happened, who can lift it, whether to appeal, what to bring, where to go,
 * how long it takes; then copy the statement, call a verified number, add a reminder, start tracking, share.
 * The page opens with the causes; a cause's guide is sent when the person opens it (看怎么办, or a tap on
 * the cause), its sections when they open those.
 */
import { isCauseId, isSymptomId, type CauseId } from '../../../domain/catalog/index';
import { startDiagnosis, type DiagnosisState } from '../../../domain/diagnosis/engine';
import { draftStatement } from '../../../domain/statement';
import { guideView, trackingChannel, type GuideHead, type GuideView } from '../../../domain/present/guide';
import { resultView, type ResultView } from '../../../domain/present/result';
import { startTracking } from '../../../services/appeal';
import { shanghaiDate, weekdaysAfter } from '../../../domain/appeal/deadline';
import { askForReminders, REMINDER_REASON } from '../../../services/subscription';
import { loadTicks } from '../../../services/checklist';
import { addCalendarReminder, copyText } from '../../../services/device';
import { loadSession } from '../../../services/diagnosis';
import { confirm, toast } from '../../../services/feedback';
import { go, queryValue, replace, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { saveLayoutToAlbum } from '../../../services/image';
import { checklistImage } from '../../../domain/present/checklist-image';
import { guideShare, guideTimelineShare } from '../../../services/share';
import { guideHost, showGuide, shownGuide } from '../../../behaviors/guide-host';
import { textSize } from '../../../behaviors/text-size';

/** The diagnosis each open result page shows. */
const diagnoses = new WeakMap<object, DiagnosisState>();

/** A date N weekdays from today, for a phone-calendar reminder (holidays push real answers later). */
function weekdaysFromToday(n: number): string {
  return weekdaysAfter(shanghaiDate(new Date()), n);
}

function guideFor(causeId: CauseId | null, state: DiagnosisState): GuideView | null {
  return causeId ? guideView(causeId, state.symptom, state.answers) : null;
}

/** The short appeal statement, only where an appeal makes sense (never for a freeze, a lost card or a debt). */
function statementFor(causeId: CauseId | null, state: DiagnosisState): string {
  const guide = guideFor(causeId, state);
  if (!causeId || !guide || guide.offer !== 'statement') return '';
  return draftStatement({ symptom: state.symptom, answers: state.answers, causeIds: [causeId] }).short;
}

Component({
  behaviors: [textSize, guideHost],
  data: {
    largeText: false,
    view: null as ResultView | null,
    selected: '',
    /** The opened cause's guide (its head; sections as opened), null until the person opens one. */
    guide: null as GuideHead | null,
    /** What to say at the counter and what to note, when the opened guide is a visit. */
    visit: null as { say: readonly string[]; record: readonly string[] } | null,
    statement: '',
    tracking: 'idle' as 'idle' | 'busy',
    reminderReason: REMINDER_REASON.startTracking,
    trackingError: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const symptom = queryValue(query, 'symptom');
      if (!isSymptomId(symptom)) {
        toast('没有找到诊断结果，请从首页重新开始');
        replace(ROUTES.home);
        return;
      }
      const saved = loadSession();
      const diagnosis = saved && saved.symptom === symptom ? saved : startDiagnosis(symptom);
      diagnoses.set(this, diagnosis);
      const view = resultView(diagnosis);
      const top = view.causes[0]?.id ?? null;
      this.setData({ largeText: largeText(), view, selected: top ?? '', ticks: loadTicks() });
    },
    /** 看怎么办: the guide of the cause picked (the most likely one until another is tapped). */
    openGuide() {
      this.showCause(this.data.selected);
    },
    selectCause(e: WechatMiniprogram.TouchEvent) {
      this.showCause(String(e.currentTarget.dataset.id));
    },
    showCause(id: string) {
      const diagnosis = diagnoses.get(this);
      if (!diagnosis || !isCauseId(id)) return;
      const guide = guideFor(id, diagnosis);
      this.setData({
        selected: id,
        guide: guide ? showGuide(this, guide, 'guide') : null,
        visit: guide && guide.offer === 'visit' ? { say: guide.say, record: guide.record } : null,
        statement: statementFor(id, diagnosis),
      });
    },
    copyStatement() {
      if (this.data.statement) copyText(this.data.statement);
    },
    openStatement() {
      const diagnosis = diagnoses.get(this);
      if (diagnosis && this.data.selected)
        go(ROUTES.statement, { symptom: diagnosis.symptom, cause: this.data.selected });
    },
    /** In place of this page (the page stack does not grow): the review screen, then the result again. */
    editAnswers() {
      const diagnosis = diagnoses.get(this);
      if (diagnosis) replace(ROUTES.questionnaire, { symptom: diagnosis.symptom, review: '1' });
    },
    async restart() {
      const diagnosis = diagnoses.get(this);
      if (!diagnosis) return;
      if (!(await confirm('重新开始？', '这次的回答会清掉，从第一个问题重新回答。', '重新开始'))) return;
      replace(ROUTES.questionnaire, { symptom: diagnosis.symptom, fresh: '1' });
    },
    saveImage() {
      const guide = shownGuide(this);
      if (guide) saveLayoutToAlbum(checklistImage(guide));
    },
    addReminder() {
      const guide = shownGuide(this);
      if (!guide) return;
      const what = guide.offer === 'statement' ? '查看申诉进度' : '跟进办理进度';
      addCalendarReminder(
        `${what}：${guide.title}`,
        weekdaysFromToday(3),
        `打开申诉向导看看进度。${guide.channel.name}。遇到节假日，答复时间会顺延。`,
      );
    },
    async startTracking() {
      const diagnosis = diagnoses.get(this);
      const guide = shownGuide(this);
      if (!diagnosis || !guide || !guide.trackLabel || this.data.tracking === 'busy') return;
      // Asked first, inside the tap: WeChat only shows the subscription prompt there.
      const reminders = askForReminders('startTracking');
      this.setData({ tracking: 'busy', trackingError: '' });
      const reply = await startTracking({
        symptomId: diagnosis.symptom,
        causeIds: [guide.causeId],
        channelId: trackingChannel(guide.causeId, diagnosis.symptom),
        checklist: guide.checklist,
      });
      await reminders;
      if (!reply.ok) {
        this.setData({ tracking: 'idle', trackingError: reply.error.message });
        return;
      }
      this.setData({ tracking: 'idle' });
      go(ROUTES.appealDetail, { id: reply.data.id });
    },
    onShareAppMessage() {
      const diagnosis = diagnoses.get(this);
      return guideShare(this.data.selected, diagnosis?.symptom);
    },
    onShareTimeline() {
      const diagnosis = diagnoses.get(this);
      return guideTimelineShare(this.data.selected, diagnosis?.symptom);
    },
  },
});
