/**
 * Scam detector for pasted text (a chat, an SMS, what a caller said). Runs offline, on the phone.
 * - The text is read first (context.ts): warnings and retold stories are set aside, so "验证码不要告诉任何人"
 *   is not an ask. Then the phrase families of patterns.ts are looked for.
 * - Any strong signal → 'scam'; three different weak ones → 'scam'; one or two → 'suspicious'.
 * - Scam words found only in what was set aside are reported as `mentioned`: the page still gives a caution.
 * The advice names 96110 and the 国家反诈中心 App and no other number: a page that shows numbers from pasted
 * text would help the scammer.
 */
import { maskSensitive } from '../privacy/mask';
import { readText } from './context';
import { SCAM_PATTERNS, type ScamPattern } from './patterns';

export { SCAM_PATTERNS, type ScamPattern } from './patterns';

export type ScamRisk = 'none' | 'suspicious' | 'scam';

export interface ScamSignal {
  readonly id: string;
  readonly label: string;
  /** The sentence that matched, shortened around the match, sensitive numbers masked. */
  readonly excerpt: string;
}

export interface ScamResult {
  readonly risk: ScamRisk;
  readonly signals: ScamSignal[];
  readonly advice: string[];
  /** Scam words appear, but only in a warning or a retelling. */
  readonly mentioned: boolean;
}

export const SCAM_ADVICE: readonly string[] = [
  '这是骗子常用的说法。正规申诉不收一分钱，也没有“内部渠道”。',
  '不要付钱，不要给验证码和密码，不要共享屏幕，不要下载对方让你装的软件。',
  '挂断电话，删掉对方，不要再联系。',
  '拿不准的，打96110咨询；也可以在“国家反诈中心”App里举报。',
  '如果已经给了验证码、密码或钱：马上用银行卡背面的电话请银行冻结卡，修改密码，然后报警。',
];

const SUSPICIOUS_ADVICE: readonly string[] = [
  '这段话有可疑的地方。先别照着做。',
  '不要付钱，不要给验证码和密码，不要共享屏幕。',
  '拿不准的，打96110咨询；也可以在“国家反诈中心”App里问一问。',
];

/** Weak signals of this many different kinds together make a likely scam. */
const WEAK_FOR_SCAM = 3;

function excerptOf(sentence: string, index: number, length: number): string {
  const start = Math.max(0, index - 8);
  const end = Math.min(sentence.length, index + length + 8);
  const raw = (start > 0 ? '…' : '') + sentence.slice(start, end) + (end < sentence.length ? '…' : '');
  return maskSensitive(raw.replace(/\s+/g, ' ')).text;
}

function firstMatch(p: ScamPattern, sentences: readonly string[]): ScamSignal | null {
  for (const sentence of sentences) {
    if (p.unless && p.unless.test(sentence)) continue;
    const m = p.pattern.exec(sentence);
    if (m) return { id: p.id, label: p.label, excerpt: excerptOf(sentence, m.index, m[0].length) };
  }
  return null;
}

function adviceFor(risk: ScamRisk): string[] {
  if (risk === 'scam') return SCAM_ADVICE.slice();
  return risk === 'suspicious' ? SUSPICIOUS_ADVICE.slice() : [];
}

export function detectScam(text: string): ScamResult {
  const read = readText(text);
  const signals: ScamSignal[] = [];
  let strong = false;
  let weak = 0;
  let mentioned = false;
  for (const p of SCAM_PATTERNS) {
    const hit = firstMatch(p, p.scope === 'raw' ? read.raw : read.asks);
    if (hit) {
      signals.push(hit);
      strong = strong || p.strength === 'strong';
      weak += p.strength === 'weak' ? 1 : 0;
    } else if (p.strength === 'strong' && !mentioned) {
      mentioned = firstMatch(p, read.asides) !== null;
    }
  }
  const risk: ScamRisk = strong || weak >= WEAK_FOR_SCAM ? 'scam' : weak > 0 ? 'suspicious' : 'none';
  return { risk, signals, advice: adviceFor(risk), mentioned: risk === 'none' && mentioned };
}
