/**
 * What the appeal function needs from the content catalog: valid ids, the checklist of a diagnosis, the
 * expected reply time of a channel, and where to go when an answer is overdue.
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
import type { CauseId, ChannelId, WorkingDays } from '../../../miniprogram/domain';
import type { EscalationTarget } from '../../../miniprogram/domain/appeal/status';
import { Refusal } from '../../shared/envelope';

const ESCALATION_CHANNEL: Readonly<Record<EscalationTarget, ChannelId>> = {
  '12315': 'regulator-12315',
  '12363': 'regulator-12363',
  '12378': 'regulator-12378',
  court: 'court',
};

export function escalationChannel(target: EscalationTarget): ChannelId {
  return ESCALATION_CHANNEL[target];
}

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

export function checklistItemIds(causeIds: readonly string[]): string[] {
  return buildChecklist(causeIds.filter(isCauseId)).map((item) => item.id);
}

export function checklistItemName(itemId: string): string {
  return isDocumentId(itemId) ? getDocument(itemId).name : itemId;
}

/** How long the channel usually takes to answer, or null when nobody publishes a figure. */
export function replyTime(channelId: string): WorkingDays | null {
  return isChannelId(channelId) ? getChannel(channelId).replyDays : null;
}

export function escalationHint(channelId: string): string | null {
  if (!isChannelId(channelId)) return null;
  const next = getChannel(channelId).escalation[0];
  return next
    ? `超过预计时间还没有答复，可以先再联系一次；仍没有结果，可以找「${getChannel(next).name}」。`
    : null;
}
