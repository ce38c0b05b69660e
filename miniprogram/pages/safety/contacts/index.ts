/**
 * The verified numbers only (catalog §3): what each is for, how sure we are, a call button. No cloud, no
 * storage: works with no network.
 */
import { contactsView, type ContactView } from '../domain/present/safety';
import { callWithConsent } from '../../../services/privacy';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    contacts: [] as ContactView[],
  },
  methods: {
    onLoad() {
      // Built when the page opens, so a content correction that arrived since launch is shown.
      this.setData({ largeText: largeText(), contacts: contactsView() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
  },
});
