/**
 * The questions of the diagnosis symptoms (what stopped working and why), grouped by symptom; the cross-cutting
 * ones (official notice, safety) first. The guides' questions are in ./for-guides.ts.
 */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const DIAGNOSIS_QUESTIONS = /* @__PURE__ */ defineQuestions({
  // cross-cutting: asked for several symptoms
  'official-notice': {
    id: 'official-notice',
    kind: 'safety',
    title: '最近有没有收到银行、公安或法院的正式通知？',
    help: '比如银行发来的短信、派出所打来的电话、法院寄来的文书。谁发的通知，一般就要找谁处理。骗子也会冒充，拿不准就选“不确定”。',
    labels: {
      none: '没有收到',
      bank: '银行发来的短信或电话',
      police: '公安、派出所的通知',
      court: '法院、检察院的文书，或者写着“有权机关冻结”',
      penalty: '写着“惩戒”的书面通知',
      unsure: UNSURE,
    },
  },
  'police-notice-kind': {
    id: 'police-notice-kind',
    kind: 'fact',
    title: '公安的通知里，说的更像哪一种？',
    help: '“止付”是怕你被骗，先把钱保住；“冻结”是说你收到的钱和案件有关。两种要办的事不一样。拿不准就选“不确定”。',
    labels: {
      stop: '说我可能被骗了，先帮我把钱保住（止付）',
      case: '说我收到的钱和案件有关，要冻结（比如卖东西收到的钱是骗来的）',
      unsure: UNSURE,
    },
  },
  'other-channels': {
    id: 'other-channels',
    kind: 'fact',
    title: '你的银行卡在别的地方能用吗？比如支付宝、云闪付、银行自己的App、商店刷卡',
    help: '如果别的地方也用不了，问题多半在银行那边，不在微信。没试过也没关系，选“没试过”。',
    labels: { 'also-fail': '别的地方也用不了', work: '别的地方能用', 'not-tried': '没试过', unsure: UNSURE },
  },
  'repair-contact': {
    id: 'repair-contact',
    kind: 'safety',
    title: '有没有人联系你，说收费就能帮你解封、修复，或者说有“内部渠道”？',
    help: '正规申诉不收一分钱。说能收费解封、修复、走内部渠道的，都是骗子。',
    labels: YES_NO,
  },
  'code-shared': {
    id: 'code-shared',
    kind: 'safety',
    title: '你有没有把验证码、密码告诉过别人，或者给别人共享过手机屏幕？',
    help: '银行、微信、警察都不会向你要验证码和密码。如果给过，要马上处理，我们会告诉你怎么做。',
    labels: YES_NO,
  },
  'lent-card': {
    id: 'lent-card',
    kind: 'safety',
    title: '有没有把银行卡、微信账号借给、租给或卖给别人，或者帮别人收钱、转钱？',
    help: '问这个不是怀疑你。很多人是被骗着借出去的。如实选择，我们才能告诉你该怎么办。',
    labels: YES_NO,
  },
  // card-restricted
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
  // account-restricted, balance-limited, login-problem
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
  // credit-pay-unavailable
  'creditpay-others': {
    id: 'creditpay-others',
    kind: 'fact',
    title: '身边其他人的分付能用吗？过几个小时再试呢？',
    help: '很多人同时用不了，或者过一会儿就好了，多半是系统临时出了问题。',
    labels: {
      'others-too': '别人也用不了，或者过一阵就好了',
      'just-me': '只有我用不了，一直不行',
      unsure: UNSURE,
    },
  },
  'creditpay-message': {
    id: 'creditpay-message',
    kind: 'fact',
    title: '分付页面上的提示，意思更像哪一种？',
    help: '选意思最接近的。没有提示或没注意，就选“不确定”。',
    labels: {
      busy: '“系统繁忙”或“维护中”',
      assessed: '“综合评估”后“暂时无法使用”',
      closed: '“服务已关闭”或“暂停提供”',
      'limit-lower': '能用，但额度变低了',
      unsure: UNSURE,
    },
  },
  overdue: {
    id: 'overdue',
    kind: 'fact',
    title: '最近有没有哪笔欠款逾期没还？信用卡、贷款、花呗都算',
    help: '在任何一家有逾期，都可能影响分付。拿不准可以查个人信用报告。',
    labels: YES_NO,
  },
  'spending-device': {
    id: 'spending-device',
    kind: 'fact',
    title: '最近有没有下面的情况？',
    help: '消费习惯突然变化，或者常换手机，系统可能会暂时限制分付。',
    labels: {
      'big-spending': '大额消费，或者买游戏点卡、虚拟商品',
      'device-change': '经常换手机或换网络',
      none: '都没有',
      unsure: UNSURE,
    },
  },
  'account-security': {
    id: 'account-security',
    kind: 'fact',
    title: '你的微信有没有被盗过，或者在不熟悉的网站、软件里登录过？',
    help: '账号不安全时，系统会为了保护你暂停一些功能。',
    labels: YES_NO,
  },
  // bill-anomaly, transfer-mistake
  'bill-kind': {
    id: 'bill-kind',
    kind: 'fact',
    title: '账单哪里不对？',
    help: '选最接近的一项。“东西不满意”是售后问题，和“扣错钱”要走的路不一样。',
    labels: {
      'charged-twice': '同一单扣了两次钱',
      'amount-wrong': '扣的钱和标的价格不一样',
      'not-mine': '有不是我买的东西',
      unhappy: '东西不满意、没收到，想退货',
      child: '是孩子玩游戏、充值或打赏花的',
      unsure: UNSURE,
    },
  },
  'order-recognized': {
    id: 'order-recognized',
    kind: 'fact',
    title: '这笔订单是你自己下的吗？',
    help: '如果你根本没下过这一单，可能是账号被别人用了。',
    labels: { yes: '是我下的', no: '不是我下的', unsure: UNSURE },
  },
  'recovery-offer': {
    id: 'recovery-offer',
    kind: 'safety',
    title: '有没有陌生人联系你，说收费就能帮你把转错的钱追回来？',
    help: '正规的办法不收钱。说先交“手续费”“保证金”才能退钱的，都是骗子。',
    labels: YES_NO,
  },
});
