/**
 * 申诉说明: a factual statement drafted from the answers and the details the person adds.
 * - short: for in-app appeal fields, at most 200 characters; full: for a letter, a branch or a complaint.
 * - Facts only: no admissions (lent-card and code-shared answers are never written into it), no promises.
 *   Sentences the person types that promise or admit something are left out, with a warning.
 * - Card = last 4 digits only: a whole card number typed into the card field keeps its LAST 4 (with a warning);
 *   anything else is rejected. The order number is rejected when it is really a card or ID number. Every
 *   free-text field is masked.
 */
import { buildChecklist } from './checklist';
import type { CauseId, SymptomId } from './catalog/types';
import type { Answers } from './diagnosis/questions/index';
import { plainDigits } from './privacy/digits';
import { cardLast4, maskSensitive, type SensitiveKind } from './privacy/mask';
import { formatDate, isIsoDate } from './appeal/deadline';

export const SHORT_MAX = 200;

export interface StatementDetails {
  /** When it started, YYYY-MM-DD. */
  readonly since?: string;
  /** Amount in yuan, e.g. 5000 or "5000.50". */
  readonly amount?: string | number;
  readonly orderNumber?: string;
  /** Exactly 4 digits; anything else is rejected. */
  readonly cardLast4?: string;
  /** What the money was for, in the person's words. */
  readonly usage?: string;
  /** Anything else the person wants to say. */
  readonly note?: string;
}

export interface StatementInput {
  readonly symptom: SymptomId;
  readonly answers: Answers;
  /** The causes the person is appealing about (usually the top one). */
  readonly causeIds?: readonly CauseId[];
  readonly details?: StatementDetails;
}

export type StatementWarning =
  | 'card-last4-rejected'
  | 'card-number-shortened'
  | 'order-number-sensitive'
  | 'date-rejected'
  | 'amount-rejected'
  | 'order-number-rejected'
  | 'removed-promise-or-admission'
  | 'short-truncated';

export interface Statement {
  readonly short: string;
  readonly full: string;
  readonly warnings: StatementWarning[];
  /** Kinds of sensitive data found (and masked) in the free text. */
  readonly masked: SensitiveKind[];
}

/** Words that promise an outcome or admit wrongdoing. Never in a statement. */
export const FORBIDDEN = /保证|一定会?|肯定|承诺|担保|我承认|承认|我错了|认错|认罪|再也不|下次不/;

interface Clean {
  readonly since: string | null;
  readonly amount: string | null;
  readonly order: string | null;
  readonly last4: string | null;
  readonly usage: string;
  readonly note: string;
}

function chineseDate(iso: string): string | null {
  const day = iso.trim();
  return isIsoDate(day) ? formatDate(day, 'YYYY年M月D日') : null;
}

function cleanAmount(value: string | number): string | null {
  const text = String(value).replace(/[,，\s元¥￥]/g, '');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text) || Number(text) <= 0) return null;
  return `${text}元`;
}

function cleanOrder(value: string): string | null {
  const text = value.trim();
  return /^[A-Za-z0-9-]{6,40}$/.test(text) ? text : null;
}

/** A card or ID number pasted into the order field (read as an order number, so only card/ID shapes count). */
function orderIsSensitive(value: string): boolean {
  return maskSensitive(`订单号${value}`).found.length > 0;
}

/** More digits than 4 typed into the card field: the whole card number was typed. */
function wholeCardTyped(value: string | undefined): boolean {
  return (
    typeof value === 'string' && plainDigits(value).replace(/\D/g, '').length > 4 && cardLast4(value) !== null
  );
}

interface FreeText {
  text: string;
  removed: boolean;
  found: SensitiveKind[];
}

