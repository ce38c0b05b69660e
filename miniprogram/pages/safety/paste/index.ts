/**
 * Paste what you received: the <paste-check> box on a page of its own, one tap from home. The pasted text
 * stays in the box on the phone: never saved, never sent anywhere.
 */
import { ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';

Component({
  data: {
    largeText: false,
  },
  methods: {
    onLoad() {
      this.setData({ largeText: largeText() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    onShareAppMessage() {
      return { title: '收到的短信、通知拿不准？粘贴进来看看', path: ROUTES.pasteCheck };
    },
  },
});
