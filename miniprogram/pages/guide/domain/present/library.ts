/**
 * The guide library and the guide page, as data. Nothing here needs the person's answers: a guide opened
 * from a share card (only ids in its path) shows the same thing as it does for the person who shared it.
 * - every cause's guide, grouped by the entry symptom it is reached from;
 * - the two step guides (unbind-card, repair-offer) with ALL their steps; steps that only apply in some
 *   situations are marked, since nobody has answered the questions that would pick them.
 * Pure; the pages only render it.
 */
import {
  getCause,
  getGuideStep,
  getPath,
  getSymptom,
  getSymptoms,
  isCauseId,
  isSymptomId,
} from '../../../../domain/catalog/index';
import type { CauseId, SymptomId } from '../../../../domain/catalog/index';
import { always, GUIDE_RULES, SYMPTOM_FLAGS, type GuideRule } from '../../../../domain/diagnosis/rules';
import {
  AUTHORITY_LABEL,
  contactLine,
  factLine,
  guideView,
  VERDICT_LABEL,
  type GuideView,
} from '../../../../domain/present/guide';
import { flagView, type FlagView, type GuideStepView } from '../../../../domain/present/result';

export interface LibraryCause {
  readonly id: CauseId;
  readonly title: string;
  /** 谁能解除, short. */
  readonly liftedBy: string;
  readonly verdictLabel: string;
}

export interface LibrarySection {
  readonly id: SymptomId;
  readonly title: string;
  readonly examples: string;
  readonly causes: readonly LibraryCause[];
}

export interface LibraryGuide {
  readonly id: SymptomId;
  readonly title: string;
  readonly intro: string;
  readonly stepCount: number;
}

export interface LibraryView {
  readonly sections: readonly LibrarySection[];
  readonly guides: readonly LibraryGuide[];
}

export interface StepLine extends GuideStepView {
  /** Only needed in some situations (e.g. the phone was lost, a code was given away). */
  readonly conditional: boolean;
}

export type GuidePageView =
  | {
      readonly kind: 'cause';
      readonly symptomId: SymptomId | '';
      readonly symptomTitle: string;
      readonly guide: GuideView;
    }
  | {
      readonly kind: 'steps';
      readonly symptomId: SymptomId;
      readonly title: string;
      readonly intro: string;
      readonly flags: readonly FlagView[];
      readonly steps: readonly StepLine[];
      readonly lastReviewed: string;
    };

function libraryCause(id: CauseId): LibraryCause {
  const cause = getCause(id);
  return {
    id,
    title: cause.title,
    liftedBy: cause.liftedBy.map((a) => AUTHORITY_LABEL[a]).join('、'),
    verdictLabel: VERDICT_LABEL[cause.appeal.verdict],
  };
}

function stepRules(symptomId: SymptomId): readonly GuideRule[] {
  return GUIDE_RULES[symptomId] || [];
}

export function libraryView(): LibraryView {
  const symptoms = getSymptoms();
  return {
    sections: symptoms
      .filter((s) => s.kind === 'diagnosis')
      .map((s) => ({
        id: s.id,
        title: s.title,
        examples: s.examples.join('、'),
        causes: s.causes.map(libraryCause),
      })),
    guides: symptoms
      .filter((s) => s.kind === 'guide')
      .map((s) => ({ id: s.id, title: s.title, intro: s.intro, stepCount: stepRules(s.id).length })),
  };
}

function matches(words: readonly string[], query: string): boolean {
  return words.some((w) => w.indexOf(query) >= 0);
}

/** The library narrowed to what mentions the search words (title, examples, who can lift it). */
export function searchLibrary(view: LibraryView, query: string): LibraryView {
  const q = query.trim();
  if (!q) return view;
  const sections = view.sections
    .map((s) => ({
      ...s,
      causes: matches([s.title, s.examples], q)
        ? s.causes
        : s.causes.filter((c) => matches([c.title, c.liftedBy, c.verdictLabel], q)),
    }))
    .filter((s) => s.causes.length > 0);
  const guides = view.guides.filter((g) =>
    matches([g.title, g.intro, getSymptom(g.id).examples.join('、')], q),
  );
  return { sections, guides };
}

function stepLine(rule: GuideRule): StepLine {
  const s = getGuideStep(rule.step);
  return {
    id: s.id,
    title: s.title,
    text: s.text,
    path: s.path ? getPath(s.path).steps.join(' → ') : '',
    contacts: s.contacts.map(contactLine),
    fact: s.fact ? factLine(s.fact) : null,
    conditional: rule.when !== always,
  };
}

function stepsPage(symptomId: SymptomId): GuidePageView {
  const symptom = getSymptom(symptomId);
  return {
    kind: 'steps',
    symptomId,
    title: symptom.title,
    intro: symptom.intro,
    flags: (SYMPTOM_FLAGS[symptomId] || []).map(flagView),
    steps: stepRules(symptomId).map(stepLine),
    lastReviewed: symptom.lastReviewed,
  };
}

/**
 * The guide page for the ids of a link: `cause` (+ optional `symptom`, which only changes the first channel)
 * or `guide` (a step-guide symptom). Ids are checked, never trusted; a symptom that does not lead to the
 * cause is ignored. null when there is nothing to show.
 */
export function guidePageView(ids: {
  cause?: string;
  symptom?: string;
  guide?: string;
}): GuidePageView | null {
  if (ids.guide) {
    return isSymptomId(ids.guide) && getSymptom(ids.guide).kind === 'guide' ? stepsPage(ids.guide) : null;
  }
  if (!isCauseId(ids.cause)) return null;
  const cause = getCause(ids.cause);
  const symptomId = isSymptomId(ids.symptom) && cause.symptoms.indexOf(ids.symptom) >= 0 ? ids.symptom : '';
  return {
    kind: 'cause',
    symptomId,
    symptomTitle: symptomId ? getSymptom(symptomId).title : '',
    guide: guideView(ids.cause, symptomId || undefined),
  };
}
