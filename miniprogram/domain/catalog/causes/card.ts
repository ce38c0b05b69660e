/** Causes behind 银行卡在微信里用不了 (card-restricted); illicit-flag also applies to account-restricted. */
import { fact } from '../fact';
import { defineCauses } from '../types';
import {
  DONT_MOVE_MONEY,
  DONT_PAY_UNLOCK,
  DONT_REPEAT,
  DONT_SEARCH_NUMBERS,
  DONT_SHARE_CODE,
  REVIEWED,
  WECHAT_WAIT,
} from './common';

export const CARD_CAUSES = defineCauses({
  'risk-unusual-activity': {
    title: '短时间里转账多、金额大，被微信支付暂时限制',
    explanation: [
      fact(
        '短时间里转账次数多、金额大，可能触发微信支付的安全检查，这张卡在微信里会被暂时限制。',
        'seed-000',
        'seed-only',
      ),
      fact('这种限制是为了拦住可疑的交易，不等于说你做错了事。', 'seed-000', 'seed-only'),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('由微信支付人工审核后解除。银行解不了这种限制。', 'seed-000', 'seed-only'),
    appeal: {
      verdict: 'appeal',
      text: fact('可以申诉。要说明这些交易是正常的，并拿出凭证。', 'seed-000', 'seed-only'),
    },
    firstActions: [
      '先别着急，也不要反复试着付款。',
      '在微信里提交“银行卡异常”申诉。',
      '把这几天的交易截图，写清楚每笔钱是做什么用的。',
      '材料交上去后，等审核结果。',
    ],
    documents: [
      { id: 'transaction-records', required: true, why: '让审核的人看到是哪几笔' },
      { id: 'purpose-statement', required: true, why: '说明这些钱的用途' },
      { id: 'proof-of-purpose', required: true, why: '证明交易是真实、正常的' },
      { id: 'id-card-photo', required: false, why: '页面要求核实身份时用' },
    ],
    channel: 'wechat-pay-card-appeal',
    expected: { workingDays: { min: 3, max: 3, unit: 'working-days' }, fact: WECHAT_WAIT },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_PAY_UNLOCK, DONT_MOVE_MONEY, DONT_SHARE_CODE, DONT_REPEAT],
    lastReviewed: REVIEWED,
  },
  'risk-remote-transaction': {
    title: '在外地或国外用卡，被微信支付暂时限制',
    explanation: [
      fact('在外地或国外付款，和平时的习惯不一样，可能触发微信支付的安全检查。', 'seed-000', 'seed-only'),
    ],
    liftedBy: ['wechat-pay'],
    liftedByText: fact('由微信支付审核后解除。', 'seed-000', 'seed-only'),
    appeal: {
      verdict: 'appeal',
      text: fact('可以申诉。拿出行程证明，说明是你本人在用这张卡。', 'seed-000', 'seed-only'),
    },
    firstActions: [
      '在微信里提交“银行卡异常”申诉。',
      '找出车票、机票或酒店订单，截图。',
      '说明那几天你在哪里、买了什么。',
    ],
    documents: [
      { id: 'travel-proof', required: true, why: '证明是你本人在外地用卡' },
      { id: 'transaction-records', required: true, why: '对上是哪几笔' },
      { id: 'id-card-photo', required: false, why: '页面要求核实身份时用' },
    ],
    channel: 'wechat-pay-card-appeal',
    expected: {
      workingDays: null,
      fact: fact('网上文章说，上传行程证明后一般24小时内解除。这不是官方承诺。', 'seed-000', 'seed-only'),
    },
    escalation: ['wechat-pay-95017', 'regulator-12363'],
    dont: [DONT_PAY_UNLOCK, DONT_SHARE_CODE, DONT_REPEAT],
    lastReviewed: REVIEWED,
  },
  'bank-card-status': {
    title: '银行卡本身有状况：挂失、换卡、过期或被银行冻结',
    explanation: [
      fact(
        '卡挂失过、换了新卡、过了有效期，或者被银行冻结了，这张卡在微信里就用不了。',
        'seed-000',
        'seed-only',
      ),
      fact('这种情况下，支付宝、云闪付、银行App里一般也用不了。', 'seed-000', 'seed-only'),
    ],
    liftedBy: ['bank'],
    liftedByText: fact('只有发卡银行能处理，微信解不了。', 'news-reports', 'reported'),
    appeal: {
      verdict: 'contact-authority',
      text: fact('不用向微信申诉。先打银行电话，问清楚这张卡现在是什么状态。', 'news-reports', 'reported'),
    },
    firstActions: [
      '打银行卡背面印的客服电话，问这张卡现在是什么状态。',
      '换了新卡的：在微信里删掉旧卡，绑定新卡。',
      '被银行冻结的：问银行为什么冻结、要带什么去办。',
      '办好以后，再在微信里付一次试试。',
    ],
    documents: [
      { id: 'id-card', required: true, why: '银行核实是你本人' },
      { id: 'new-card', required: false, why: '换了新卡的，要重新绑定新卡' },
    ],
    say: [
      '“您好，我这张卡（尾号××××）在微信里付不了款，请帮我查一下卡现在是什么状态。”',
      '“如果是挂失、过期或者冻结了，我要怎么办？要不要本人带身份证来网点？”',
    ],
    channel: 'bank-hotline',
    where: {
      steps: [
        '打银行卡背面印的客服电话（不要用网上搜到的号码）',
        '说：“这张卡在微信里用不了，请帮我查一下卡现在是什么状态，是不是挂失、过期或者冻结了。”',
        '银行让去网点的，本人带身份证去；换了新卡的，在微信里绑定新卡',
      ],
    },
    expected: {
      workingDays: null,
      fact: fact(
        '挂失、补卡、解冻一般打电话或去柜台就能问清、办好，要多久以银行的说法为准。',
        'news-reports',
        'reported',
      ),
    },
    escalation: ['bank-branch', 'regulator-12378'],
    dont: [DONT_SEARCH_NUMBERS, DONT_PAY_UNLOCK, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'bank-info-outdated': {
    title: '银行里留的手机号换了，或者身份证过期了',
    explanation: [
      fact(
        '在银行预留的手机号不用了，或者登记的身份证过期了，这张卡在网上付款可能会被限制。',
        'seed-000',
        'seed-only',
      ),
    ],
    liftedBy: ['bank'],
    liftedByText: fact('要到银行更新资料，微信解不了。', 'news-reports', 'reported'),
    appeal: {
      verdict: 'fix-first',
      text: fact('不用申诉。先去银行更新资料，再在微信里重新绑卡。', 'news-reports', 'reported'),
    },
    firstActions: [
      '带上身份证和正在用的手机，去银行网点更新资料（有的银行App里也能改）。',
      '更新好以后，在微信里删掉这张卡，再重新绑定。',
      '以后换手机号，记得也告诉银行。',
    ],
    documents: [
      { id: 'id-card', required: true, why: '更新资料要核实本人' },
      { id: 'phone-in-use', required: true, why: '银行要往新号码发验证码' },
    ],
    say: [
      '“我要更新这张卡（尾号××××）的预留手机号（或者身份证有效期）。”',
      '“更新好以后，在微信里重新绑卡就可以用了吗？”',
    ],
    channel: 'bank-branch',
    where: {
      steps: [
        '本人带身份证和正在用的手机，去开卡的银行网点',
        '说：“我要更新预留手机号（或身份证有效期）。”',
        '办好以后，在微信里删掉这张卡，再重新绑定',
      ],
      path: 'bank-app-update-info',
    },
    expected: {
      workingDays: null,
      fact: fact('资料更新好以后一般就能重新绑卡，具体以银行说法为准。', 'news-reports', 'reported'),
    },
    escalation: ['bank-hotline', 'regulator-12378'],
    dont: [DONT_SEARCH_NUMBERS, DONT_SHARE_CODE, DONT_PAY_UNLOCK],
    lastReviewed: REVIEWED,
  },
  'bank-non-counter-suspended': {
    title: '银行暂停了这张卡的网上付款（非柜面业务）',
    explanation: [
      fact(
        '按人民银行的规定，开卡以后6个月里一笔交易都没有的卡，银行会暂停它的“非柜面业务”。',
        'yinfa-2016-261',
        'official',
      ),
      fact(
        '“非柜面业务”就是不用去银行柜台办的事：手机银行转账、在ATM上转账、在微信和支付宝里付款。到柜台还能办，在微信里就付不了。',
        'yinfa-2016-261',
        'official',
      ),
    ],
    liftedBy: ['bank'],
    liftedByText: fact('要本人向银行核实身份，由银行恢复。微信解不了。', 'yinfa-2016-261', 'official'),
    appeal: {
      verdict: 'fix-first',
      text: fact(
        '不用向微信申诉。本人带身份证去开卡的银行核实身份，恢复以后就能用。',
        'yinfa-2016-261',
        'official',
      ),
    },
    firstActions: [
      '打银行卡背面的电话，问是不是“非柜面业务”被暂停了。',
      '本人带身份证原件去网点。有的银行说可以视频核实，要先在电话里问清楚（各家做法不同）。',
      '恢复以后，再在微信里付一次试试。',
    ],
    documents: [{ id: 'id-card', required: true, why: '银行要核实本人身份' }],
    documentsBasis: fact('银行恢复非柜面业务前，要本人核实身份。', 'yinfa-2016-261', 'official'),
    say: [
      '“我这张卡（尾号××××）在微信里付不了款，是不是很久没用，被暂停了非柜面业务？”',
      '“我带了身份证，想核实身份，恢复网上付款。”',
    ],
    channel: 'bank-branch',
    where: {
      steps: [
        '先打银行卡背面的电话，问：“我这张卡是不是因为很久没用，被暂停了非柜面业务？要带什么去恢复？”',
        '本人带身份证原件和这张卡，去开卡的银行网点',
        '在柜台说：“我要核实身份，恢复这张卡的非柜面业务（网上付款）。”',
        '恢复以后，在微信里付一次试试',
      ],
      path: null,
    },
    expected: { workingDays: null, fact: fact('多久恢复，以银行说法为准。', 'news-reports', 'reported') },
    escalation: ['bank-hotline', 'regulator-12378'],
    dont: [DONT_SEARCH_NUMBERS, DONT_SHARE_CODE, DONT_PAY_UNLOCK],
    lastReviewed: REVIEWED,
  },
  'limit-by-account-class': {
    title: '不是故障：碰到了付款限额',
    explanation: [
      fact(
        '扫商家贴着的固定收款码（静态码）付款，同一个银行账户每天累计不超过500元；零钱这些支付账户加在一起，每天也不超过500元。',
        'barcode-payment-rules-2018',
        'official',
      ),
      fact(
        '让商家扫你手机上的付款码（动态码）付款，限额高一些：每天最多5000元或1000元，看付款时用了几种验证方式。',
        'barcode-payment-rules-2018',
        'official',
      ),
      fact(
        '在手机上办的、没有实体卡的银行账户（银行叫它“二类、三类账户”）本身有限额，具体多少各家银行不同，以银行说法为准。',
        'news-reports',
        'reported',
      ),
    ],
    liftedBy: ['nobody'],
    liftedByText: fact(
      '这是规定的限额，谁也“解”不了，也不需要申诉。',
      'barcode-payment-rules-2018',
      'official',
    ),
    appeal: {
      verdict: 'no-appeal',
      text: fact('不用申诉。没有任何收费服务能解除规定的限额。', 'barcode-payment-rules-2018', 'official'),
    },
    firstActions: [
      '金额大的时候，请商家扫你的付款码，或者分几天付。',
      '想提高限额，带身份证去银行问问，能不能换成一类账户。',
      '也可以换一张卡付款。',
    ],
    documents: [{ id: 'id-card', required: false, why: '去银行调整账户类型时要用' }],
    channel: 'wait',
    expected: {
      workingDays: null,
      fact: fact('限额按天计算，第二天重新算。', 'barcode-payment-rules-2018', 'official'),
    },
    escalation: ['bank-hotline'],
    dont: ['不要相信“提额”“解限”的收费服务。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'illicit-flag': {
    title: '这张卡或账户被认为和赌博、诈骗的资金有关',
    explanation: [
      fact('如果卡上的钱进出和赌博、诈骗有关，支付平台可能限制这张卡或这个账户。', 'seed-000', 'seed-only'),
      fact(
        '把卡或账户借给、租给、卖给别人，或者帮别人收钱转钱，即使自己没拿好处，也可能被追究“帮助信息网络犯罪活动罪”（帮信罪）。',
        'police-notices',
        'reported',
      ),
      fact('很多人是被骗着借出了卡，自己并不知情。把情况如实说清楚最重要。', 'police-notices', 'reported'),
    ],
    liftedBy: ['wechat-pay', 'police'],
    liftedByText: fact(
      '先由微信支付审核；如果公安在调查，要等公安处理完。可能要很久，也可能要几家机构一起核实。',
      'seed-000',
      'seed-only',
    ),
    appeal: {
      verdict: 'appeal',
      text: fact(
        '可以申诉，如实说明钱从哪里来、做什么用。任何收费服务都“洗”不掉这种记录。',
        'police-notices',
        'reported',
      ),
    },
    firstActions: [
      '如实写清楚这些钱从哪里来、做什么用。',
      '如果卡借给过别人，或者有人让你帮忙收钱转钱，马上停下，不要再用这张卡替别人办事。',
      '发现自己被骗了，打110报警；拿不准，打96110问一问。',
      '按微信申诉页面的要求提交材料。',
    ],
    documents: [
      { id: 'id-card-photo', required: true, why: '核实是你本人' },
      { id: 'fund-source-statement', required: true, why: '说明钱从哪里来' },
      { id: 'purpose-statement', required: true, why: '说明交易的来龙去脉' },
      { id: 'proof-of-purpose', required: false, why: '聊天记录或合同，证明交易真实' },
      { id: 'police-receipt', required: false, why: '如果你被骗过，报警回执能说明情况' },
    ],
    channel: 'wechat-pay-card-appeal',
    expected: {
      workingDays: null,
      fact: fact('没有固定时限，可能要很久，要几家机构一起核实。', 'seed-000', 'seed-only'),
    },
    escalation: ['wechat-pay-95017', 'anti-fraud-96110', 'police-110'],
    dont: [
      '不要再把卡或账户借给任何人，也不要帮别人收钱、转钱。',
      '不要把卡里的钱转走“避风头”。',
      '不要相信能“洗白”“消除记录”的收费服务。',
      DONT_SHARE_CODE,
    ],
    lastReviewed: REVIEWED,
  },
});
