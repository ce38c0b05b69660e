/**
 * A checked text, as data: its risk, the signals with their excerpts (numbers hidden), and advice that names
 * 96110 and the 国家反诈中心 App only. No number from the pasted text is ever shown: a number in a scammer's
 * message shown back by this app would look like an endorsement. Pure.
 */
import { detectScam, type ScamRisk } from '../safety/scam';

export interface ScamCheckView {
  readonly risk: ScamRisk;
  readonly tone: 'danger' | 'warning' | 'info';
  readonly headline: string;
  readonly summary: string;
  readonly signals: ReadonlyArray<{ readonly id: string; readonly label: string; readonly excerpt: string }>;
  readonly advice: readonly string[];
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
