/**
 * What the mini program may ask the `stats` function: the resolution times of one cause at one channel
 * (nothing below MIN_SAMPLES ever leaves the function), and whether to leave one's own appeals out.
 */
import {
  summarize,
  statsKey,
  type Histogram,
  type ResolutionStats,
} from '../../../miniprogram/domain/appeal/resolution';
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import { failure, ok } from '../../shared/envelope';
import { PREFERENCES, STATS, sharesResolution } from '../../shared/resolution';
import type { Database } from '../../shared/sdk';

const CATALOG_ID = /^[a-z0-9-]{1,64}$/;

export interface ContributionView {
  readonly shareResolution: boolean;
}

async function readStats(db: Database, causeId: string, channelId: string): Promise<ResolutionStats> {
  const _ = db.command;
  const first = statsKey('firstAnswer', causeId, channelId);
  const end = statsKey('end', causeId, channelId);
  const res = await db
    .collection(STATS)
    .where({ _id: _.in([first, end]) })
    .get();
  const histogram = (id: string) => res.data.find((d) => d._id === id)?.h as Histogram | undefined;
  return { firstAnswer: summarize(histogram(first)), end: summarize(histogram(end)) };
}

export async function handleRequest(
  event: unknown,
  openid: string,
  db: Database,
): Promise<Envelope<unknown>> {
  const e = (event ?? {}) as { action?: unknown; causeId?: unknown; channelId?: unknown; share?: unknown };
  switch (e.action) {
    case 'read': {
      if (typeof e.causeId !== 'string' || typeof e.channelId !== 'string') return failure('INVALID_INPUT');
      if (!CATALOG_ID.test(e.causeId) || !CATALOG_ID.test(e.channelId)) return failure('INVALID_INPUT');
      return ok(await readStats(db, e.causeId, e.channelId));
    }
    case 'getContribution':
      return ok<ContributionView>({ shareResolution: await sharesResolution(db, openid) });
    case 'setContribution': {
      if (typeof e.share !== 'boolean') return failure('INVALID_INPUT');
      await db
        .collection(PREFERENCES)
        .doc(openid)
        .set({ data: { _openid: openid, shareResolution: e.share } });
      return ok<ContributionView>({ shareResolution: e.share });
    }
    default:
      return failure('UNKNOWN_ACTION');
  }
}
