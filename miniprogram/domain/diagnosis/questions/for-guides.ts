/** The questions of the two guides: removing a card (unbind-card) and an offer to 修复 for a fee (repair-offer). */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const GUIDE_QUESTIONS = /* @__PURE__ */ defineQuestions({
  'unbind-reason': {
    id: 'unbind-reason',
    kind: 'fact',
    title: '为什么想解绑这张卡？',
    help: '手机丢了或账号被盗，要先冻结账户，顺序不一样。',
    labels: {
      'lost-phone': '手机丢了，或者微信被盗了',
      'not-used': '这张卡不用了',
      worried: '担心不安全',
      unsure: UNSURE,
    },
  },
  'auto-debit': {
    id: 'auto-debit',
    kind: 'fact',
    title: '这张卡有没有自动扣费？比如会员、水电费、保险',
    help: '解绑后，自动扣费会失败，服务可能会停。',
    labels: YES_NO,
  },
  'pending-refund': {
    id: 'pending-refund',
    kind: 'fact',
    title: '有没有还没退回来的退款？',
    help: '退款一般原路退回这张卡。等钱到了再解绑更稳妥。',
    labels: YES_NO,
  },
  'linked-products': {
    id: 'linked-products',
    kind: 'fact',
    title: '分付、理财或贷款有没有用这张卡还款？',
    help: '先换成别的卡，免得漏还款。',
    labels: YES_NO,
  },
  'repair-paid': {
    id: 'repair-paid',
    kind: 'safety',
    title: '你已经给对方付过钱了吗？',
    help: '付过钱也不要慌，现在报警还来得及留下证据。不要再付任何钱。',
    labels: { yes: '付过了', no: '没有', unsure: UNSURE },
  },
  'gave-details': {
    id: 'gave-details',
    kind: 'safety',
    title: '你有没有把卡号、身份证照片，或者刷脸视频发给对方？',
    help: '对方拿到这些，可能用你的名义办事。发过的话，要请银行冻结卡。',
    labels: YES_NO,
  },
  'actually-restricted': {
    id: 'actually-restricted',
    kind: 'fact',
    title: '你的卡或微信支付，现在真的被限制了吗？',
    help: '骗子常常先吓唬人说“卡要被冻结了”。真被限制了，走官方申诉，不收钱。',
    labels: {
      card: '银行卡在微信里用不了',
      account: '微信支付账户被限制',
      no: '没有，都正常',
      unsure: UNSURE,
    },
  },
});
