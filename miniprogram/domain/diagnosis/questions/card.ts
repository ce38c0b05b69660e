/** Asked when a bound card stopped working in WeChat Pay (card-restricted). */
import { UNSURE, defineQuestions } from './options';

export const CARD_QUESTIONS = defineQuestions({
  'bank-side': {
    id: 'bank-side',
    kind: 'fact',
    title: '这张卡最近有没有下面这些情况？',
    help: '选最接近的一项。拿不准就选“不确定”，以后还可以改。',
    labels: {
      'card-changed': '挂失过、换了新卡、过期了，或银行说冻结了',
      'info-outdated': '在银行留的手机号不用了，或身份证过期了',
      'long-unused': '办卡后很久（半年以上）没用过，或银行让去核实身份',
      'bank-hold': '银行说交易异常，卡只能进不能出，或者不能网上付款',
      none: '都没有',
      unsure: UNSURE,
    },
  },
  'error-message': {
    id: 'error-message',
    kind: 'fact',
    title: '微信付款失败时，提示的意思更像哪一种？',
    help: '不用一字不差，选意思最接近的。没注意看就选“不确定”。',
    labels: {
      limit: '超过限额，或者限额突然变低',
      'not-supported': '“该卡暂不支持微信支付”或“银行卡异常”',
      risk: '“存在风险”或“交易受限”',
      unsure: UNSURE,
    },
  },
  'payment-kind': {
    id: 'payment-kind',
    kind: 'fact',
    title: '付款时是不是下面的情况？',
    help: '扫商家贴着的固定码（静态码），同一张卡每天最多付500元。在手机上办的、没有实体卡的银行账户，本身也有限额。',
    labels: {
      'static-code': '扫的是商家贴着的码，金额比较大',
      'class-2-3': '这张卡是在手机上办的，没有实体卡',
      no: '都不是',
      unsure: UNSURE,
    },
  },
  'recent-activity': {
    id: 'recent-activity',
    kind: 'fact',
    title: '出问题前几天，这张卡有没有下面的情况？',
    help: '交易和平时很不一样时，系统会暂时拦一下，这很常见。',
    labels: {
      'many-transfers': '短时间里转账很多，或者金额很大',
      travel: '在外地或国外用过',
      none: '都没有',
      unsure: UNSURE,
    },
  },
});
