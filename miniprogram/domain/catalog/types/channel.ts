/** Where to go, and how long a reply takes there (the data is ../channels.ts). */
import type { Authority, ChannelId, ContactId, PathId } from '../types';
import type { Fact } from './source';

/** A time range. Most figures are working days (mainland calendar, 调休 included); some rules count calendar days or hours. */
export interface WorkingDays {
  readonly min: number;
  readonly max: number;
  readonly unit: 'working-days' | 'days' | 'hours';
}

export interface Channel {
  readonly id: ChannelId;
  readonly name: string;
  readonly authority: Authority;
  /** What to do there, in taps or in words. */
  readonly path: PathId | null;
  readonly howTo: readonly string[];
  readonly contact: ContactId | null;
  /** The person fixes it themselves in the app: there is no appeal or visit to track. */
  readonly selfService?: true;
  /** Expected reply time; null when nobody publishes one. */
  readonly replyDays: WorkingDays | null;
  readonly replyFact: Fact | null;
  /** Where to go next if this channel does not help, in order. */
  readonly escalation: readonly ChannelId[];
}
