/**
 * A cause's complete guide, as the result page and the guide page both show it: why, who can lift it,
 * whether to appeal, first steps, the checklist (ticks belong to the page, which saves them), where to go
 * with the in-app path and verified number, how long, what next, what never to do, when it was checked.
 * Properties: `guide` (a GuideView from domain/present/guide) and `ticks`. Event: `tick` { id }.
 */
import { callWithConsent } from '../../services/privacy';

Component({
  options: { addGlobalClass: true },
  properties: {
    guide: { type: Object, value: {} },
    ticks: { type: Object, value: {} },
  },
  methods: {
    tick(e: WechatMiniprogram.TouchEvent) {
      this.triggerEvent('tick', { id: String(e.currentTarget.dataset.id) });
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
  },
});
