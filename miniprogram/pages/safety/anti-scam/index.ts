/**
 * Anti-scam: what scammers say, a box to paste a message and check it, and what to do if you already gave
 * them something. The pasted text stays on this screen: never saved, never sent anywhere.
 */
import { antiScamView, scamCheckView, type ScamCheckView } from '../domain/present/safety';
import { toast } from '../../../services/feedback';
import { callWithConsent } from '../../../services/privacy';
import { largeText } from '../../../services/settings';
import { ROUTES } from '../../../services/navigation';

/** The longest text checked at once (a long chat is enough to judge). */
const MAX_TEXT = 2000;

Component({
  data: {
    largeText: false,
    guide: antiScamView(),
    text: '',
    check: null as ScamCheckView | null,
  },
  methods: {
    onLoad() {
      this.setData({ largeText: largeText() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    type(e: WechatMiniprogram.Input) {
      this.setData({ text: String(e.detail.value || '').slice(0, MAX_TEXT) });
    },
    checkText() {
      const text = this.data.text.trim();
      if (!text) {
        toast('先把对方发来的话粘贴到框里');
        return;
      }
      this.setData({ check: scamCheckView(text) });
    },
    clearText() {
      this.setData({ text: '', check: null });
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
    onShareAppMessage() {
      return { title: '收费解封都是骗子：看看骗子常说的话', path: ROUTES.antiScam };
    },
  },
});
