/**
 * Appeal tracking, as the pages see it: typed calls that always resolve to an envelope.
 *
 * Creating an appeal and adding a note carry a request id, one per intent (the same diagnosis, the same note
 * text): when the reply is lost on a bad network and the person taps again, the cloud applies it once.
 */
import type {
  AppealActions,
  AppealExport,
  AppealPage,
  AppealView,
  ChecklistDocument,
  Envelope,
  HistoryPage,
  RecheckedView,
} from '../domain/appeal/contract';
import type { AppealStatus, EscalationTarget } from '../domain/appeal/status';
import { callAppeal } from './cloud';

/** Request ids by intent, kept until the cloud gives a definite answer (done, or refused for a reason). */
const pendingRequests = new Map<string, string>();
/** No answer, or the cloud failed half-way: the same intent must be sent again with the same id. */
const UNSETTLED = new Set(['CLOUD_UNAVAILABLE', 'INTERNAL']);

function newRequestId(): string {
  const random = () => Math.floor(Math.random() * 36 ** 8).toString(36);
  return `r${Date.now().toString(36)}${random()}${random()}`;
}

async function once<T>(
  intent: string,
  send: (requestId: string) => Promise<Envelope<T>>,
): Promise<Envelope<T>> {
  const requestId = pendingRequests.get(intent) ?? newRequestId();
  pendingRequests.set(intent, requestId);
  const reply = await send(requestId);
  if (reply.ok || !UNSETTLED.has(reply.error.code)) pendingRequests.delete(intent);
  return reply;
}

/** What goes to the cloud of a checklist: each document's id and whether it is required, nothing else. */
export function trackedDocuments(checklist: readonly ChecklistDocument[]): ChecklistDocument[] {
  return checklist.map(({ id, required }) => ({ id, required }));
}

/**
 * Track the appeal of a diagnosis with the checklist its result page showed: only each document's id and
 * whether it is required go to the cloud (the answers they were derived from stay on the phone).
 */
export function startTracking(
  payload: Omit<AppealActions['create']['payload'], 'requestId' | 'documents'> & {
    /** The result page's checklist; without it the cloud keeps the one the causes alone give. */
    readonly checklist?: readonly ChecklistDocument[];
  },
): Promise<Envelope<AppealView>> {
  const { checklist, ...diagnosis } = payload;
  const documents = checklist && trackedDocuments(checklist);
  const intent = JSON.stringify(['create', diagnosis.symptomId, diagnosis.causeIds, diagnosis.channelId]);
  return once(intent, (requestId) =>
    callAppeal('create', { ...diagnosis, ...(documents ? { documents } : {}), requestId }),
  );
}

/** A page of my appeals from `cursor`: `limit` of them (at most a page, the default). */
export function listMyAppeals(cursor?: number, limit?: number): Promise<Envelope<AppealPage>> {
  return callAppeal('list', { ...(cursor === undefined ? {} : { cursor }), ...(limit ? { limit } : {}) });
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
  const intent = JSON.stringify(['addNote', appealId, text, isPrivate]);
  return once(intent, (requestId) =>
    callAppeal('addNote', { id: appealId, text, private: isPrivate, requestId }),
  );
}

/** Ask WeChat's content check again about my note held back (再次检查). */
export function recheckNote(appealId: string, ref: number): Promise<Envelope<RecheckedView>> {
  return callAppeal('recheckNote', { id: appealId, ref });
}

/** The page of history entries before `before` (an `earlierCursor` the cloud gave). */
export function earlierEntries(appealId: string, before: number): Promise<Envelope<HistoryPage>> {
  return callAppeal('history', { id: appealId, before });
}

export function deleteAppeal(appealId: string): Promise<Envelope<{ deleted: true }>> {
  return callAppeal('delete', { id: appealId });
}

/**
 * Everything the cloud holds about my appeals (for 导出我的数据). The function answers page by page (each reply
 * stays under the cloud's size limit); an appeal cut between pages is joined back into one, its history in order.
 */
export async function exportMyData(): Promise<Envelope<AppealExport>> {
  const appeals: AppealView[] = [];
  let exportedAt = '';
  let cursor: string | null = null;
  do {
    const reply: Envelope<AppealExport> = await callAppeal('export', cursor ? { cursor } : {});
    if (!reply.ok) return reply;
    exportedAt = exportedAt || reply.data.exportedAt;
    for (const appeal of reply.data.appeals) {
      const last = appeals[appeals.length - 1];
      if (last && last.id === appeal.id) {
        appeals[appeals.length - 1] = { ...last, timeline: [...last.timeline, ...appeal.timeline] };
      } else appeals.push(appeal);
    }
    cursor = reply.data.nextCursor;
  } while (cursor);
  return { ok: true, data: { exportedAt, appeals, nextCursor: null } };
}
