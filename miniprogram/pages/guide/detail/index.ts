/**
 * One complete guide, from ids only: `?cause=<id>&symptom=<id>` or `?guide=unbind-card|repair-offer`.
 * Works for someone who received it as a share card and has no data of their own here. Unknown ids get a
 * clear message and a way on. Shares carry only the ids.
 */
import { guidePageView, type GuidePageView } from '../domain/present/library';
import type { GuideHead } from '../../../domain/present/guide';
import { loadTicks } from '../../../services/checklist';
import { go, queryValue, replace, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { saveLayoutToAlbum } from '../../../services/image';
import { checklistImage } from '../../../domain/present/checklist-image';
import {
  guideShare,
  guideTimelineShare,
  stepsGuideShare,
  stepsGuideTimelineShare,
} from '../../../services/share';
import { guideHost, showGuide, shownGuide } from '../../../behaviors/guide-host';
import { textSize } from '../../../behaviors/text-size';

/** What the page shows: a cause's guide carries only its head (sections are sent as the person opens them). */
type ShownView =
  | Exclude<GuidePageView, { kind: 'cause' }>
  | (Omit<Extract<GuidePageView, { kind: 'cause' }>, 'guide'> & { readonly guide: GuideHead });

Component({
  behaviors: [textSize, guideHost],
  data: {
    largeText: false,
    state: 'loading' as 'loading' | 'ready' | 'missing',
    view: null as ShownView | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const full = guidePageView({
        cause: queryValue(query, 'cause'),
        symptom: queryValue(query, 'symptom'),
        guide: queryValue(query, 'guide'),
      });
      const view: ShownView | null =
        full && full.kind === 'cause' ? { ...full, guide: showGuide(this, full.guide, 'view.guide') } : full;
      this.setData({ largeText: largeText(), state: view ? 'ready' : 'missing', view, ticks: loadTicks() });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    /** Work out the person's own situation: the questionnaire for this guide's symptom. */
    diagnose() {
      const view = this.data.view;
      const symptom = view && view.symptomId;
      if (symptom) go(ROUTES.questionnaire, { symptom, fresh: '1' });
      else go(ROUTES.home);
    },
    /** The checklist as a long picture, saved to the album (with permission). */
    saveImage() {
      const guide = shownGuide(this);
      if (guide) saveLayoutToAlbum(checklistImage(guide));
    },
    openLibrary() {
      replace(ROUTES.guideLibrary);
    },
    goHome() {
      replace(ROUTES.home);
    },
    onShareAppMessage() {
      const view = this.data.view;
      if (view && view.kind === 'steps') return stepsGuideShare(view.symptomId);
      return guideShare(view ? view.guide.causeId : '', view && view.symptomId ? view.symptomId : undefined);
    },
    onShareTimeline() {
      const view = this.data.view;
      if (view && view.kind === 'steps') return stepsGuideTimelineShare(view.symptomId);
      return guideTimelineShare(
        view ? view.guide.causeId : '',
        view && view.symptomId ? view.symptomId : undefined,
      );
    },
  },
});
