/**
 * The page side of <guide-body>: every page that shows a guide answers its events the same way. A tick is kept
 * on the phone (when the phone is full the tick stays on screen and the person is told); a number is called only
 * after the privacy consent WeChat asks for.
 */
import { toggleTick, type Ticks } from '../services/checklist';
import { toast } from '../services/feedback';
import { callWithConsent } from '../services/privacy';

export const guideHost = Behavior({
  data: { ticks: {} as Ticks },
  methods: {
    /** From guide-body: a checklist item was tapped. */
    tick(e: WechatMiniprogram.CustomEvent<{ id: string }>) {
      const result = toggleTick(this.data.ticks, String(e.detail.id));
      if (!result.saved) toast('手机存储空间不足，勾选没能保存');
      this.setData({ ticks: result.ticks });
    },
    /** From guide-body: a verified number was tapped. */
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
  },
});
