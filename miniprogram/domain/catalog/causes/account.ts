/** Causes behind 微信支付账户被限制 (account-restricted), besides the four shared with card-restricted. */
import { fact } from '../fact';
import { defineCauses } from '../types';
import {
  DONT_MOVE_MONEY,
  DONT_PAY_UNLOCK,
  DONT_REPEAT,
  DONT_SHARE_CODE,
  REVIEWED,
  WECHAT_WAIT,
} from './common';

export const ACCOUNT_CAUSES = defineCauses({
  'collection-business-use': {
    title: '个人收款码被用来做生意收钱',
    explanation: [
      fact(
        '人民银行要求：有明显经营特征的收款（比如开店、摆摊收顾客的钱），支付机构要给商户收款码，不能用个人收款码提供经营收款。',
        'yinfa-2021-259',
        'official',
      ),
      fact(
        '2022年2月，中国支付清算协会和微信支付都公告：个人收款码不关闭、不停用、功能不变；“个人经营收款码”由自己决定要不要开。',
        'pcac-2022-notice',
        'reported',
      ),
      fact('个人码收生意钱多了，可能被限制收款。这不是说你做了坏事。', 'news-reports', 'reported'),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('由微信支付审核。开通经营收款码以后，一般可以继续收款。', 'news-reports', 'reported'),
    appeal: {
      verdict: 'appeal',
      text: fact(
        '可以按受限通知申诉，需要的话开通经营收款码。要交的材料以申诉页面为准。',
        'news-reports',
        'reported',
      ),
    },
    firstActions: [
      '打开受限通知，按页面要求提交材料。',
      '做生意收款的，可以开通“个人经营收款码”（免费，自己决定开不开）。',
      '开了经营收款码，告诉常来的顾客扫新码。',
    ],
    documents: [
      { id: 'id-card-photo', required: true, why: '核实是你本人' },
      { id: 'business-photos', required: true, why: '说明你在正常做生意' },
      { id: 'purpose-statement', required: false, why: '说明收的是什么钱' },
    ],
    channel: 'wechat-pay-account-appeal',
    expected: { workingDays: { min: 3, max: 3, unit: 'working-days' }, fact: WECHAT_WAIT },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_PAY_UNLOCK, '不要借别人的收款码来收钱。', DONT_SHARE_CODE, DONT_REPEAT],
    lastReviewed: REVIEWED,
  },
  'account-risk-review': {
    title: '微信支付账户在做安全审核（收款、转账或提现受限）',
    explanation: [
      fact('收款、转账或提现被限制，多半是微信支付在对账户做安全审核。', 'news-reports', 'reported'),
      fact('审核要什么材料，以申诉页面上列出的为准，每个人可能不一样。', 'news-reports', 'reported'),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('由微信支付审核后解除，银行解不了。', 'news-reports', 'reported'),
    appeal: {
      verdict: 'appeal',
      text: fact('可以申诉。按页面要求一次交齐材料。', 'news-reports', 'reported'),
    },
    firstActions: [
      '打开受限通知，看清楚限制了什么、要什么材料。',
      '按页面要求准备材料，一次交齐。',
      '看不懂的地方，打95017问。',
    ],
    documents: [
      { id: 'id-card-photo', required: true, why: '核实是你本人' },
      { id: 'purpose-statement', required: true, why: '说明最近的收款、转账是怎么回事' },
      { id: 'id-card-selfie', required: false, why: '页面要求时才需要' },
      { id: 'proof-of-purpose', required: false, why: '聊天记录，证明交易真实' },
      { id: 'shipping-proof', required: false, why: '卖东西的，证明已经发货' },
    ],
    channel: 'wechat-pay-account-appeal',
    expected: { workingDays: { min: 3, max: 3, unit: 'working-days' }, fact: WECHAT_WAIT },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_PAY_UNLOCK, DONT_MOVE_MONEY, DONT_SHARE_CODE, DONT_REPEAT],
    lastReviewed: REVIEWED,
  },
  'merchant-collection-restricted': {
    title: '店里的商家收款码或商户号被限制收款',
    explanation: [
      fact(
        '商家收款码和商户号按“特约商户”管理，要登记经营信息，收款由支付机构按商户的规矩检查。',
        'yinfa-2021-259',
        'official',
      ),
      fact(
        '商户被限制收款，要在微信支付商户平台或“微信支付商家助手”里看原因、交材料，和个人账户的申诉不是一个地方。',
        'wechat-pay-merchant-platform',
        'reported',
      ),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('由微信支付审核商户材料后解除。', 'wechat-pay-merchant-platform', 'reported'),
    appeal: {
      verdict: 'appeal',
      text: fact(
        '可以在商户平台或商家助手里按通知申诉，一次交齐经营材料。',
        'wechat-pay-merchant-platform',
        'reported',
      ),
    },
    firstActions: [
      '打开“微信支付商家助手”小程序，看受限通知写的原因。',
      '按要求准备营业执照或店面照片、最近的交易说明。',
      '在通知里点申诉，一次交齐材料。',
    ],
    documents: [
      { id: 'business-license', required: true, why: '说明你在正常经营' },
      { id: 'id-card-photo', required: true, why: '核实店主本人' },
      { id: 'purpose-statement', required: false, why: '说明最近收的是什么钱' },
      { id: 'shipping-proof', required: false, why: '卖东西发货的，证明已经发货' },
    ],
    channel: 'merchant-platform',
    expected: { workingDays: null, fact: WECHAT_WAIT },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_PAY_UNLOCK, '不要借别人的收款码或商户号来收钱。', DONT_SHARE_CODE, DONT_REPEAT],
    lastReviewed: REVIEWED,
  },
});