/** Mask, drop promise/admission sentences, squash whitespace. */
function cleanFreeText(value: string | undefined): FreeText {
  if (!value) return { text: '', removed: false, found: [] };
  const masked = maskSensitive(value);
  const sentences = masked.text.match(/[^。！？!?；;，,\n]+[。！？!?；;，,\n]*|[。！？!?；;，,\n]+/g) || [];
  const kept = sentences.filter((s) => !FORBIDDEN.test(s));
  const text = kept
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[。！？!?；;，,\s]+$/, '');
  return { text, removed: kept.length !== sentences.length, found: masked.found };
}

function field<T>(value: T | undefined, clean: (v: T) => string | null, warn: () => void): string | null {
  if (value === undefined || value === null || value === '') return null;
  const result = clean(value);
  if (result === null) warn();
  return result;
}

function cleanDetails(
  details: StatementDetails,
  warnings: StatementWarning[],
  masked: SensitiveKind[],
): Clean {
  const warn = (w: StatementWarning) => () => warnings.push(w);
  const usage = cleanFreeText(details.usage);
  const note = cleanFreeText(details.note);
  if (usage.removed || note.removed) warnings.push('removed-promise-or-admission');
  for (const kind of usage.found.concat(note.found)) if (masked.indexOf(kind) < 0) masked.push(kind);
  const order = details.orderNumber;
  const sensitiveOrder = typeof order === 'string' && orderIsSensitive(order);
  if (sensitiveOrder) warnings.push('order-number-sensitive');
  if (wholeCardTyped(details.cardLast4)) warnings.push('card-number-shortened');
  return {
    since: field(details.since, chineseDate, warn('date-rejected')),
    amount: field(details.amount, cleanAmount, warn('amount-rejected')),
    order: sensitiveOrder ? null : field(order, cleanOrder, warn('order-number-rejected')),
    last4: field(details.cardLast4, cardLast4, warn('card-last4-rejected')),
    usage: usage.text,
    note: note.text,
  };
}

const CARD_MESSAGE: Readonly<Record<string, string>> = {
  limit: '，提示超出限额',
  'not-supported': '，提示“该卡暂不支持微信支付”',
  risk: '，提示存在风险、交易受限',
};
const ACCOUNT_KIND: Readonly<Record<string, string>> = {
  collect: '收款',
  transfer: '转账和提现',
  balance: '零钱使用',
};
const BILL_KIND: Readonly<Record<string, string>> = {
  'charged-twice': '同一笔订单被重复扣款',
  'amount-wrong': '扣款金额与商品标价不一致',
  'not-mine': '账单中有一笔不是本人下单的消费',
  unhappy: '商品有售后问题，申请退款',
};

function since(c: Clean): string {
  return c.since ? `自${c.since}起` : '近期';
}

function pick(table: Readonly<Record<string, string>>, key: string | undefined, fallback: string): string {
  return (key && table[key]) || fallback;
}

function cardHappened(a: Answers, c: Clean): string {
  const card = c.last4 ? `尾号${c.last4}的银行卡` : '绑定的银行卡';
  return `本人${card}${since(c)}在微信支付中无法正常使用${pick(CARD_MESSAGE, a['error-message'], '')}。`;
}

function billHappened(a: Answers, c: Clean): string {
  const order = c.order ? `（订单号${c.order}）` : '';
  const amount = c.amount ? `金额${c.amount}，` : '';
  return `本人${c.since || '近期'}的一笔订单${order}${amount}出现异常：${pick(BILL_KIND, a['bill-kind'], '扣款有误')}。`;
}

const HAPPENED: Readonly<Record<SymptomId, (a: Answers, c: Clean) => string>> = {
  'card-restricted': cardHappened,
  'unbind-card': cardHappened,
  'repair-offer': cardHappened,
  'account-restricted': (a, c) =>
    `本人的微信支付账户${since(c)}被限制${pick(ACCOUNT_KIND, a['restriction-kind'], '使用')}。`,
  'credit-pay-unavailable': (_a, c) => `本人的分付${since(c)}无法使用，页面显示额度仍有剩余。`,
  'bill-anomaly': billHappened,
  'balance-limited': (_a, c) => `本人的微信零钱、转账${since(c)}无法正常使用。`,
  'login-problem': (_a, c) => `本人的微信账号${since(c)}被限制，无法正常登录或使用。`,
  'transfer-mistake': (_a, c) => `本人${c.since || '近期'}的一笔转账转错了收款人。`,
};

