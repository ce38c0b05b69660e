/**
 * Family help, as the pages see it: invite a family member, accept an invitation, remove a helper, stop helping.
 * Every call resolves to an envelope (see services/cloud.ts).
 */
import type { AppealView, Envelope, InviteCreated } from '../../../domain/appeal/contract';
import { INVITE_SHARE_TITLE } from '../../../domain/appeal/family';
import { callAppeal } from '../../../services/cloud';
import { ROUTES } from '../../../services/navigation';

export function inviteFamily(appealId: string, label: string): Promise<Envelope<InviteCreated>> {
  return callAppeal('invite', label ? { id: appealId, label } : { id: appealId });
}

export function revokeInvite(appealId: string, inviteId: string): Promise<Envelope<AppealView>> {
  return callAppeal('revokeInvite', { id: appealId, invite: inviteId });
}

export function joinAppeal(token: string): Promise<Envelope<AppealView>> {
  return callAppeal('join', { token });
}

export function removeHelper(appealId: string, helperTag: string): Promise<Envelope<AppealView>> {
  return callAppeal('removeHelper', { id: appealId, helper: helperTag });
}

export function leaveAppeal(appealId: string): Promise<Envelope<{ left: true }>> {
  return callAppeal('leave', { id: appealId });
}

/**
 * The invitation card: the ONLY share card that carries a secret (the token), and nothing else — no appeal id,
 * no name, nothing about the appeal in the title.
 */
export function inviteShare(token: string): { title: string; path: string } {
  return { title: INVITE_SHARE_TITLE, path: `${ROUTES.appealJoin}?token=${encodeURIComponent(token)}` };
}
