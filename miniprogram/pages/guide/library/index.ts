/**
 * Every guide without answering questions: each cause, grouped by what the person sees (the entry symptom),
 * and the two step guides. A search box narrows the list. Tap → the guide page.
 */
import { libraryView, searchLibrary, type LibraryView } from '../domain/present/library';
import { go, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

const ALL: LibraryView = libraryView();

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    query: '',
    sections: ALL.sections,
    guides: ALL.guides,
  },
  methods: {
    onLoad() {
      this.setData({ largeText: largeText() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    search(e: WechatMiniprogram.Input) {
      const query = String(e.detail.value || '');
      const found = searchLibrary(ALL, query);
      this.setData({ query, sections: found.sections, guides: found.guides });
    },
    clearSearch() {
      this.setData({ query: '', sections: ALL.sections, guides: ALL.guides });
    },
    openCause(e: WechatMiniprogram.TouchEvent) {
      const { cause, symptom } = e.currentTarget.dataset as { cause?: string; symptom?: string };
      if (cause && symptom) go(ROUTES.guide, { cause, symptom });
    },
    openSteps(e: WechatMiniprogram.TouchEvent) {
      const guide = e.currentTarget.dataset.guide as string | undefined;
      if (guide) go(ROUTES.guide, { guide });
    },
    onShareAppMessage() {
      return { title: '微信支付受限：每种情况该找谁、带什么', path: ROUTES.guideLibrary };
    },
    onShareTimeline() {
      return { title: '微信支付受限：每种情况该找谁、带什么', query: '' };
    },
  },
});
