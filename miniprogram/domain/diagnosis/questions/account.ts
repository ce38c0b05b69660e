/** Asked when the WeChat Pay account, its balance or the login is restricted (account-restricted, balance-limited, login-problem). */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const ACCOUNT_QUESTIONS = defineQuestions({
  'restriction-kind': {
    id: 'restriction-kind',
    kind: 'fact',
    title: '被限制的是哪一项？',
    help: '微信支付发来的通知里一般会写。看不到通知就选“不确定”。',
    labels: {
      collect: '收款受限',
      transfer: '转账或提现受限',
      balance: '零钱被限制或冻结',
      identity: '提示要补充或更新身份信息',
      unsure: UNSURE,
    },
  },
  'collect-use': {
    id: 'collect-use',
    kind: 'fact',
    title: '你平时用个人收款码收顾客的钱吗？比如开店、摆摊、卖东西',
    help: '做生意收款要用商家收款码。个人码收生意钱多了，可能被限制收款。',
    labels: {
      business: '是，用个人收款码做生意收款',
      merchant: '我用的是商家收款码或商户号，被限制的是它',
      personal: '不是，只收亲友的钱',
      unsure: UNSURE,
    },
  },
  'account-activity': {
    id: 'account-activity',
    kind: 'fact',
    title: '最近账户有没有下面的情况？',
    help: '短时间里进出的钱很多，或者有交易纠纷，系统会对账户做安全审核。',
    labels: {
      'many-incoming': '短时间收了很多钱，或者陌生人转来钱',
      complaint: '有人投诉我，或者交易有纠纷',
      none: '都没有',
      unsure: UNSURE,
    },
  },
  'balance-message': {
    id: 'balance-message',
    kind: 'fact',
    title: '用零钱、转账或付款时，提示的意思更像哪一种？',
    help: '选意思最接近的。没注意看就选“不确定”。',
    labels: {
      identity: '“请补充身份信息”或“身份证已过期”',
      password: '“支付密码错误次数过多”，或者我忘了支付密码',
      'family-card': '用的是家人给开的亲属卡，付不了',
      risk: '“账户存在异常”或“交易受限”',
      unsure: UNSURE,
    },
  },
  'login-kind': {
    id: 'login-kind',
    kind: 'fact',
    title: '遇到的是哪种情况？',
    help: '账号被限制，要自己申请解封；卡或身份证被别人用了，要先找银行冻结。拿不准就选“不确定”。',
    labels: {
      blocked: '登录时提示账号被限制、被封',
      'others-used': '发现我的卡被别人绑了，或者我的身份证实名了别人的账号',
      unsure: UNSURE,
    },
  },
  'verify-request': {
    id: 'verify-request',
    kind: 'safety',
    title: '最近有没有人请你帮忙“辅助验证”、扫码解封，或者你请过陌生人帮你验证？',
    help: '帮陌生人辅助验证是常见的骗局，对方的账号可能拿去骗人，你的账号也会被连带限制。',
    labels: YES_NO,
  },
});
