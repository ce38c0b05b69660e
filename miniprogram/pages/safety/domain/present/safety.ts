/**
 * The anti-scam page and the verified-numbers page, as data. Pure.
 * - Red flags come from SCAM_PATTERNS and the repair-offer facts of the catalog.
 * - A checked text shows its risk, the signals with their excerpts masked, and advice that names 96110 and
 *   the 国家反诈中心 App only. No number from the pasted text is ever shown: a number in a scammer's message
 *   shown back by this app would look like an endorsement.
 * - "Already gave them something" uses the catalog's code-shared and paid-scammer flags.
 */
import { CONTACT_IDS, detectScam, getContact, getGuideStep, SCAM_PATTERNS } from '../../../../domain/index';
import type { ScamRisk } from '../../../../domain/index';
import { contactLine, factLine, type ContactLine, type FactLine } from '../../../../domain/present/guide';
import { flagView, type FlagView } from '../../../../domain/present/result';

export interface ScamCheckView {
  readonly risk: ScamRisk;
  readonly tone: 'danger' | 'warning' | 'info';
  readonly headline: string;
  readonly summary: string;
  readonly signals: ReadonlyArray<{ readonly id: string; readonly label: string; readonly excerpt: string }>;
  readonly advice: readonly string[];
}

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

const HEADLINE: Readonly<
  Record<ScamRisk, { tone: ScamCheckView['tone']; headline: string; summary: string }>
> = {
  scam: {
    tone: 'danger',
    headline: '很可能是骗子',
    summary: '这段话里有骗子常用的说法。请不要照着做。',
  },
  suspicious: {
    tone: 'warning',
    headline: '有可疑的地方',
    summary: '这段话里有可疑的说法。先别照着做，问清楚再说。',
  },
  none: {
    tone: 'info',
    headline: '没有发现常见的骗子说法',
    summary: '但这不代表一定安全。骗子的说法一直在变。',
  },
};

/** Scam words only inside a warning or a retelling: still a caution, never an all-clear. */
const MENTIONED = {
  tone: 'info' as const,
  headline: '像是在提醒或讲述，不是在让你做事',
  summary: '这段话里提到了骗子常用的说法。如果有人真的这样要求你，那就是骗子。',
};

/** Advice when nothing was found: still only 96110 and the 国家反诈中心 App. */
const NONE_ADVICE: readonly string[] = [
  '只要有人要你付钱解封、要验证码、要密码、要你共享屏幕，就是骗子。',
  '拿不准的，打96110问一问；也可以在“国家反诈中心”App里问。',
];

/** A run of digits, maybe with spaces or dashes inside. */
const DIGIT_RUN = /\d[\d -]*\d|\d/g;

/** Numbers of 5 digits or more that are not an amount (…元/块): a scammer's phone, QQ or account. */
function hideNumbers(excerpt: string): string {
  return excerpt.replace(DIGIT_RUN, (run: string, offset: number) => {
    const digits = run.replace(/[ -]/g, '').length;
    const amount = /^\s*(?:元|块)/.test(excerpt.slice(offset + run.length));
    return digits >= 5 && !amount ? '[号码已隐藏]' : run;
  });
}

export function scamCheckView(text: string): ScamCheckView {
  const result = detectScam(text);
  const head = result.mentioned ? MENTIONED : HEADLINE[result.risk];
  return {
    risk: result.risk,
    tone: head.tone,
    headline: head.headline,
    summary: head.summary,
    signals: result.signals.map((s) => ({ id: s.id, label: s.label, excerpt: hideNumbers(s.excerpt) })),
    advice: result.risk === 'none' ? NONE_ADVICE.slice() : result.advice,
  };
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
