import type { Fact, Reliability, SourceId } from './types';

export function fact(text: string, source: SourceId, reliability: Reliability): Fact {
  return { text, source, reliability };
}

/** The note shown next to an uncertain fact. Official facts need none. */
export function reliabilityNote(reliability: Reliability): string {
  if (reliability === 'seed-only') return '常见说法，以官方为准';
  if (reliability === 'reported') return '以官方为准';
  return '';
}

/** A fact as one line of text, with its note when it is not official. */
export function renderFact(f: Fact): string {
  const note = reliabilityNote(f.reliability);
  return note ? `${f.text}（${note}）` : f.text;
}
