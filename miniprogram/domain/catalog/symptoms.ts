/** Entry symptoms: what the person sees, in their words. */
import { REVIEWED } from './causes/common';
import type { Symptom, SymptomDef } from './types';

const INTRO = '别着急。我们问你几个问题，帮你弄清楚是哪里出了问题、该找谁。每个问题都可以选“不确定”。';

/** Keeps the literal keys (they become SymptomId) while checking every value. */
function defineSymptoms<K extends string>(defs: { readonly [Id in K]: SymptomDef }): {
  readonly [Id in K]: SymptomDef;
} {
  return defs;
}

/** THE source of symptom ids, in home-page order. */
const SYMPTOM_DEFS = defineSymptoms({
  'card-restricted': {
    kind: 'diagnosis',
    title: '银行卡在微信里用不了',
    examples: ['扫码付款失败', '提示“该卡暂不支持微信支付”', '限额突然变低', '银行说卡只能进不能出'],
    intro: INTRO,
    causes: [
      'risk-unusual-activity',
      'risk-remote-transaction',
      'bank-card-status',
      'bank-info-outdated',
      'bank-non-counter-suspended',
      'bank-antifraud-hold',
      'limit-by-account-class',
      'illicit-flag',
      'fraud-penalty',
      'police-case-freeze',
      'police-protective-stop',
      'judicial-freeze',
    ],
    lastReviewed: REVIEWED,
  },
  'account-restricted': {
    kind: 'diagnosis',
    title: '微信支付账户被限制',
    examples: ['收款受限', '转账、提现受限', '零钱被限制', '提示“账户存在异常”'],
    intro: INTRO,
    causes: [
      'collection-business-use',
      'account-risk-review',
      'balance-identity-incomplete',
      'merchant-collection-restricted',
      'illicit-flag',
      'fraud-penalty',
      'police-case-freeze',
      'police-protective-stop',
      'judicial-freeze',
    ],
    channelOverrides: { 'illicit-flag': 'wechat-pay-account-appeal' },
    lastReviewed: REVIEWED,
  },
  'balance-limited': {
    kind: 'diagnosis',
    title: '零钱、转账或付款用不了',
    examples: ['提示“请补充身份信息”', '身份证过期了，零钱转不出去', '支付密码被锁了或忘了', '亲属卡付不了'],
    intro: INTRO,
    causes: [
      'balance-identity-incomplete',
      'payment-password-locked',
      'family-card-limit',
      'account-risk-review',
      'fraud-penalty',
      'police-case-freeze',
      'police-protective-stop',
      'judicial-freeze',
    ],
    lastReviewed: REVIEWED,
  },
  'login-problem': {
    kind: 'diagnosis',
    title: '微信账号登录不了，或者身份、银行卡被别人用了',
    examples: ['登录时提示账号被限制、被封', '有人请我帮忙“辅助验证”以后出了问题', '发现我的卡被别人绑了'],
    intro: INTRO,
    causes: ['account-login-restricted', 'card-bound-by-others'],
    lastReviewed: REVIEWED,
  },
  'transfer-mistake': {
    kind: 'diagnosis',
    title: '钱转错了人',
    examples: ['转账转给了名字一样的人', '多按了一个0', '对方收了钱不回消息'],
    intro: '别着急，转错的钱有办法要回来。我们先问两个问题，帮你避开趁机行骗的人。',
    causes: ['wrong-transfer'],
    lastReviewed: REVIEWED,
  },
  'credit-pay-unavailable': {
    kind: 'diagnosis',
    title: '分付突然用不了',
    examples: ['额度明明还有，但付不了款', '分付页面打不开或有提示'],
    intro: INTRO,
    causes: [
      'creditpay-outage',
      'creditpay-risk',
      'creditpay-overdue',
      'creditpay-account-security',
      'creditpay-product-change',
      'creditpay-limit-reduced',
    ],
    lastReviewed: REVIEWED,
  },
  'bill-anomaly': {
    kind: 'diagnosis',
    title: '卡盟、游戏充值等账单不对',
    examples: ['同一单扣了两次钱', '扣的钱和标价不一样', '有不认识的消费', '孩子偷偷充了游戏'],
    intro: INTRO,
    causes: [
      'bill-duplicate-charge',
      'bill-amount-mismatch',
      'bill-unauthorized',
      'bill-after-sales',
      'minor-topup-refund',
    ],
    lastReviewed: REVIEWED,
  },
  'unbind-card': {
    kind: 'guide',
    title: '想安全地解绑一张卡',
    examples: ['不想再用这张信用卡付款', '手机丢了，怕被盗刷'],
    intro: '解绑前先检查几件事，免得漏掉自动扣费和退款。我们一步一步来。',
    causes: [],
    lastReviewed: REVIEWED,
  },
  'repair-offer': {
    kind: 'guide',
    title: '有人说收费能帮你解封',
    examples: ['“修复残卡”', '“解除风控”', '“消除黑记录”', '“内部渠道解封”'],
    intro: '收费解封都是骗局。我们问几个问题，告诉你现在该做什么。',
    causes: [],
    lastReviewed: REVIEWED,
  },
});

export type SymptomId = keyof typeof SYMPTOM_DEFS;

export const SYMPTOM_IDS = Object.keys(SYMPTOM_DEFS) as readonly SymptomId[];

const BY_ID = {} as Record<SymptomId, Symptom>;
for (const id of SYMPTOM_IDS) BY_ID[id] = { id, ...SYMPTOM_DEFS[id] };

/** Every symptom by id (ES2017 has no Object.fromEntries, hence the loop). */
export const SYMPTOMS: Readonly<Record<SymptomId, Symptom>> = BY_ID;

export function getSymptom(id: SymptomId): Symptom {
  return SYMPTOMS[id];
}
