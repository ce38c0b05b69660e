/**
 * Resolution times recorded by people using this mini program, and whether my own appeals count. The cloud
 * keeps the choice (the `appeal` function reads it when it records a sample); this phone keeps a copy so the
 * settings page shows it at once.
 */
import type { Envelope } from '../domain/appeal/contract';
import type { ResolutionStats } from '../domain/appeal/resolution';
import { callStats } from './cloud';
import { load, save } from './storage';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** Resolution times of one cause at one channel; both null while fewer than 20 appeals were recorded. */
export function readResolution(causeId: string, channelId: string): Promise<Envelope<ResolutionStats>> {
  return callStats<ResolutionStats>('read', { causeId, channelId });
}

/** Whether my appeals count, as last known on this phone (default: yes). */
export function sharesResolution(): boolean {
  return load('settings.shareResolution', isBoolean) ?? true;
}

export async function setShareResolution(share: boolean): Promise<Envelope<{ shareResolution: boolean }>> {
  const reply = await callStats<{ shareResolution: boolean }>('setContribution', { share });
  if (reply.ok) save('settings.shareResolution', reply.data.shareResolution);
  return reply;
}
