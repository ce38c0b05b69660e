/**
 * "Paste what you received", as data. Pure.
 * - A likely scam: the scam check (signals with excerpts, advice naming only 96110 and the 国家反诈中心 App).
 * - An official notice of a known kind: what it is, who can lift it (the catalog's fact, with its source), a
 *   caution to check it through a number found independently, and the answers the text settles ("从你贴的内容
 *   看出"), ready to start the matching diagnosis where they stay editable.
 * - An ordinary bank transaction SMS: what it means and what to do if the money movement was not the person's.
 * - Anything else: the scam check, which never gives an all-clear without a caution.
 * The view holds only the masked text.
 */
import { getCause, type CauseId, type SymptomId } from '../catalog/index';
import { answer, reviewItems, startDiagnosis, type DiagnosisState } from '../diagnosis/engine';
import type { Answers, OptionOf, QuestionId } from '../diagnosis/questions/index';
import { readNotice, type NoticeKind, type NoticeReading } from '../safety/notice';
import { factLine, type FactLine } from './guide';
import { scamCheckView, type ScamCheckView } from './scam-check';

export interface PasteCheckView {
  readonly kind: NoticeKind;
  /** The pasted text with personal numbers, codes and passwords hidden. */
  readonly masked: string;
  readonly tone: 'danger' | 'warning' | 'info';
  readonly headline: string;
  readonly lines: readonly string[];
  /** Who can lift it, from the catalog, with its source. */
  readonly liftedBy: FactLine | null;
  /** The scam check, for a likely scam or a text of no known kind. */
  readonly scam: ScamCheckView | null;
  /** 从你贴的内容看出: the answers the text settles, as question and answer. */
  readonly settled: ReadonlyArray<{
    readonly id: string;
    readonly question: string;
    readonly answer: string;
  }>;
  /** The diagnosis to start ('' when none). */
  readonly symptom: SymptomId | '';
}

const CHECK_IT =
  '通知是真是假，请自己查到官方电话核实（银行卡背面的电话、法院或公安的公开电话），不要打通知里留的号码，也不要点里面的链接。';

const OFFICIAL: Partial<Record<NoticeKind, { headline: string; cause: CauseId | null; line: string }>> = {
  'court-freeze': {
    headline: '像是法院的冻结通知',
    cause: 'judicial-freeze',
    line: '法院冻结的钱，要找作出冻结的法院问清楚怎么处理。',
  },
  'police-freeze': {
    headline: '像是公安机关的止付或冻结通知',
    cause: 'police-protective-stop',
    line: '要本人带身份证，到通知里说的公安机关说明情况。',
  },
  penalty: {
    headline: '像是写着“惩戒”的书面通知',
    cause: 'fraud-penalty',
    line: '有异议的，向作出认定的机关提出，不用交钱找人。',
  },
  'bank-non-counter': {
    headline: '像是银行的限制通知（暂停非柜面交易）',
    cause: 'bank-non-counter-suspended',
    line: '一般要本人带身份证到银行网点办理。',
  },
  'wechat-risk': {
    headline: '像是微信支付的风险提示',
    cause: null,
    line: '按微信里的提示申诉，正规申诉不收一分钱。',
  },
  'wechat-support': {
    headline: '像是微信支付客服（95017）的消息',
    cause: null,
    line: '按消息说的在微信里办理，正规申诉不收一分钱。',
  },
};

const BANK_TRANSACTION = {
  headline: '这是银行的普通交易提醒',
  lines: [
    '这类短信只是告诉你：这张卡刚刚有一笔钱进出。它不是限制通知，不用回复。',
    '如果这笔钱不是你自己花的或收的，马上打银行卡背面的电话问银行。',
  ],
};

/** The diagnosis the text starts, with the answers it settles already given (null when it starts none). */
function startOf(symptom: SymptomId | null, answers: Answers): DiagnosisState | null {
  if (!symptom) return null;
  let state = startDiagnosis(symptom);
  for (const q of Object.keys(answers) as QuestionId[])
    state = answer(state, q, answers[q] as OptionOf<typeof q>);
  return state;
}

function settledOf(start: DiagnosisState | null): PasteCheckView['settled'] {
  if (!start) return [];
  return reviewItems(start).map((r) => ({ id: r.questionId, question: r.question, answer: r.answer }));
}

export interface PasteCheck {
  readonly view: PasteCheckView;
  /** The diagnosis to save and open when the person taps to start it. */
  readonly start: DiagnosisState | null;
}

export function pasteCheck(text: string): PasteCheck {
  const reading = readNotice(text);
  const start = startOf(reading.symptom, reading.answers);
  return { view: pasteCheckView(reading, settledOf(start)), start };
}

function pasteCheckView(reading: NoticeReading, settled: PasteCheckView['settled']): PasteCheckView {
  const base = { kind: reading.kind, masked: reading.masked, settled };
  const symptom = reading.symptom || '';
  const official = OFFICIAL[reading.kind];
  if (official) {
    const cause = official.cause ? getCause(official.cause) : null;
    return {
      ...base,
      tone: 'warning',
      headline: official.headline,
      lines: [official.line, CHECK_IT],
      liftedBy: cause ? factLine(cause.liftedByText) : null,
      scam: null,
      symptom,
    };
  }
  if (reading.kind === 'bank-transaction')
    return { ...base, tone: 'info', ...BANK_TRANSACTION, liftedBy: null, scam: null, symptom: '' };
  const scam = scamCheckView(reading.masked);
  return {
    ...base,
    tone: scam.tone,
    headline: scam.headline,
    lines: [scam.summary],
    liftedBy: null,
    scam,
    symptom: '',
  };
}