function whatHappened(input: StatementInput, c: Clean): string {
  return HAPPENED[input.symptom](input.answers, c);
}

/** Facts from the answers that help the reviewer. Never the lent-card or code-shared answers. */
function context(input: StatementInput): string[] {
  const a = input.answers;
  const lines: string[] = [];
  if (a['other-channels'] === 'also-fail') lines.push('这张卡在其他支付渠道也无法使用。');
  if (a['other-channels'] === 'work') lines.push('这张卡在其他支付渠道可以正常使用。');
  if (a['recent-activity'] === 'travel') lines.push('出问题前，本人在外地使用过这张卡。');
  if (a['recent-activity'] === 'many-transfers') lines.push('出问题前几天，有几笔金额较大或次数较多的转账。');
  if (a['collect-use'] === 'business') lines.push('收款码收的是本人小本经营的货款。');
  if (a['order-recognized'] === 'no') lines.push('这笔订单不是本人下单。');
  if (a['official-notice'] === 'bank') lines.push('本人收到过银行的通知。');
  return lines;
}

function request(symptom: SymptomId): string {
  if (symptom === 'bill-anomaly') return '请核实以上情况并处理退款。如需补充材料，请告知。';
  return '请核实以上情况，恢复正常使用。如需补充材料，请告知。';
}

function amountLine(input: StatementInput, c: Clean): string {
  return input.symptom !== 'bill-anomaly' && c.amount ? `涉及金额${c.amount}。` : '';
}

function fitShort(
  parts: readonly string[],
  usage: string,
  tail: string,
  warnings: StatementWarning[],
): string {
  let body = parts.join('');
  const usageText = usage ? `用途：${usage}。` : '';
  let short = body + usageText + tail;
  if (short.length <= SHORT_MAX) return short;
  // Drop context from the end, then shorten the person's own words.
  const kept = parts.slice();
  while (kept.length > 1 && (kept.join('') + usageText + tail).length > SHORT_MAX) kept.pop();
  body = kept.join('');
  short = body + usageText + tail;
  if (short.length <= SHORT_MAX) return short;
  warnings.push('short-truncated');
  const room = SHORT_MAX - body.length - tail.length - '用途：…。'.length;
  return room > 0 ? `${body}用途：${usage.slice(0, room)}…。${tail}` : (body + tail).slice(0, SHORT_MAX);
}

function fullText(input: StatementInput, c: Clean, head: string, facts: string[]): string {
  const docs = buildChecklist(input.causeIds || [], input.answers).filter((d) => d.required);
  const lines = [
    '申诉说明',
    '',
    '本人是该微信账户的实名用户。现将情况说明如下：',
    head + amountLine(input, c),
  ];
  if (facts.length) lines.push(facts.join(''));
  if (c.usage) lines.push(`相关资金的用途：${c.usage}。`);
  if (c.order && input.symptom !== 'bill-anomaly') lines.push(`相关订单号：${c.order}。`);
  if (c.note) lines.push(`补充说明：${c.note}`);
  if (docs.length) lines.push(`如有需要，本人可以提供以下材料：${docs.map((d) => d.name).join('、')}。`);
  lines.push(request(input.symptom), '', '谢谢。');
  return lines.join('\n');
}

export function draftStatement(input: StatementInput): Statement {
  const warnings: StatementWarning[] = [];
  const masked: SensitiveKind[] = [];
  const c = cleanDetails(input.details || {}, warnings, masked);
  const head = whatHappened(input, c);
  const facts = context(input);
  const short = fitShort(
    [head + amountLine(input, c)].concat(facts),
    c.usage,
    request(input.symptom),
    warnings,
  );
  return { short, full: fullText(input, c, head, facts), warnings, masked };
}
