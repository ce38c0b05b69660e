/**
 * The page side of <guide-body>: every page that shows a guide answers its events the same way. The page keeps
 * the whole guide and sends only its head (showGuide); a section (why, the checklist, where and how long) is
 * sent when the person opens it and taken back when they close it. A tick is kept on the phone (when the phone
 * is full the tick stays on screen and the person is told); a number is called only after the privacy consent
 * WeChat asks for.
 */
import { toggleTick, type Ticks } from '../services/checklist';
import { toast } from '../services/feedback';
import { callWithConsent } from '../services/privacy';
import {
  guideHead,
  guideSection,
  isGuideSection,
  type GuideHead,
  type GuideSection,
  type GuideView,
} from '../domain/present/guide';

interface Shown {
  guide: GuideView;
  /** Where the page's data holds the head: `guide`, `view.guide`. */
  path: string;
  open: Set<GuideSection>;
}

const shown = new WeakMap<object, Shown>();

/** The page now shows `guide` at data `path`: what to put there (the head, every section closed). */
export function showGuide(host: object, guide: GuideView, path: string): GuideHead {
  shown.set(host, { guide, path, open: new Set() });
  return guideHead(guide);
}

/** The whole guide the page shows (for what its own buttons do: tracking, the picture, the calendar). */
export function shownGuide(host: object): GuideView | null {
  return shown.get(host)?.guide ?? null;
}

export const guideHost = Behavior({
  data: { ticks: {} as Ticks },
  methods: {
    /** From guide-body: a section header was tapped; it opens, or closes when open. */
    openSection(e: WechatMiniprogram.CustomEvent<{ section: string }>) {
      const current = shown.get(this);
      const section = e.detail.section;
      if (!current || !isGuideSection(section)) return;
      const lines = guideSection(current.guide, section);
      const closing = current.open.has(section);
      if (closing) current.open.delete(section);
      else current.open.add(section);
      const data: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(lines))
        data[`${current.path}.${key}`] = closing ? null : value;
      this.setData(data);
    },
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
