/** Safety flags, guide steps and typical timelines (the data is ../flags.ts, ../guides.ts, ../timelines.ts). */
import type { ContactId, GuideStepId, PathId, SafetyFlagId } from '../types';
import type { WorkingDays } from './channel';
import type { Fact } from './source';

export interface SafetyFlagContent {
  readonly id: SafetyFlagId;
  readonly level: 'urgent' | 'warning' | 'info';
  readonly title: string;
  readonly message: string;
  readonly actions: readonly string[];
  readonly contacts: readonly ContactId[];
}

export interface GuideStep {
  readonly id: GuideStepId;
  readonly title: string;
  readonly text: string;
  readonly path: PathId | null;
  readonly contacts: readonly ContactId[];
  readonly fact: Fact | null;
}

export interface Timeline {
  readonly id: string;
  readonly what: string;
  readonly workingDays: WorkingDays | null;
  readonly fact: Fact;
}
