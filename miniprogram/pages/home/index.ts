/**
 * Home: what happened to you? Large symptom cards, the scam warning, my appeals, verified numbers.
 */
import { getSymptoms, getSymptom, progress } from '../../domain/index';
import { STATUS_LABEL } from '../../domain/appeal/status';
import { appealTitle, contactLine } from '../../domain/present/guide';
import { listMyAppeals } from '../../services/appeal';
import { loadSession } from '../../services/diagnosis';
import { go, ROUTES } from '../../services/navigation';
import { largeText } from '../../services/settings';
import { callWithConsent } from '../../services/privacy';

Component({
  data: {
    largeText: false,
    symptoms: [] as Array<{ id: string; title: string; example: string }>,
    resume: null as null | { symptom: string; title: string; answered: number },
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
          }
        : null;
      const reply = await listMyAppeals();
      if (!reply.ok) {
        this.setData({ largeText: largeText(), resume, appealsText: '暂时连不上，稍后再看' });
        return;
      }
      const first = reply.data.items[0];
      this.setData({
        largeText: largeText(),
        resume,
        appealsText: first
          ? `${reply.data.items.length} 条 · 最近：${appealTitle(first.causeIds)}「${STATUS_LABEL[first.status]}」`
          : '还没有跟踪的申诉',
      });
    },
    chooseSymptom(e: WechatMiniprogram.TouchEvent) {
      go(ROUTES.questionnaire, { symptom: String(e.currentTarget.dataset.id), fresh: '1' });
    },
    resumeDiagnosis() {
      if (this.data.resume) go(ROUTES.questionnaire, { symptom: this.data.resume.symptom });
    },
    openAppeals() {
      go(ROUTES.appealList);
    },
    openAntiScam() {
      go(ROUTES.antiScam);
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
