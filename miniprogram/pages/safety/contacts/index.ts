/**
 * The verified numbers only (catalog §3): what each is for, how sure we are, a call button. No cloud, no
 * storage: works with no network.
 */
import { contactsView } from '../domain/present/safety';
import { callWithConsent } from '../../../services/privacy';
import { largeText } from '../../../services/settings';

Component({
  data: {
    largeText: false,
    contacts: contactsView(),
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
  },
});
