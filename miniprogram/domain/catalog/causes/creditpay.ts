/** Causes behind 分付突然用不了 (credit-pay-unavailable). */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_PAY_UNLOCK, DONT_SHARE_CODE, REVIEWED } from './common';

const NO_OFFICIAL_TIME = fact('官方没有公布恢复时间。', 'support-common-reply', 'reported');
const DONT_AGENTS = '不要找“代开通”“提额”“恢复分付”的人，这些都是骗局。';

export const CREDITPAY_CAUSES = defineCauses({
  'creditpay-outage': {
    title: '分付系统维护或临时故障',
    explanation: [
      fact('系统维护或临时故障时，分付会暂时用不了，很多人会同时遇到。', 'seed-003', 'seed-only'),
    ],
    liftedBy: ['nobody'],
    liftedByText: fact('不需要谁来解除，等系统恢复就好。', 'seed-003', 'seed-only'),
    appeal: { verdict: 'no-appeal', text: fact('不用申诉，过一段时间再试。', 'seed-003', 'seed-only') },
    firstActions: [
      '过几个小时再试一次。',
      '问问家人朋友，他们的分付能不能用。',
      '急着付款，先用零钱或银行卡付。',
    ],
    documents: [{ id: 'error-screenshot', required: false, why: '万一要问客服，留个凭证' }],
    channel: 'wait',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['creditpay-service'],
    dont: [DONT_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'creditpay-risk': {
    title: '分付的风控：最近的消费或设备变化被认为有风险',
    explanation: [
      fact(
        '短时间里大额消费（比如买游戏点卡、虚拟商品），或者经常换手机、换网络，分付可能被暂时限制，即使额度还显示有。',
        'seed-003',
        'seed-only',
      ),
    ],
    liftedBy: ['wechat-pay', 'lender'],
    liftedByText: fact('由微信支付和提供分付的机构评估后决定是否恢复。', 'seed-003', 'seed-only'),
    appeal: {
      verdict: 'appeal',
      text: fact('可以联系客服说明情况，但能不能恢复由对方评估。', 'seed-003', 'seed-only'),
    },
    firstActions: [
      '把分付页面的提示截图。',
      '打95017说明情况：最近买了什么、有没有换手机。',
      '这段时间先用零钱或银行卡付款。',
    ],
    documents: [
      { id: 'error-screenshot', required: true, why: '让客服知道看到的是什么提示' },
      { id: 'transaction-records', required: false, why: '说明最近的消费' },
      { id: 'device-change-note', required: false, why: '换过手机的，说明一下' },
    ],
    channel: 'creditpay-service',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_AGENTS, '不要为了“刷流水”去买卖虚拟商品。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'creditpay-overdue': {
    title: '有逾期没还的欠款（任何一家都算）',
    explanation: [
      fact('在任何一家机构（信用卡、贷款等）有逾期，都可能让分付暂停。', 'seed-003', 'seed-only'),
      fact('逾期记录不能花钱消除。记录确实有错，可以提出异议。', 'pbc-credit-center', 'official'),
    ],
    liftedBy: ['nobody'],
    liftedByText: fact('先把欠款还上。还清以后能不能恢复，由分付评估。', 'seed-003', 'seed-only'),
    appeal: {
      verdict: 'fix-first',
      text: fact(
        '不用申诉，先还清欠款。信用报告上的记录如果是错的，可以向征信中心提出异议。',
        'pbc-credit-center',
        'official',
      ),
    },
    firstActions: [
      '查一查个人信用报告，看是哪一笔逾期了。',
      '把逾期的欠款还上，保存还款凭证。',
      '还清以后，过一段时间再看分付。',
    ],
    documents: [
      { id: 'repayment-proof', required: true, why: '证明已经还清' },
      { id: 'credit-report', required: false, why: '看清是哪一笔逾期' },
    ],
    say: [
      '还款时问借款的机构：“我这笔逾期的欠款还清了，请给我还款凭证。”',
      '信用报告上的记录不对：“这条逾期记录有错，我要提出异议。”',
    ],
    channel: 'credit-report',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['creditpay-service'],
    dont: ['不要相信“花钱消除逾期记录”“修复征信”，这些都是骗局。', DONT_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'creditpay-account-security': {
    title: '微信账号有安全风险（被盗过、在陌生网站登录过）',
    explanation: [
      fact('账号被盗过，或者在不熟悉的网站登录过，系统可能为了安全暂停分付。', 'seed-003', 'seed-only'),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('先把账号保护好，再由微信支付评估是否恢复。', 'seed-003', 'seed-only'),
    appeal: {
      verdict: 'fix-first',
      text: fact('先保护好账号，再联系客服说明。', 'seed-003', 'seed-only'),
    },
    firstActions: [
      '在“账号与安全”里查看登录设备，删掉不认识的。',
      '修改微信密码。',
      '发现钱被盗了，马上打95017冻结账户，再打110报警。',
    ],
    documents: [
      { id: 'id-card-photo', required: true, why: '核实是你本人' },
      { id: 'login-records', required: false, why: '说明哪些登录不是你' },
    ],
    say: [
      '打95017：“我的微信账号可能不安全，分付用不了了。我已经改了密码、删了陌生设备，请帮我看看怎么恢复。”',
    ],
    channel: 'wechat-pay-95017',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['regulator-12363'],
    dont: [DONT_SHARE_CODE, DONT_PAY_UNLOCK],
    lastReviewed: REVIEWED,
  },
  'creditpay-product-change': {
    title: '分付产品调整，对你暂停或不再提供',
    explanation: [fact('产品调整时，分付可能对一部分人暂停或不再提供。', 'seed-003', 'seed-only')],
    liftedBy: ['nobody'],
    liftedByText: fact('这是对方的产品安排，没有地方可以申诉。', 'seed-003', 'seed-only'),
    appeal: {
      verdict: 'no-appeal',
      text: fact('没有可以申诉的地方，也没有任何收费服务能让它恢复。', 'seed-003', 'seed-only'),
    },
    firstActions: ['还有欠款的，照常按时还。', '改用零钱、银行卡或其他方式付款。'],
    documents: [{ id: 'error-screenshot', required: false, why: '留下当时的提示' }],
    channel: 'wait',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['creditpay-service'],
    dont: [DONT_AGENTS, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'creditpay-limit-reduced': {
    title: '分付额度被调低了',
    explanation: [
      fact(
        '分付的额度由提供分付的机构按你的用钱和还款情况定期评估，会调高，也会调低。',
        'news-reports',
        'reported',
      ),
      fact('调低不等于你的账户被限制，零钱和银行卡照常能用。', 'news-reports', 'reported'),
    ],
    liftedBy: ['nobody'],
    liftedByText: fact(
      '额度由对方评估决定，谁也不能强行提高，也没有收费“提额”这回事。',
      'news-reports',
      'reported',
    ),
    appeal: {
      verdict: 'no-appeal',
      text: fact('没有可以申诉的地方，也没有任何收费服务能提高额度。', 'news-reports', 'reported'),
    },
    firstActions: ['按时还清分付的欠款。', '这段时间多用零钱或银行卡付款。', '想问原因，可以打95017。'],
    documents: [{ id: 'error-screenshot', required: false, why: '留下额度变化的提示' }],
    channel: 'wait',
    expected: { workingDays: null, fact: NO_OFFICIAL_TIME },
    escalation: ['creditpay-service'],
    dont: [DONT_AGENTS, '不要为了“养额度”去借钱、刷单。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
