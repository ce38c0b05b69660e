/**
 * What a pasted SMS, notice or chat message is: a likely scam, an official notice of a known kind, an ordinary
 * bank transaction SMS, or none of these. For an official notice, the diagnosis it belongs to and the answers
 * the text settles (only what the text itself says; everything else is still asked).
 *
 * Order matters: a scam that imitates a notice is a scam first; 惩戒 notices name the police too, so they are
 * read before police notices; a bank SMS that says the police or a court ordered the freeze is that kind.
 * Works on the masked text: nothing here needs a personal number.
 */
import type { SymptomId } from '../catalog/types';
import type { Answers } from '../diagnosis/questions/index';
import { maskSensitive } from '../privacy/mask';
import { normalise } from './context';
import { detectScam, type ScamResult } from './scam';

export const NOTICE_KINDS = [
  'scam',
  'court-freeze',
  'penalty',
  'police-freeze',
  'bank-non-counter',
  'wechat-support',
  'wechat-risk',
  'bank-transaction',
  'unknown',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeReading {
  readonly kind: NoticeKind;
  /** The pasted text with personal numbers, codes and passwords hidden. */
  readonly masked: string;
  readonly scam: ScamResult;
  /** The diagnosis to start, or null when the text settles none. */
  readonly symptom: SymptomId | null;
  /** Answers the text settles, for that diagnosis. */
  readonly answers: Answers;
}

const WECHAT = /微信|财付通/;
const BANK = /银行|【[^】]{0,6}行】|储蓄卡|借记卡|信用卡|尾号/;

/** How each kind is recognised, in the order they are tried. */
const RECOGNISE: ReadonlyArray<readonly [NoticeKind, (t: string) => boolean]> = [
  ['court-freeze', (t) => /法院|本院|执行局|执行法官|承办法官/.test(t) && /冻结|查封|扣划|执行/.test(t)],
  ['penalty', (t) => /惩戒/.test(t)],
  [
    'police-freeze',
    (t) => /公安|派出所|警方|办案机关/.test(t) && /止付|冻结|涉诈|涉案|管控|暂停|限制/.test(t),
  ],
  [
    'bank-non-counter',
    (t) =>
      BANK.test(t) &&
      /非柜面|只收不付|久悬|长期未(?:使用|发生交易)|(?:身份|证件)[^。]{0,6}(?:过期|到期)|核实身份|限制[^。]{0,6}(?:交易|渠道|业务)|功能已受限/.test(
        t,
      ),
  ],
  ['wechat-support', (t) => /95017|微信支付客服/.test(t)],
  ['wechat-risk', (t) => WECHAT.test(t) && /限制|受限|风险|冻结|暂不支持|超出限额/.test(t)],
  [
    'bank-transaction',
    (t) => BANK.test(t) && /支出|收入|消费|转入|转出|存入|支取|扣款|入账|代付|提现|余额|可用额度/.test(t),
  ],
];

function kindOf(text: string, scam: ScamResult): NoticeKind {
  if (scam.risk === 'scam') return 'scam';
  for (const [kind, test] of RECOGNISE) if (test(text)) return kind;
  return 'unknown';
}

const OFFICIAL: Partial<Record<NoticeKind, Answers['official-notice']>> = {
  'court-freeze': 'court',
  penalty: 'penalty',
  'police-freeze': 'police',
  'bank-non-counter': 'bank',
};

/** The WeChat Pay account (not a bank card) is what the text says is restricted. */
function aboutAccount(text: string): boolean {
  return /微信支付账户|微信账户|零钱|收款|微信支付[^。，]{0,4}(?:：|:)?你的账户|你的账户|账户部分功能|支付功能/.test(
    text,
  );
}

function restrictionKind(text: string): Answers['restriction-kind'] {
  if (/零钱/.test(text)) return 'balance';
  if (/收款/.test(text)) return 'collect';
  if (/转账|提现/.test(text)) return 'transfer';
  return undefined;
}

function cardMessage(text: string): Answers['error-message'] {
  if (/暂不支持/.test(text)) return 'not-supported';
  if (/限额/.test(text)) return 'limit';
  if (/风险|受限/.test(text)) return 'risk';
  return undefined;
}

function bankSide(text: string): Answers['bank-side'] {
  if (/久悬|长期未(?:使用|发生交易)/.test(text)) return 'long-unused';
  if (/(?:身份|证件)[^。]{0,6}(?:过期|到期)/.test(text)) return 'info-outdated';
  return undefined;
}

/** Drop answers the text did not settle. */
function settled(answers: Answers): Answers {
  const out: Record<string, string> = {};
  for (const [q, v] of Object.entries(answers)) if (v !== undefined) out[q] = v;
  return out as Answers;
}

function wechatReading(text: string): { symptom: SymptomId | null; answers: Answers } {
  const card = /银行卡|该卡|暂不支持|限额/.test(text) && !/零钱|收款码/.test(text);
  if (card) return { symptom: 'card-restricted', answers: settled({ 'error-message': cardMessage(text) }) };
  const kind = restrictionKind(text);
  if (/限制|受限|冻结/.test(text))
    return { symptom: 'account-restricted', answers: settled({ 'restriction-kind': kind }) };
  return { symptom: null, answers: {} };
}

function diagnosisFor(kind: NoticeKind, text: string): { symptom: SymptomId | null; answers: Answers } {
  const official = OFFICIAL[kind];
  if (official) {
    const account = kind !== 'bank-non-counter' && WECHAT.test(text) && aboutAccount(text);
    if (account)
      return {
        symptom: 'account-restricted',
        answers: settled({ 'official-notice': official, 'restriction-kind': restrictionKind(text) }),
      };
    return {
      symptom: 'card-restricted',
      answers: settled({ 'official-notice': official, 'bank-side': bankSide(text) }),
    };
  }
  if (kind === 'wechat-risk' || kind === 'wechat-support') return wechatReading(text);
  return { symptom: null, answers: {} };
}

export function readNotice(pasted: string): NoticeReading {
  const masked = maskSensitive(pasted).text;
  const scam = detectScam(masked);
  const text = normalise(masked);
  const kind = kindOf(text, scam);
  return { kind, masked, scam, ...diagnosisFor(kind, text) };
}
