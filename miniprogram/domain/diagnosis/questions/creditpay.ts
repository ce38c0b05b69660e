/** Asked when 分付 stopped working (credit-pay-unavailable). */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const CREDITPAY_QUESTIONS = defineQuestions({
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
});
