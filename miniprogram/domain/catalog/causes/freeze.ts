/**
 * Holds that are not WeChat's: the police freezing money involved in a case, and the bank's own hold after
 * unusual transactions. Both are lifted by whoever placed them, after the person explains the money.
 */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_MOVE_MONEY, DONT_PAY_UNLOCK, DONT_SEARCH_NUMBERS, DONT_SHARE_CODE, REVIEWED } from './common';

export const FREEZE_CAUSES = defineCauses({
  'police-case-freeze': {
    title: '公安机关冻结了和案件有关的钱（比如卖东西收到的钱是骗来的）',
    explanation: [
      fact(
        '如果你收到的钱是别人被骗走的（比如你卖东西、收转账，对方用的是骗来的钱），公安机关办案时可以冻结你账户里的这笔钱。',
        'police-procedure-rules',
        'official',
      ),
      fact(
        '这种冻结一次最长六个月，到期前公安机关可以继续冻结，不会自己解除。',
        'police-procedure-rules',
        'official',
      ),
      fact(
        '如果这笔钱是你正常卖东西、提供服务收到的合理价钱，查清以后应当解除冻结。所以要拿出交易的凭证。',
        'news-reports',
        'reported',
      ),
    ],
    liftedBy: ['police'],
    liftedByText: fact(
      '只有作出冻结的公安机关能解除。银行和微信都解不了。',
      'police-procedure-rules',
      'official',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact(
        '不用向微信申诉。要联系冻结的公安机关，说明这笔钱是怎么来的。任何收费服务都撤销不了冻结。',
        'police-procedure-rules',
        'official',
      ),
    },
    firstActions: [
      '打银行卡背面的电话，问清楚是哪个公安机关冻结的、电话多少。',
      '找出这笔交易的凭证：聊天记录、订单、发货单、收款记录。',
      '联系这个公安机关，或者本人去一趟，说明钱的来历。',
    ],
    documents: [
      { id: 'freeze-notice', required: true, why: '上面有冻结单位和联系方式' },
      { id: 'id-card', required: true, why: '核实本人' },
      { id: 'proof-of-purpose', required: true, why: '聊天记录、订单，证明是正常交易' },
      { id: 'shipping-proof', required: false, why: '卖东西的，证明已经发货' },
    ],
    channel: 'freezing-police-unit',
    say: [
      '打银行电话时：“我这张卡（尾号××××）被冻结了，请告诉我是哪个公安机关冻结的、联系电话是多少。”',
      '联系公安机关时：“我的账户被你们冻结了。这笔钱是我卖东西（或者干活）收到的，我带了聊天记录和订单，想说明情况。”',
    ],
    expected: {
      workingDays: null,
      fact: fact(
        '冻结一次最长六个月，可以续冻；什么时候解除，由冻结的公安机关查清以后决定。',
        'police-procedure-rules',
        'official',
      ),
    },
    escalation: ['legal-aid-12348'],
    dont: [
      '不要相信“交钱就能撤销冻结”的人，那是骗子。',
      '不要回拨短信里的陌生号码，自己打110或银行电话核实。',
      DONT_MOVE_MONEY,
      DONT_SHARE_CODE,
    ],
    lastReviewed: REVIEWED,
  },
  'bank-antifraud-hold': {
    title: '银行自己的防诈骗限制（只能进不能出，或不能网上付款）',
    explanation: [
      fact(
        '银行发现账户有异常交易时，按《反电信网络诈骗法》要先核实交易、重新核实身份，必要时限制或暂停一部分业务，比如只能收钱不能付钱，或者不能在网上付款。',
        'anti-fraud-law-2022',
        'official',
      ),
      fact(
        '这和“开卡6个月没用被暂停”不是一回事：这是因为最近的交易让银行起了疑心。',
        'news-reports',
        'reported',
      ),
    ],
    liftedBy: ['bank'],
    liftedByText: fact(
      '由开卡的银行核实以后解除。你要向银行说清楚这些交易。微信解不了。',
      'anti-fraud-law-2022',
      'official',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact(
        '不用向微信申诉。本人去开卡的银行，说明最近的交易是怎么回事。',
        'anti-fraud-law-2022',
        'official',
      ),
    },
    firstActions: [
      '打银行卡背面的电话，问这张卡被限制的原因，要带什么去网点。',
      '找出最近几笔大额或频繁交易的凭证，想清楚每笔是做什么的。',
      '本人带身份证和这张卡去开卡的网点，向柜员说明。',
    ],
    documents: [
      { id: 'id-card', required: true, why: '银行要重新核实本人' },
      { id: 'transaction-records', required: true, why: '对上是哪几笔' },
      { id: 'proof-of-purpose', required: false, why: '合同、收据或聊天记录，证明交易正常' },
    ],
    channel: 'bank-branch',
    where: {
      steps: [
        '先打银行卡背面的电话，问清原因和要带的材料',
        '本人带身份证、银行卡去开卡的网点',
        '向柜员说明最近的交易，按银行的要求补材料',
        '恢复以后，在微信里付一次试试',
      ],
      path: null,
    },
    say: [
      '“我这张卡（尾号××××）现在只能进不能出（或者不能网上付款），请问是什么原因？”',
      '“最近那几笔钱是……（比如：给孩子交学费、卖了旧家具）。我带了身份证和凭证，请帮我核实、解除限制。”',
    ],
    expected: {
      workingDays: null,
      fact: fact('核实清楚以后由银行解除，要多久以银行的说法为准。', 'news-reports', 'reported'),
    },
    escalation: ['bank-hotline', 'regulator-12378'],
    dont: [DONT_SEARCH_NUMBERS, '不要把卡借给别人，也不要帮别人收钱转钱。', DONT_PAY_UNLOCK, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
