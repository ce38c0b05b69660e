/**
 * Accounting of subscription messages per appeal: every message WeChat accepted (the local cloud's outbox) must
 * be explained by ONE notice key (`notifications`, unique by key). A delivery recorded as `sent` carries its
 * msgid; a delivery whose reply was lost, or whose sender died before recording, can only be explained by a key
 * left `claimed` or closed as `failed` (outcome unknown). Anything more is a duplicate.
 */
import type { LocalCloud, OutboxEntry } from '../cloud';

export interface MessageAccount {
  /** Messages WeChat accepted about this appeal. */
  readonly deliveries: number;
  /** Notice keys of this appeal (one message at most each). */
  readonly keys: number;
  /** Deliveries not matched to a key recorded `sent` with their msgid. */
  readonly unrecorded: number;
  /** Keys whose outcome is unknown (claimed, or failed with outcome-unknown): each may explain one delivery. */
  readonly unknownKeys: number;
  readonly duplicates: number;
}

/** The appeal id a message opens (`page` ends with `?id=<appealId>`), or null. */
export function appealIdOf(entry: OutboxEntry): string | null {
  const page = typeof entry.page === 'string' ? entry.page : '';
  const m = /[?&]id=([^&]+)/.exec(page);
  return m ? decodeURIComponent(m[1]) : null;
}

/** Where an account starts: the outbox length and the notice keys of the appeal at that moment. */
export interface Since {
  readonly outbox: number;
  readonly keys: ReadonlySet<string>;
}

export function since(cloud: LocalCloud, appealId: string): Since {
  const docs = cloud.store.find('notifications', { appealId }) as Array<Record<string, unknown>>;
  return { outbox: cloud.outbox().length, keys: new Set(docs.map((d) => String(d.key))) };
}

/** The messages of `appealId` (those after `from`, if given) against its notice keys. */
export function accountMessages(cloud: LocalCloud, appealId: string, from?: Since): MessageAccount {
  const deliveries = cloud
    .outbox()
    .slice(from?.outbox ?? 0)
    .filter((e) => e.errCode === 0 && appealIdOf(e) === appealId);
  const docs = (cloud.store.find('notifications', { appealId }) as Array<Record<string, unknown>>).filter(
    (d) => !from?.keys.has(String(d.key)),
  );
  const sentIds = new Map<number, number>();
  for (const d of docs) if (d.state === 'sent' && typeof d.msgid === 'number') sentIds.set(d.msgid, 0);
  let unrecorded = 0;
  let doubled = 0;
  for (const e of deliveries) {
    const seen = e.msgid === null ? undefined : sentIds.get(e.msgid);
    if (seen === undefined) unrecorded++;
    else {
      if (seen > 0) doubled++;
      sentIds.set(e.msgid as number, seen + 1);
    }
  }
  const unknownKeys = docs.filter(
    (d) =>
      d.state === 'claimed' || (d.state === 'failed' && String(d.detail ?? '').includes('outcome-unknown')),
  ).length;
  return {
    deliveries: deliveries.length,
    keys: docs.length,
    unrecorded,
    unknownKeys,
    duplicates: doubled + Math.max(0, unrecorded - unknownKeys),
  };
}

/** Run the timer at each of these instants (each until its tick reports done). */
export async function sweepAt(cloud: LocalCloud, instants: readonly Date[]): Promise<void> {
  for (const at of instants) {
    for (let i = 0; i < 20; i++) {
      const report = (await cloud.invokeTimer('remind', at)) as { done?: boolean };
      if (report.done !== false) break;
    }
  }
}

/** Just after now, past the claim lease, and past every retry round: whatever is pending gets settled. */
export function laterInstants(from = Date.now()): Date[] {
  const minute = 60_000;
  return [1_000, 25 * minute, 4 * 60 * minute, 8 * 60 * minute].map((d) => new Date(from + d));
}
