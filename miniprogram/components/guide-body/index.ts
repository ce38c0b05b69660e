/**
 * A cause's guide, as the result page and the guide page both show it: who can lift it, whether to appeal,
 * first steps and what never to do; why, the checklist (ticks belong to the page, which saves them) and where
 * to go with the in-app path, verified number and how long open on a tap. Properties: `guide` (a GuideHead
 * from domain/present/guide, with the sections the page has opened merged in) and `ticks`.
 * Events: `open` { section } (the page sends or takes back that section's lines, behaviors/guide-host.ts),
 * `tick` { id }.
 */
import { callWithConsent } from '../../services/privacy';

Component({
  options: { addGlobalClass: true },
  properties: {
    guide: { type: Object, value: {} },
    ticks: { type: Object, value: {} },
  },
  methods: {
    open(e: WechatMiniprogram.TouchEvent) {
      this.triggerEvent('open', { section: String(e.currentTarget.dataset.section) });
    },
    tick(e: WechatMiniprogram.TouchEvent) {
      this.triggerEvent('tick', { id: String(e.currentTarget.dataset.id) });
    },
    call(e: WechatMiniprogram.TouchEvent) {
      const phone = e.currentTarget.dataset.phone as string | undefined;
      if (phone) callWithConsent(phone);
    },
  },
});
