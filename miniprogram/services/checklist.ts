/** Which documents the person has ready, kept on the phone only (the documents themselves never leave it). */
import { load, save } from './storage';

export type Ticks = Record<string, boolean>;

const isTicks = (v: unknown): v is Ticks =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'boolean');

export function loadTicks(): Ticks {
  return load('checklist.ticks', isTicks) ?? {};
}

/** Returns the new ticks and whether they were saved. */
export function toggleTick(ticks: Ticks, documentId: string): { ticks: Ticks; saved: boolean } {
  const next = { ...ticks, [documentId]: !ticks[documentId] };
  return { ticks: next, saved: save('checklist.ticks', next) };
}
