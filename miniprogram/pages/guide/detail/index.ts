/**
 * One complete guide, from ids only: `?cause=<id>&symptom=<id>` or `?guide=unbind-card|repair-offer`.
 * Works for someone who received it as a share card and has no data of their own here. Unknown ids get a
 * clear message and a way on. Shares carry only the ids.
 */
import { guidePageView, type GuidePageView } from '../domain/present/library';
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
import { guideHost } from '../../../behaviors/guide-host';
import { textSize } from '../../../behaviors/text-size';

Component({
  behaviors: [textSize, guideHost],
  data: {
    largeText: false,
    state: 'loading' as 'loading' | 'ready' | 'missing',
    view: null as GuidePageView | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const view = guidePageView({
        cause: queryValue(query, 'cause'),
        symptom: queryValue(query, 'symptom'),
        guide: queryValue(query, 'guide'),
      });
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
      const view = this.data.view;
      if (view && view.kind !== 'steps') saveLayoutToAlbum(checklistImage(view.guide));
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
