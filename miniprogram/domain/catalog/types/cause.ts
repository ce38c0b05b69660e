/** A cause: who lifts it, whether to appeal, what to bring, where to go (the records are ../causes/). */
import type { Authority, CauseId, ChannelId, PathId, SymptomId } from '../types';
import type { DocumentNeed } from './document';
import type { WorkingDays } from './channel';
import type { Fact } from './source';

/** 能否申诉. */
export type AppealVerdict = 'appeal' | 'fix-first' | 'contact-authority' | 'no-appeal';

/** 去哪里办 for one cause, when the channel's general steps do not fit it. */
export interface CauseWhere {
  readonly steps: readonly string[];
  /** An in-app or bank-app path; null for none, left out to keep the channel's. */
  readonly path?: PathId | null;
}

/** A cause as written in its file: the key of its record is its id; its symptoms come from SYMPTOMS. */
export interface CauseDef {
  readonly title: string;
  readonly explanation: readonly Fact[];
  readonly liftedBy: readonly Authority[];
  readonly liftedByText: Fact;
  readonly appeal: { readonly verdict: AppealVerdict; readonly text: Fact };
  readonly firstActions: readonly string[];
  readonly documents: readonly DocumentNeed[];
  /** The rule that sets the document list. Without one the list is common practice (常见做法，以官方为准). */
  readonly documentsBasis?: Fact;
  /** The first channel to use; `escalation` continues from it. */
  readonly channel: ChannelId;
  readonly where?: CauseWhere;
  /** What to say at the counter or on the phone, where a WeChat appeal makes no sense. */
  readonly say?: readonly string[];
  readonly expected: { readonly workingDays: WorkingDays | null; readonly fact: Fact };
  readonly escalation: readonly ChannelId[];
  readonly dont: readonly string[];
  readonly lastReviewed: string;
}

export interface Cause extends CauseDef {
  readonly id: CauseId;
  /** Derived from SYMPTOMS: the entry symptoms that list this cause. */
  readonly symptoms: readonly SymptomId[];
}
