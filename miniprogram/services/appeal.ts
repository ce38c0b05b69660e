/** Appeal tracking, as the pages see it: typed calls that always resolve to an envelope. */
import type { AppealActions, AppealPage, AppealView, Envelope } from '../domain/appeal/contract';
import type { AppealStatus, EscalationTarget } from '../domain/appeal/status';
import { callAppeal } from './cloud';

export function startTracking(payload: AppealActions['create']['payload']): Promise<Envelope<AppealView>> {
  return callAppeal('create', payload);
}

export function listMyAppeals(cursor?: number): Promise<Envelope<AppealPage>> {
  return callAppeal('list', cursor === undefined ? {} : { cursor });
}

export function getAppeal(id: string): Promise<Envelope<AppealView>> {
  return callAppeal('get', { id });
}

export function changeStatus(
  appeal: AppealView,
  to: AppealStatus,
  escalatedTo?: EscalationTarget,
): Promise<Envelope<AppealView>> {
  const payload: AppealActions['changeStatus']['payload'] = {
    id: appeal.id,
    to,
    expectedVersion: appeal.version,
  };
  if (escalatedTo) payload.escalatedTo = escalatedTo;
  return callAppeal('changeStatus', payload);
}

export function markSubmitted(appeal: AppealView, date: string): Promise<Envelope<AppealView>> {
  return callAppeal('setSubmitted', { id: appeal.id, date, expectedVersion: appeal.version });
}

export function tickItem(appealId: string, itemId: string, done: boolean): Promise<Envelope<AppealView>> {
  return callAppeal('tickChecklist', { id: appealId, itemId, done });
}

export function addNote(appealId: string, text: string, isPrivate: boolean): Promise<Envelope<AppealView>> {
  return callAppeal('addNote', { id: appealId, text, private: isPrivate });
}

export function deleteAppeal(appealId: string): Promise<Envelope<{ deleted: true }>> {
  return callAppeal('delete', { id: appealId });
}

/** Everything the cloud holds about my appeals, as readable JSON (for 导出我的数据). */
export async function exportMyData(): Promise<Envelope<string>> {
  const reply = await callAppeal('export', {});
  return reply.ok ? { ok: true, data: JSON.stringify(reply.data, null, 2) } : reply;
}
