/** A symptom: what the person sees, and the causes it may have (the records are ../symptoms.ts). */
import type { CauseId, ChannelId, SymptomId } from '../types';

export type SymptomKind = 'diagnosis' | 'guide';

export interface SymptomDef {
  readonly kind: SymptomKind;
  readonly title: string;
  /** What the person sees, in their own words. */
  readonly examples: readonly string[];
  readonly intro: string;
  readonly causes: readonly CauseId[];
  /** When a cause's first channel differs for this symptom (e.g. the account appeal instead of the card appeal). */
  readonly channelOverrides?: Partial<Readonly<Record<CauseId, ChannelId>>>;
  readonly lastReviewed: string;
}

export interface Symptom extends SymptomDef {
  readonly id: SymptomId;
}
