/**
 * Every guide without answering questions: each cause, grouped by what the person sees (the entry symptom),
 * and the two step guides. A group's causes are sent when the person opens it; a search opens every group it
 * finds. Tap → the guide page.
 */
import { libraryView, searchLibrary, type LibraryCause, type LibraryView } from '../domain/present/library';
import { go, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

const ALL: LibraryView = libraryView();

type Opened = Record<string, readonly LibraryCause[] | null>;

/** The groups as listed before they are opened: title, examples and how many causes. */
function headers(view: LibraryView) {
  return view.sections.map((s) => ({
    id: s.id,
    title: s.title,
    examples: s.examples,
    count: s.causes.length,
  }));
}

/** Every group of a search result, opened. */
function allOpen(view: LibraryView): Opened {
  const opened: Opened = {};
  for (const s of view.sections) opened[s.id] = s.causes;
  return opened;
}

/** The list each page shows now (everything, or a search result). */
const listed = new WeakMap<object, LibraryView>();

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    query: '',
    sections: headers(ALL),
    /** The causes of each opened group, by group id. */
    causes: {} as Opened,
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
      listed.set(this, found);
      const causes = query.trim() ? allOpen(found) : {};
      this.setData({ query, sections: headers(found), causes, guides: found.guides });
    },
    clearSearch() {
      listed.delete(this);
      this.setData({ query: '', sections: headers(ALL), causes: {}, guides: ALL.guides });
    },
    /** A group opens (its causes are sent) or closes. */
    toggleSection(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset.id);
      const section = (listed.get(this) ?? ALL).sections.find((s) => s.id === id);
      if (!section) return;
      this.setData({ [`causes.${id}`]: this.data.causes[id] ? null : section.causes });
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
