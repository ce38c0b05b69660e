/** Causes behind 卡盟/虚拟商品账单不对 (bill-anomaly). Order: platform → payment channel → regulator → legal. */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_PAY_UNLOCK, DONT_SHARE_CODE, REVIEWED } from './common';

const PLATFORM_WAIT = fact('平台一般3到7个工作日内答复。', 'seed-004', 'seed-only');
const DONT_REFUND_AGENTS = '不要相信主动找上门的“退款客服”，他们要验证码或让你转账的，都是骗子。';
const BILL_LADDER = [
  'wechat-bill-complaint',
  'regulator-12315',
  'regulator-12363',
  'legal-aid-12348',
] as const;

export const BILL_CAUSES = defineCauses({
  'bill-duplicate-charge': {
    title: '同一笔订单被扣了两次钱',
    explanation: [
      fact('平台和支付之间的信息没有对上，或者付款时多点了一次，都可能重复扣款。', 'seed-004', 'seed-only'),
      fact('这是技术故障，不是售后问题。投诉时要说清楚是“重复扣款”。', 'seed-004', 'seed-only'),
    ],
    liftedBy: ['platform', 'wechat-pay'],
    liftedByText: fact('先找平台退款；平台不处理，再到微信账单里投诉。', 'seed-004', 'seed-only'),
    appeal: { verdict: 'appeal', text: fact('可以投诉退款。证据要齐。', 'seed-004', 'seed-only') },
    firstActions: [
      '把两笔扣款都截图，记下订单号、金额和时间。',
      '联系平台客服，说明“同一单扣了两次”，记下工单号。',
      '平台不处理，到微信账单里对这笔投诉。',
    ],
    documents: [
      { id: 'charge-proof', required: true, why: '两次扣款的订单号、金额、时间' },
      { id: 'platform-bill', required: true, why: '说明只收到了一份东西' },
      { id: 'support-records', required: false, why: '说明已经找过平台' },
    ],
    channel: 'platform-support',
    expected: { workingDays: { min: 3, max: 7, unit: 'working-days' }, fact: PLATFORM_WAIT },
    escalation: BILL_LADDER,
    dont: [DONT_REFUND_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'bill-amount-mismatch': {
    title: '扣的钱和标的价格不一样',
    explanation: [fact('扣款金额和商品标价对不上，可能是平台系统出错。', 'seed-004', 'seed-only')],
    liftedBy: ['platform', 'wechat-pay'],
    liftedByText: fact('先找平台退差价；平台不处理，再到微信账单里投诉。', 'seed-004', 'seed-only'),
    appeal: { verdict: 'appeal', text: fact('可以投诉，要有标价截图。', 'seed-004', 'seed-only') },
    firstActions: [
      '截图商品标价和扣款记录。',
      '联系平台客服，说明“扣款金额和标价不一样”。',
      '平台不处理，到微信账单里对这笔投诉。',
    ],
    documents: [
      { id: 'price-screenshot', required: true, why: '证明标的是多少钱' },
      { id: 'charge-proof', required: true, why: '证明实际扣了多少钱' },
      { id: 'platform-bill', required: true, why: '平台里的订单明细' },
      { id: 'support-records', required: false, why: '说明已经找过平台' },
    ],
    channel: 'platform-support',
    expected: { workingDays: { min: 3, max: 7, unit: 'working-days' }, fact: PLATFORM_WAIT },
    escalation: BILL_LADDER,
    dont: [DONT_REFUND_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'bill-unauthorized': {
    title: '账单里有不是你本人买的东西',
    explanation: [
      fact(
        '账号密码被别人拿到（比如别的网站泄露了、手机中了病毒），别人可能用你的账号消费。',
        'seed-004',
        'seed-only',
      ),
    ],
    liftedBy: ['wechat-pay', 'bank', 'police'],
    liftedByText: fact('要同时找支付渠道、银行和警察。', 'seed-004', 'seed-only'),
    appeal: { verdict: 'appeal', text: fact('可以投诉，先报警并保护好账号。', 'seed-004', 'seed-only') },
    firstActions: [
      '马上修改密码，打开登录提醒。',
      '在“账号与安全”里删掉不认识的设备。',
      '卡号可能泄露了，打银行卡背面的电话，请银行冻结这张卡。',
      '打110报警，要报警回执。',
      '到微信账单里对这一笔投诉。',
    ],
    documents: [
      { id: 'charge-proof', required: true, why: '不是你买的那几笔' },
      { id: 'platform-bill', required: true, why: '平台里的消费记录' },
      { id: 'police-receipt', required: true, why: '说明你已经报警' },
      { id: 'login-records', required: false, why: '说明哪些登录不是你' },
    ],
    channel: 'wechat-bill-complaint',
    expected: {
      workingDays: null,
      fact: fact('账单投诉没有公布统一的处理时限，以投诉页面和客服的答复为准。', 'news-reports', 'reported'),
    },
    escalation: ['bank-hotline', 'police-110', 'regulator-12363'],
    dont: [DONT_SHARE_CODE, DONT_REFUND_AGENTS, DONT_PAY_UNLOCK],
    lastReviewed: REVIEWED,
  },
  'bill-after-sales': {
    title: '对买到的东西不满意（售后问题，不是故障）',
    explanation: [
      fact(
        '东西不满意、没收到、想退货，属于售后问题，要走商家的退款流程。当成“系统故障”投诉，往往会被驳回。',
        'seed-004',
        'seed-only',
      ),
    ],
    liftedBy: ['merchant', 'regulator'],
    liftedByText: fact(
      '先找商家退款；商家不处理，可以打12315投诉，需要知道商家的名字和地址。',
      'samr-complaint-order-20',
      'official',
    ),
    appeal: {
      verdict: 'appeal',
      text: fact('可以投诉，但要走售后退款，不是故障申诉。', 'seed-004', 'seed-only'),
    },
    firstActions: ['在平台里申请退款或售后。', '保存订单和聊天记录。', '商家不处理，打12315投诉。'],
    documents: [
      { id: 'order-record', required: true, why: '说明买的是什么' },
      { id: 'support-records', required: true, why: '说明已经找过商家' },
    ],
    channel: 'platform-support',
    expected: { workingDays: { min: 3, max: 7, unit: 'working-days' }, fact: PLATFORM_WAIT },
    escalation: ['regulator-12315', 'legal-aid-12348'],
    dont: [DONT_REFUND_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
