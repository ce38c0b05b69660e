/**
 * What the appeal function needs from the content catalog: valid ids, the checklist of a diagnosis, and where
 * to go when an answer is overdue. Reply times and escalation targets are in shared/schedule.ts.
 */
import {
  buildChecklist,
  channelFor,
  getCause,
  getChannel,
  getDocument,
  getSymptom,
  isCauseId,
  isChannelId,
  isDocumentId,
  isSymptomId,
} from '../../../miniprogram/domain';
import type { CauseId } from '../../../miniprogram/domain';
import type { ChecklistDocument } from '../../../miniprogram/domain/appeal/contract';
import { Refusal } from '../../shared/envelope';

/** The causes must belong to the symptom, and the channel must be one the causes point to. */
export function validateDiagnosis(symptomId: string, causeIds: string[], channelId: string): void {
  const refuse = () => new Refusal('INVALID_INPUT', '诊断结果和申诉渠道对不上，请重新做一次诊断。');
  if (!isSymptomId(symptomId) || !isChannelId(channelId)) throw refuse();
  const symptom = getSymptom(symptomId);
  if (new Set(causeIds).size !== causeIds.length) throw refuse();
  for (const id of causeIds) {
    if (!isCauseId(id) || symptom.causes.indexOf(id) < 0) throw refuse();
  }
  const channels = (causeIds as CauseId[]).map((id) => channelFor(getCause(id), symptomId));
  if (channels.indexOf(channelId) < 0) throw refuse();
}

/** The checklist the causes alone give (appeals stored before the result page's own list was kept). */
function fromCauses(causeIds: readonly string[]): ChecklistDocument[] {
  return buildChecklist(causeIds.filter(isCauseId)).map(({ id, required }) => ({ id, required }));
}

/**
 * The checklist to keep: the one the result page showed (its answers may add documents or make one required),
 * checked against the catalog: known documents, each once, and everything the causes require, required.
 * Without one (an older app), the causes' own checklist.
 */
export function documentsToKeep(
  causeIds: readonly string[],
  documents: readonly ChecklistDocument[] | undefined,
): ChecklistDocument[] {
  const base = fromCauses(causeIds);
  if (documents === undefined) return base;
  const refuse = () => new Refusal('INVALID_INPUT', '材料清单和诊断结果对不上，请重新做一次诊断。');
  const ids = documents.map((d) => d.id);
  if (new Set(ids).size !== ids.length || !ids.every(isDocumentId)) throw refuse();
  for (const need of base) {
    const sent = documents.find((d) => d.id === need.id);
    if (!sent || (need.required && !sent.required)) throw refuse();
  }
  return documents.map(({ id, required }) => ({ id, required }));
}

/** The appeal's checklist: as kept at creation, or from the causes for appeals stored before that. */
export function checklistOf(doc: {
  readonly causeIds: readonly string[];
  readonly documents?: readonly ChecklistDocument[];
}): readonly ChecklistDocument[] {
  return doc.documents ?? fromCauses(doc.causeIds);
}

export function checklistItemName(itemId: string): string {
  return isDocumentId(itemId) ? getDocument(itemId).name : itemId;
}

export function escalationHint(channelId: string): string | null {
  if (!isChannelId(channelId)) return null;
  const next = getChannel(channelId).escalation[0];
  return next
    ? `超过预计时间还没有答复，可以先再联系一次；仍没有结果，可以找「${getChannel(next).name}」。`
    : null;
}
