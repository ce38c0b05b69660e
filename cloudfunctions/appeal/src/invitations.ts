/**
 * The `invitations` collection: single-use, expiring, revocable invitations to help with ONE appeal.
 * Only the SHA-256 of a token is stored: the token itself exists in the share card and nowhere else.
 * Every state change is a conditional update, so two people racing for one invitation cannot both win.
 */
import { createHash, randomBytes } from 'crypto';
import type { Database } from '../../shared/sdk';

export const INVITATIONS = 'invitations';

export interface InvitationDoc {
  readonly _id: string;
  readonly tokenHash: string;
  readonly appealId: string;
  readonly ownerOpenid: string;
  /** What the owner calls the person invited (may be empty). */
  readonly label: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedBy: string | null;
  readonly usedAt: Date | null;
  readonly revokedAt: Date | null;
}

export type NewInvitation = Omit<InvitationDoc, '_id'>;

/** 24 random bytes (192 bits), URL-safe: 32 characters. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function asDate(v: Date | string): Date {
  return v instanceof Date ? v : new Date(v);
}

/** Open: nobody has used it, the owner has not revoked it, and it has not expired. */
export function isOpen(inv: InvitationDoc, now: Date): boolean {
  return !inv.usedBy && !inv.revokedAt && asDate(inv.expiresAt).getTime() > now.getTime();
}

export class InvitationStore {
  constructor(private readonly db: Database) {}

  private get collection() {
    return this.db.collection(INVITATIONS);
  }

  async insert(doc: NewInvitation): Promise<string> {
    const res = await this.collection.add({ data: doc });
    return String(res._id);
  }

  async findByHash(tokenHash: string): Promise<InvitationDoc | null> {
    const res = await this.collection.where({ tokenHash }).limit(1).get();
    return (res.data[0] as unknown as InvitationDoc | undefined) ?? null;
  }

  async find(id: string, appealId: string): Promise<InvitationDoc | null> {
    const res = await this.collection.where({ _id: id, appealId }).limit(1).get();
    return (res.data[0] as unknown as InvitationDoc | undefined) ?? null;
  }

  /** Open invitations of an appeal, oldest first. */
  async openOf(appealId: string, now: Date, limit: number): Promise<InvitationDoc[]> {
    const _ = this.db.command;
    const res = await this.collection
      .where({ appealId, usedBy: null, revokedAt: null, expiresAt: _.gt(now) })
      .orderBy('createdAt', 'asc')
      .limit(limit)
      .get();
    return res.data as unknown as InvitationDoc[];
  }

  async countOpen(appealId: string, now: Date): Promise<number> {
    const _ = this.db.command;
    const res = await this.collection
      .where({ appealId, usedBy: null, revokedAt: null, expiresAt: _.gt(now) })
      .count();
    return res.total;
  }

  async removeOne(id: string): Promise<void> {
    await this.collection.where({ _id: id }).remove();
  }

  /** Take an open invitation for `openid`: true only for the one caller that found it open. */
  async claim(id: string, openid: string, now: Date): Promise<boolean> {
    const _ = this.db.command;
    const res = await this.collection
      .where({ _id: id, usedBy: null, revokedAt: null, expiresAt: _.gt(now) })
      .update({ data: { usedBy: openid, usedAt: now } });
    return res.stats.updated === 1;
  }

  /** Give back a claim whose join was refused afterwards (the appeal filled up or went away). */
  async release(id: string, openid: string): Promise<void> {
    await this.collection
      .where({ _id: id, usedBy: openid, revokedAt: null })
      .update({ data: { usedBy: null, usedAt: null } });
  }

  /** Revoke an invitation nobody has used; false when it is no longer open to revoking. */
  async revoke(id: string, appealId: string, now: Date): Promise<boolean> {
    const res = await this.collection
      .where({ _id: id, appealId, usedBy: null, revokedAt: null })
      .update({ data: { revokedAt: now } });
    return res.stats.updated === 1;
  }

  /** Close the invitations `openid` came in by, so a removed (or departed) helper cannot come back with them. */
  async revokeUsedBy(appealId: string, openid: string, now: Date): Promise<void> {
    await this.collection
      .where({ appealId, usedBy: openid, revokedAt: null })
      .update({ data: { revokedAt: now } });
  }

  async removeAllOf(appealId: string): Promise<void> {
    await this.collection.where({ appealId }).remove();
  }
}
