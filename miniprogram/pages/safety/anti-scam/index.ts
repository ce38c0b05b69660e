/**
 * Anti-scam: what scammers say, the "paste what you received" box (<paste-check>), and what to do if you
 * already gave them something. The pasted text stays in the box: never saved, never sent anywhere.
 */
import { antiScamView } from '../domain/present/safety';
import { callWithConsent } from '../../../services/privacy';
import { largeText } from '../../../services/settings';
import { ROUTES } from '../../../services/navigation';
import { textSize } from '../../../behaviors/text-size';

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    guide: antiScamView(),
  },
  methods: {
    onLoad() {
      this.setData({ largeText: largeText() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
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
