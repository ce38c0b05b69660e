/**
 * Home: what happened to you? Large symptom cards, the scam warning, the way to the paste box (one tap), my
 * appeals, verified numbers.
 */
import { getSymptom, getSymptoms } from '../../domain/catalog/index';
import { nextQuestion, progress } from '../../domain/diagnosis/engine';
import { STATUS_LABEL } from '../../domain/appeal/status';
import { appealTitle, contactLine } from '../../domain/present/guide';
import { listMyAppeals } from '../../services/appeal';
import { loadSession } from '../../services/diagnosis';
import { go, ROUTES } from '../../services/navigation';
import { largeText } from '../../services/settings';
import { callWithConsent } from '../../services/privacy';
import { textSize } from '../../behaviors/text-size';

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    symptoms: [] as Array<{ id: string; title: string; example: string }>,
    resume: null as null | { symptom: string; title: string; answered: number; complete: boolean },
    /** The symptom tapped while an earlier diagnosis of it is saved: 继续上次 or 重新开始 under its card. */
    choosing: '',
    appealsText: '',
    contacts: [] as Array<{ id: string; name: string; phone: string | null; scope: string }>,
  },
  methods: {
    onLoad() {
      this.setData({
        largeText: largeText(),
        symptoms: getSymptoms().map((s) => ({
          id: s.id,
          title: s.title,
          example: s.examples.slice(0, 2).join('、'),
        })),
        contacts: (['95017', '96110', 'bank-hotline'] as const).map(contactLine),
      });
    },
    async onShow() {
      const session = loadSession();
      const resume = session
        ? {
            symptom: session.symptom,
            title: getSymptom(session.symptom).title,
            answered: progress(session).answered,
            complete: nextQuestion(session) === null,
          }
        : null;
      const reply = await listMyAppeals();
      if (!reply.ok) {
        this.setData({ largeText: largeText(), resume, choosing: '', appealsText: '暂时连不上，稍后再看' });
        return;
      }
      const first = reply.data.items[0];
      this.setData({
        largeText: largeText(),
        resume,
        choosing: '',
        appealsText: first
          ? `${reply.data.items.length} 条 · 最近：${appealTitle(first.causeIds)}「${STATUS_LABEL[first.status]}」`
          : '还没有跟踪的申诉',
      });
    },
    chooseSymptom(e: WechatMiniprogram.TouchEvent) {
      const symptom = String(e.currentTarget.dataset.id);
      const resume = this.data.resume;
      if (resume && resume.symptom === symptom && resume.answered > 0) {
        this.setData({ choosing: this.data.choosing === symptom ? '' : symptom });
        return;
      }
      go(ROUTES.questionnaire, { symptom, fresh: '1' });
    },
    /** 继续上次: the next question, or the result when every question is answered. */
    resumeDiagnosis() {
      const resume = this.data.resume;
      if (!resume) return;
      go(resume.complete ? ROUTES.result : ROUTES.questionnaire, { symptom: resume.symptom });
    },
    restartDiagnosis() {
      const resume = this.data.resume;
      if (resume) go(ROUTES.questionnaire, { symptom: resume.symptom, fresh: '1' });
    },
    openAppeals() {
      go(ROUTES.appealList);
    },
    openAntiScam() {
      go(ROUTES.antiScam);
    },
    openPasteCheck() {
      go(ROUTES.pasteCheck);
    },
    openGuides() {
      go(ROUTES.guideLibrary);
    },
    openContacts() {
      go(ROUTES.contacts);
    },
    openSettings() {
      go(ROUTES.settings);
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
    onShareAppMessage() {
      return { title: '微信支付被限制了？先看看该找谁、带什么', path: ROUTES.home };
    },
  },
});
