/**
 * The result screen of a diagnosis, as data: safety warnings first, ranked causes with the answers that led
 * to each, the guide steps of the guide-type symptoms. Pure; the page only renders it.
 */
import { getCause, getFlag, getGuideStep, getPath, getSymptom, type CauseId } from '../catalog/index';
import type { SafetyFlagContent } from '../catalog/types';
import { diagnose, type DiagnosisState } from '../diagnosis/engine';
import { contactLine, factLine, type ContactLine, type FactLine } from './guide';

/** A safety flag as shown: the catalog's flag with its contacts as lines to call. */
export type FlagView = Omit<SafetyFlagContent, 'id' | 'contacts'> & {
  readonly id: string;
  readonly contacts: readonly ContactLine[];
};

export interface CauseLine {
  readonly id: CauseId;
  readonly rank: number;
  readonly title: string;
  /** 为什么这样判断: the answers that pointed here (places in ResultView.answered); none when only the base rate did. */
  readonly reasons: readonly number[];
}

/** A safety flag on the result: only the numbers it can call (the bank's is on the card, not shown here). */
export interface FlagCard {
  readonly id: string;
  readonly level: FlagView['level'];
  readonly title: string;
  readonly message: string;
  readonly actions: readonly string[];
  readonly calls: readonly { readonly name: string; readonly phone: string }[];
}

export interface GuideStepView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** In-app path as one line: 我 → 服务 → 钱包. */
  readonly path: string;
  readonly contacts: readonly ContactLine[];
  readonly fact: FactLine | null;
}

export interface ResultView {
  readonly symptomTitle: string;
  readonly kind: 'diagnosis' | 'guide';
  readonly flags: readonly FlagCard[];
  readonly causes: readonly CauseLine[];
  /** Each answer that led to a cause, once: 「question」你选了「answer」. */
  readonly answered: readonly string[];
  readonly steps: readonly GuideStepView[];
  readonly complete: boolean;
}

/** A safety flag, ready to show (result, guide library and anti-scam pages alike). */
export function flagView(id: Parameters<typeof getFlag>[0]): FlagView {
  const f = getFlag(id);
  return {
    id,
    level: f.level,
    title: f.title,
    message: f.message,
    actions: f.actions,
    contacts: f.contacts.map(contactLine),
  };
}

function flagCard(id: Parameters<typeof getFlag>[0]): FlagCard {
  const { contacts, ...flag } = flagView(id);
  const calls = contacts.flatMap((c) => (c.phone ? [{ name: c.name, phone: c.phone }] : []));
  return { ...flag, calls };
}

export function resultView(state: DiagnosisState): ResultView {
  const d = diagnose(state);
  const symptom = getSymptom(state.symptom);
  const answered: string[] = [];
  const place = (text: string) => {
    if (answered.indexOf(text) < 0) answered.push(text);
    return answered.indexOf(text);
  };
  return {
    symptomTitle: symptom.title,
    kind: symptom.kind,
    flags: d.flags.map(flagCard),
    causes: d.causes.slice(0, 4).map((c) => ({
      id: c.id,
      rank: c.rank,
      title: getCause(c.id).title,
      reasons: c.reasons.map((r) => place(`「${r.question}」你选了「${r.answer}」`)),
    })),
    answered,
    steps: d.guide.map((id) => {
      const s = getGuideStep(id);
      return {
        id,
        title: s.title,
        text: s.text,
        path: s.path ? getPath(s.path).steps.join(' → ') : '',
        contacts: s.contacts.map(contactLine),
        fact: s.fact ? factLine(s.fact) : null,
      };
    }),
    complete: d.complete,
  };
}
