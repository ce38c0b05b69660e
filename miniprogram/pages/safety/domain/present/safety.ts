/**
 * The anti-scam page and the verified-numbers page, as data. Pure.
 * - Red flags come from SCAM_PATTERNS and the repair-offer facts of the catalog.
 * - "Already gave them something" uses the catalog's code-shared and paid-scammer flags.
 */
import { CONTACT_IDS, getContact, getGuideStep } from '../../../../domain/catalog/index';
import { SCAM_PATTERNS } from '../../../../domain/safety/patterns';
import { contactLine, factLine, type ContactLine, type FactLine } from '../../../../domain/present/guide';
import { flagView, type FlagView } from '../../../../domain/present/result';

export interface AntiScamView {
  /** What scammers say, in the words of the detector's strong signals. */
  readonly redFlags: readonly string[];
  readonly facts: readonly FactLine[];
  readonly scripts: string;
  readonly alreadyShared: FlagView;
  readonly alreadyPaid: FlagView;
}

export interface ContactView extends ContactLine {
  readonly note: string;
  readonly fact: FactLine;
}

export function antiScamView(): AntiScamView {
  const repair = getGuideStep('repair-is-scam');
  return {
    redFlags: SCAM_PATTERNS.filter((p) => p.strength === 'strong').map((p) => p.label),
    facts: repair.fact ? [factLine(repair.fact)] : [],
    scripts: repair.text,
    alreadyShared: flagView('code-shared'),
    alreadyPaid: flagView('paid-scammer'),
  };
}

/** Every verified number of the catalog, in its order, with what it is for and how sure we are. */
export function contactsView(): ContactView[] {
  return CONTACT_IDS.map((id) => {
    const c = getContact(id);
    return { ...contactLine(id), note: c.note, fact: factLine(c.fact) };
  });
}
