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
  'minor-topup-refund': {
    title: '孩子偷偷充了游戏、买了点卡或打赏',
    explanation: [
      fact(
        '八周岁以上的孩子没经过家长同意，充游戏、打赏花了和他年龄不相称的钱，家长可以要求平台退还，法院会支持。',
        'spc-2020-17',
        'official',
      ),
      fact('不满八周岁的孩子花的这类钱，应当全部退还。', 'spc-2020-17', 'official'),
    ],
    liftedBy: ['platform', 'court'],
    liftedByText: fact(
      '先找游戏或平台的“未成年人退款”入口申请；不退，打12315投诉，或者到法院起诉。',
      'spc-2020-17',
      'official',
    ),
    appeal: {
      verdict: 'appeal',
      text: fact('可以申请退款。要拿出是孩子花的凭证，证据越全越好。', 'spc-2020-17', 'official'),
    },
    firstActions: [
      '先把手机的支付密码改掉，关掉免密支付，不要让孩子再用。',
      '在账单里找出孩子花钱的每一笔，截图。',
      '在游戏或平台的客服里找“未成年人退款”，按要求提交。',
      '平台不处理，打12315投诉。',
    ],
    documents: [
      { id: 'charge-proof', required: true, why: '每一笔充值的时间和金额' },
      { id: 'platform-bill', required: true, why: '游戏或平台里的充值记录' },
      { id: 'guardian-proof', required: true, why: '说明你是孩子的家长' },
      { id: 'support-records', required: false, why: '和平台客服联系的记录' },
    ],
    channel: 'platform-support',
    where: {
      steps: [
        '在游戏或平台的客服里找“未成年人退款”或“家长申诉”',
        '按页面要求交材料，记下工单号',
        '平台不处理或只退一部分，打12315投诉',
      ],
    },
    expected: { workingDays: { min: 3, max: 7, unit: 'working-days' }, fact: PLATFORM_WAIT },
    escalation: ['regulator-12315', 'legal-aid-12348'],
    dont: ['不要找收费“代退款”的人，他们会骗走你的钱和账号。', DONT_REFUND_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
