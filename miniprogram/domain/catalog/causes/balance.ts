/** Causes behind 零钱、转账或付款用不了 (balance-limited) that the person can fix without an appeal. */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_PAY_UNLOCK, DONT_SEARCH_NUMBERS, DONT_SHARE_CODE, REVIEWED } from './common';

export const BALANCE_CAUSES = defineCauses({
  'balance-identity-incomplete': {
    title: '身份信息要补充或更新（身份证过期、资料不全，或到了账户的付款上限）',
    explanation: [
      fact(
        '微信零钱是“支付账户”。按人民银行的规定，支付账户按核实身份的程度分三类：只核实了一种信息的，从开户起一共只能付1000元；核实得多的，每年分别能付10万元、20万元。',
        'pbc-2015-43',
        'official',
      ),
      fact(
        '身份证过期了、资料没填全，或者碰到了这个上限，微信会提示“请补充身份信息”，零钱、转账就会受限。',
        'wechat-pay-user-guides',
        'reported',
      ),
    ],
    liftedBy: ['self'],
    liftedByText: fact(
      '你自己在微信支付里补充或更新身份信息就行，不用申诉。',
      'wechat-pay-user-guides',
      'reported',
    ),
    appeal: {
      verdict: 'fix-first',
      text: fact('不用申诉。按提示更新身份证、补全资料，就能恢复。', 'wechat-pay-user-guides', 'reported'),
    },
    firstActions: [
      '看一下身份证有没有过期。过期了，先去派出所换新证。',
      '在微信钱包的“身份信息”里，按提示上传新身份证、补全资料。',
      '更新好以后，再转一次账试试。',
    ],
    documents: [
      { id: 'id-card-photo', required: true, why: '更新身份信息要拍身份证' },
      { id: 'phone-in-use', required: false, why: '可能要收验证码' },
    ],
    channel: 'wechat-pay-settings',
    where: {
      steps: [
        '在微信里更新身份信息（路径在下面）',
        '身份证过期的，先去户口所在地或居住地的派出所换新证',
        '办不成或看不懂，打95017问',
      ],
      path: 'wechat-identity-info',
    },
    expected: {
      workingDays: null,
      fact: fact('资料更新好以后一般很快就能用，以微信的提示为准。', 'wechat-pay-user-guides', 'reported'),
    },
    escalation: ['wechat-pay-95017'],
    dont: [
      '不要点短信、网页里“身份信息过期，点此更新”的链接，只在微信钱包里更新。',
      DONT_SHARE_CODE,
      DONT_PAY_UNLOCK,
    ],
    lastReviewed: REVIEWED,
  },
  'payment-password-locked': {
    title: '支付密码输错太多次被锁住了，或者忘了支付密码',
    explanation: [
      fact(
        '支付密码连续输错几次，会被暂时锁住，过一段时间自动解锁。忘了密码，可以在微信里验证身份后重新设置。',
        'wechat-pay-user-guides',
        'reported',
      ),
    ],
    liftedBy: ['self'],
    liftedByText: fact(
      '你自己在微信里找回支付密码，或者等锁定时间过去。谁也不能替你“解锁”。',
      'wechat-pay-user-guides',
      'reported',
    ),
    appeal: {
      verdict: 'fix-first',
      text: fact('不用申诉。自己在“忘记支付密码”里重设就行。', 'wechat-pay-user-guides', 'reported'),
    },
    firstActions: [
      '先别再试了，越试锁得越久。',
      '在钱包的“支付设置”里点“忘记支付密码”，按提示验证身份、重新设置。',
      '新密码不要用生日、连号，也不要告诉任何人。',
    ],
    documents: [
      { id: 'id-card', required: false, why: '验证身份时可能要填证件信息' },
      { id: 'phone-in-use', required: false, why: '可能要收验证码' },
    ],
    channel: 'wechat-pay-settings',
    where: {
      steps: [
        '在微信里找回支付密码（路径在下面）',
        '提示要等一段时间的，等时间过了再试',
        '办不成，打95017问',
      ],
      path: 'wechat-reset-pay-password',
    },
    expected: {
      workingDays: null,
      fact: fact('锁定多久以微信里的提示为准；重设以后马上能用。', 'wechat-pay-user-guides', 'reported'),
    },
    escalation: ['wechat-pay-95017'],
    dont: [
      '不要把支付密码告诉任何人，包括自称客服、警察的人。',
      '不要让别人远程操作你的手机帮你“解锁”。',
      DONT_SEARCH_NUMBERS,
    ],
    lastReviewed: REVIEWED,
  },
  'family-card-limit': {
    title: '亲属卡的额度用完了，或者家人把亲属卡关了',
    explanation: [
      fact(
        '亲属卡是家人给你开的，每个月能花多少由他定。额度用完了，或者他关掉了，就付不了款。',
        'wechat-pay-user-guides',
        'reported',
      ),
      fact('这不是你的账户被限制，也不用申诉。', 'wechat-pay-user-guides', 'reported'),
    ],
    liftedBy: ['relative'],
    liftedByText: fact(
      '只有给你开卡的家人能在他的微信里调额度或重新开通。',
      'wechat-pay-user-guides',
      'reported',
    ),
    appeal: {
      verdict: 'fix-first',
      text: fact(
        '不用申诉。请家人看一下额度，或者这次先用别的方式付款。',
        'wechat-pay-user-guides',
        'reported',
      ),
    },
    firstActions: [
      '在钱包的“亲属卡”里看看额度还剩多少。',
      '给开卡的家人打个电话，请他看看额度，需要的话调高一点。',
      '急着付款，先用零钱或自己的银行卡付。',
    ],
    documents: [{ id: 'error-screenshot', required: false, why: '发给家人看是什么提示' }],
    channel: 'wait',
    where: {
      steps: ['给开亲属卡的家人打电话，请他在他的微信里看额度', '这次先换一种方式付款'],
      path: 'wechat-family-card',
    },
    expected: {
      workingDays: null,
      fact: fact('额度一般每个月重新计算；家人调高以后马上能用。', 'wechat-pay-user-guides', 'reported'),
    },
    escalation: [],
    dont: ['不要相信陌生人说能帮你“提高亲属卡额度”。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
