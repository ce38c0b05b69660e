/**
 * The document checklist for the chosen causes and answers: merged, de-duplicated by document id (the id is
 * also what the cloud stores ticks under), required wins over optional. We only track THAT a document is
 * ready; photos stay on the phone.
 */
import { getCause } from './catalog/index';
import { DOCUMENTS } from './catalog/documents';
import { isCauseId } from './catalog/ids';
import type { CauseId, DocumentId } from './catalog/types';
import type { Answers } from './diagnosis/questions/index';

export interface ChecklistItem {
  /** Stable: the document id. */
  readonly id: DocumentId;
  readonly name: string;
  readonly required: boolean;
  /** 必须 only when a rule sets the list; otherwise a required item is 常见做法，以官方为准. */
  readonly tag: ChecklistTag;
  readonly howToObtain: string;
  readonly privacy: string;
  /** The causes that need it, in the order given. */
  readonly neededFor: readonly CauseId[];
  /** Why, one short line per cause (deduplicated). */
  readonly why: readonly string[];
}

export type ChecklistTag = '必须' | '常见做法，以官方为准' | '可选';

interface Need {
  readonly id: DocumentId;
  readonly required: boolean;
  /** A rule (not common practice) asks for it. */
  readonly official?: boolean;
  readonly why: string;
  readonly cause: CauseId | null;
}

/**
 * Documents that the answers (not the causes) call for. Each line says why.
 */
function needsFromAnswers(causeIds: readonly CauseId[], answers: Answers): Need[] {
  const needs: Need[] = [];
  const has = (id: CauseId): boolean => causeIds.indexOf(id) >= 0;
  // A replaced card must be re-bound: the new card is then needed, not optional.
  if (answers['bank-side'] === 'card-changed' && has('bank-card-status')) {
    needs.push({
      id: 'new-card',
      required: true,
      why: '换了新卡，要在微信里重新绑定',
      cause: 'bank-card-status',
    });
  }
  // Whoever sent an official notice holds the key; keep the notice whatever the cause turns out to be.
  if (answers['official-notice'] === 'court') {
    needs.push({ id: 'court-document', required: true, why: '法院的文书写明了谁能解除', cause: null });
  }
  if (answers['official-notice'] === 'police') {
    needs.push({ id: 'police-notice', required: true, why: '通知上有派出所的联系方式', cause: null });
  }
  if (answers['official-notice'] === 'penalty') {
    needs.push({ id: 'penalty-notice', required: true, why: '申诉要对着这份通知', cause: null });
  }
  // An order the person did not place: the login records show it was not them.
  if (answers['order-recognized'] === 'no' && has('bill-unauthorized')) {
    needs.push({ id: 'login-records', required: true, why: '说明下单的不是你', cause: 'bill-unauthorized' });
  }
  // A code or a password given away: a police report protects the person and is asked for by banks.
  if (answers['code-shared'] === 'yes') {
    needs.push({ id: 'police-receipt', required: true, why: '验证码或密码给过别人，报警留底', cause: null });
  }
  return needs;
}

function needsFromCauses(causeIds: readonly CauseId[]): Need[] {
  const needs: Need[] = [];
  for (const id of causeIds) {
    const cause = getCause(id);
    const official = !!cause.documentsBasis && cause.documentsBasis.reliability === 'official';
    for (const doc of cause.documents)
      needs.push({ id: doc.id, required: doc.required, official, why: doc.why, cause: id });
  }
  return needs;
}

interface Acc {
  required: boolean;
  ruled: boolean;
  neededFor: CauseId[];
  why: string[];
}

function merge(needs: readonly Need[]): Map<DocumentId, Acc> {
  const byId = new Map<DocumentId, Acc>();
  for (const need of needs) {
    const acc = byId.get(need.id) || { required: false, ruled: false, neededFor: [], why: [] };
    acc.required = acc.required || need.required;
    acc.ruled = acc.ruled || (need.required && !!need.official);
    if (need.cause && acc.neededFor.indexOf(need.cause) < 0) acc.neededFor.push(need.cause);
    if (acc.why.indexOf(need.why) < 0) acc.why.push(need.why);
    byId.set(need.id, acc);
  }
  return byId;
}

export function buildChecklist(causeIds: readonly CauseId[], answers: Answers = {}): ChecklistItem[] {
  const causes = causeIds.filter((id, i) => isCauseId(id) && causeIds.indexOf(id) === i);
  const merged = merge(needsFromCauses(causes).concat(needsFromAnswers(causes, answers)));
  const items: ChecklistItem[] = [];
  merged.forEach((acc, id) => {
    const doc = DOCUMENTS[id];
    items.push({
      id,
      name: doc.name,
      required: acc.required,
      tag: !acc.required ? '可选' : acc.ruled ? '必须' : '常见做法，以官方为准',
      howToObtain: doc.howToObtain,
      privacy: doc.privacy,
      neededFor: acc.neededFor,
      why: acc.why,
    });
  });
  // Required first; otherwise keep the order in which causes asked for them (stable sort).
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => Number(b.item.required) - Number(a.item.required) || a.i - b.i)
    .map((x) => x.item);
}

/** Just the ids, e.g. for the cloud to validate ticks. */
export function checklistIds(causeIds: readonly CauseId[], answers: Answers = {}): DocumentId[] {
  return buildChecklist(causeIds, answers).map((item) => item.id);
}
