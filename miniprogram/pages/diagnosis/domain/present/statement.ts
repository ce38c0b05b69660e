/**
 * The statement page, as data: the short and full 申诉说明 drafted from the answers and the details the person
 * adds, with draftStatement's warnings and masking told in plain words. Pure.
 */
import { getCause, getSymptom, isCauseId, isSymptomId } from '../../../../domain/catalog/index';
import type { CauseId, SymptomId } from '../../../../domain/catalog/index';
import type { Answers } from '../../../../domain/diagnosis/questions/index';
import type { SensitiveKind } from '../../../../domain/privacy/mask';
import {
  draftStatement,
  SHORT_MAX,
  type StatementDetails,
  type StatementWarning,
} from '../../../../domain/statement';

export interface StatementView {
  readonly short: string;
  readonly shortCount: number;
  readonly shortMax: number;
  readonly full: string;
  /** Plain-words explanations of what was left out or shortened. */
  readonly warnings: readonly string[];
  /** Said when card/ID/phone numbers, codes or passwords were found in the free text and hidden. */
  readonly masked: string;
}

export interface StatementSubject {
  readonly symptomId: SymptomId;
  readonly causeIds: readonly CauseId[];
  readonly title: string;
}

export const WARNING_TEXT: Readonly<Record<StatementWarning, string>> = {
  'card-last4-rejected': '银行卡只填最后 4 位数字。你填的不是 4 位数字，所以没有写进去。',
  'card-number-shortened': '你填的是整个卡号。申诉只需要最后 4 位，前面的已经去掉了。',
  'order-number-sensitive':
    '订单号那一栏填的像是银行卡号或身份证号，所以没有写进去。订单号在账单详情里，长按可以复制。',
  'date-rejected': '日期不对，所以没有写进去。请重新选一下。',
  'amount-rejected': '金额只填数字，比如 500 或 99.5，所以没有写进去。',
  'order-number-rejected': '订单号只能是字母和数字（6 到 40 位），所以没有写进去。可以在账单详情里长按复制。',
  'removed-promise-or-admission':
    '申诉说明只写事实。你写的“保证”“承认”“再也不”一类的话没有写进去，这类话对申诉没有帮助。',
  'short-truncated': `短版最多 ${SHORT_MAX} 字，后面的部分省略了。完整版里有全部内容。`,
};

const KIND_LABEL: Readonly<Record<SensitiveKind, string>> = {
  card: '银行卡号',
  id: '身份证号',
  phone: '手机号',
  code: '验证码',
  password: '密码',
};

function maskedNote(kinds: readonly SensitiveKind[]): string {
  if (!kinds.length) return '';
  return `你写的${kinds.map((k) => KIND_LABEL[k]).join('、')}已经自动隐藏。申诉说明里不要写完整号码，验证码和密码谁要都不给。`;
}

/** Which statement this is, from the ids of the link; null when the symptom is unknown. */
export function statementSubject(symptom: string, cause: string): StatementSubject | null {
  if (!isSymptomId(symptom)) return null;
  const causeIds: CauseId[] =
    isCauseId(cause) && getCause(cause).symptoms.indexOf(symptom) >= 0 ? [cause] : [];
  const first = causeIds[0];
  return { symptomId: symptom, causeIds, title: first ? getCause(first).title : getSymptom(symptom).title };
}

export function statementView(
  subject: StatementSubject,
  answers: Answers,
  details: StatementDetails,
): StatementView {
  const s = draftStatement({ symptom: subject.symptomId, answers, causeIds: subject.causeIds, details });
  return {
    short: s.short,
    shortCount: s.short.length,
    shortMax: SHORT_MAX,
    full: s.full,
    warnings: s.warnings.map((w) => WARNING_TEXT[w]),
    masked: maskedNote(s.masked),
  };
}

/** What the person has typed so far, field by field (strings as typed). */
export interface TypedDetails {
  readonly since: string;
  readonly amount: string;
  readonly orderNumber: string;
  readonly cardLast4: string;
  readonly usage: string;
  readonly note: string;
}

export const NO_DETAILS: TypedDetails = {
  since: '',
  amount: '',
  orderNumber: '',
  cardLast4: '',
  usage: '',
  note: '',
};

/**
 * The details to draft from. While the card field is still being typed (1–3 digits, or 5–12 on the way to a
 * whole card number) it is left out, so no warning flashes up after each digit; once the person leaves the
 * field, whatever is there is judged.
 */
export function draftDetails(typed: TypedDetails, cardFinished: boolean): StatementDetails {
  const digits = typed.cardLast4.replace(/\s/g, '');
  const partialCard = !cardFinished && /^(?:\d{1,3}|\d{5,12})$/.test(digits);
  return { ...typed, cardLast4: partialCard ? '' : typed.cardLast4 };
}
