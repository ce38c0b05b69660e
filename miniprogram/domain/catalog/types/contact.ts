/** Phone numbers and in-app menu paths (the data is ../contacts-and-paths.ts). */
import type { ContactId, PathId } from '../types';
import type { Fact } from './source';

export interface Contact {
  readonly id: ContactId;
  /** The number to dial; null for the bank hotline, which is printed on the back of the card. */
  readonly phone: string | null;
  readonly name: string;
  readonly scope: string;
  readonly note: string;
  readonly fact: Fact;
}

/** An in-app path, as taps. Menu names drift between WeChat versions, so paths live in one data file. */
export interface InAppPath {
  readonly id: PathId;
  readonly steps: readonly string[];
  readonly fact: Fact;
}
