/**
 * "Paste what you received": one box for an SMS, a notice or a chat message. What is pasted is masked at once
 * (the box itself shows the masked text) and never leaves the phone: no cloud call, nothing saved but the
 * answers of a diagnosis the person chooses to start. It says whether the text is a likely scam, an official
 * notice of a known kind (and starts that diagnosis with the answers the text settles), or a bank
 * transaction SMS. Used on its own page (one tap from home) and on the anti-scam page.
 */
import type { DiagnosisState } from '../../../domain/diagnosis/engine';
import { maskSensitive } from '../../../domain/privacy/mask';
import { pasteCheck, type PasteCheckView } from '../../../domain/present/notice';
import { saveSession } from '../../../services/diagnosis';
import { toast } from '../../../services/feedback';
import { go, ROUTES } from '../../../services/navigation';
import { callWithConsent } from '../../../services/privacy';

/** The longest text checked at once (a long chat is enough to judge). */
const MAX_TEXT = 2000;

/** The diagnosis each open box would start (kept off `data`: the WXML binds only the view). */
const starts = new WeakMap<object, DiagnosisState>();

Component({
  options: { addGlobalClass: true },
  data: {
    text: '',
    view: null as PasteCheckView | null,
  },
  methods: {
    type(e: WechatMiniprogram.Input) {
      this.setData({ text: maskSensitive(String(e.detail.value || '').slice(0, MAX_TEXT)).text });
    },
    check() {
      const text = this.data.text.trim();
      if (!text) {
        toast('先把收到的短信、通知或聊天粘贴到框里');
        return;
      }
      const { view, start } = pasteCheck(text);
      if (start) starts.set(this, start);
      else starts.delete(this);
      this.setData({ text: view.masked, view });
    },
    clear() {
      starts.delete(this);
      this.setData({ text: '', view: null });
    },
    start() {
      const state = starts.get(this);
      if (!state) return;
      saveSession(state);
      go(ROUTES.questionnaire, { symptom: state.symptom, from: 'paste' });
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
  },
});
