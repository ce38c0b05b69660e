/**
 * Restrictions placed by an authority: 电信网络诈骗联合惩戒, the police's protective stop, and a freeze by a court,
 * a procuratorate or the police (有权机关冻结). Listed for a card or an account only when an answer points to them.
 */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_MOVE_MONEY, DONT_PAY_UNLOCK, DONT_SHARE_CODE, REVIEWED } from './common';

export const AUTHORITY_CAUSES = defineCauses({
  'fraud-penalty': {
    title: '被实施了电信网络诈骗联合惩戒',
    explanation: [
      fact(
        '“联合惩戒”就是：公安机关认定一个人参与了电信网络诈骗或相关违法犯罪（比如出租、出借、出售银行卡），就在一段时间里限制他使用一部分支付、金融和网络服务。从2024年12月1日起施行。',
        'fraud-penalty-measures-2024',
        'official',
      ),
      fact(
        '惩戒期限是2年或3年，连续不超过5年。基本的生活服务会保留。',
        'fraud-penalty-measures-2024',
        'official',
      ),
      fact('惩戒要书面通知本人，并告诉本人怎么申诉。', 'fraud-penalty-measures-2024', 'official'),
    ],
    liftedBy: ['police'],
    liftedByText: fact(
      '只能向作出决定的公安机关申诉，或者等期限结束。微信和银行都解不了。',
      'fraud-penalty-measures-2024',
      'official',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact(
        '认为弄错了，可以按书面通知上写的办法向公安机关申诉。任何收费服务都解除不了惩戒。',
        'fraud-penalty-measures-2024',
        'official',
      ),
    },
    firstActions: [
      '找出书面惩戒通知，看清楚申诉的办法和期限。',
      '认为弄错了：按通知向公安机关申诉，附上能说明自己没参与的材料。',
      '不知道怎么写，打12348免费咨询。',
    ],
    documents: [
      { id: 'penalty-notice', required: true, why: '申诉要对着这份通知' },
      { id: 'id-card', required: true, why: '核实本人' },
      { id: 'not-involved-evidence', required: true, why: '说明自己没有参与' },
    ],
    documentsBasis: fact(
      '惩戒要书面告知本人，申诉对着这份书面通知提出。',
      'fraud-penalty-measures-2024',
      'official',
    ),
    say: ['“我收到了惩戒通知，我认为弄错了，想按通知上写的办法申诉。”', '“申诉要交哪些材料？多久能有答复？”'],
    channel: 'fraud-penalty-review',
    expected: {
      workingDays: null,
      fact: fact(
        '申诉多久有结果，以通知和公安机关的说法为准。不申诉的话，要等惩戒期满。',
        'fraud-penalty-measures-2024',
        'official',
      ),
    },
    escalation: ['legal-aid-12348'],
    dont: [DONT_PAY_UNLOCK, '不要借用别人的卡或账户来“绕过”惩戒。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'police-protective-stop': {
    title: '公安为保护你的钱，暂时止付了账户',
    explanation: [
      fact('如果你可能被骗了，公安机关可以对账户“保护性止付”，先把钱保住。', 'police-notices', 'reported'),
      fact('止付到期会自动解除。', 'police-notices', 'reported'),
      fact('警察不会让你转账，也不会让你把钱转到“安全账户”。', 'police-notices', 'reported'),
    ],
    liftedBy: ['police'],
    liftedByText: fact(
      '只有公安机关能解除，或者到期自动解除。微信和银行都解不了。',
      'police-notices',
      'reported',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact('不用申诉。按通知联系派出所，问清楚原因和期限。', 'police-notices', 'reported'),
    },
    firstActions: [
      '按通知上写的单位联系派出所，问清楚原因和期限。',
      '拿不准通知是真是假，自己打110核实。',
      '不管谁让你转账，都不要转。',
    ],
    documents: [
      { id: 'police-notice', required: true, why: '上面有派出所的名字和联系方式' },
      { id: 'id-card', required: true, why: '核实本人' },
    ],
    say: [
      '“我的账户被止付了，通知上写的是你们单位。请问是什么原因、要止付多久？”',
      '“我需要带什么材料过来？”',
    ],
    channel: 'police-station',
    expected: {
      workingDays: null,
      fact: fact('到期自动解除，具体多久以公安机关的说法为准。', 'police-notices', 'reported'),
    },
    escalation: ['police-110'],
    dont: [DONT_MOVE_MONEY, '不要回拨短信里的陌生号码，自己打110核实。', DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
  'judicial-freeze': {
    title: '有权机关冻结（法院、检察院或公安机关冻结）',
    explanation: [
      fact(
        '法院、检察院、公安机关这些“有权机关”，可以依法让银行冻结账户里的钱。微信里可能显示“有权机关冻结”。',
        'pbc-2002-1',
        'official',
      ),
      fact('冻结期间，被冻结的钱取不出、转不走。', 'pbc-2002-1', 'official'),
    ],
    liftedBy: ['court', 'police'],
    liftedByText: fact(
      '谁冻结的就找谁：冻结通知上写的是哪家法院、检察院或公安机关，就由它决定解除。银行只是按要求办，微信也解不了。',
      'pbc-2002-1',
      'official',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact(
        '不能向微信或银行申诉。有异议，向冻结通知上写的机关提出。任何收费服务都解不了。',
        'pbc-2002-1',
        'official',
      ),
    },
    firstActions: [
      '打银行卡背面的电话，问清楚是哪个机关冻结的、有没有案号和联系电话。',
      '按银行告诉你的，联系这个机关，问清楚原因和怎么处理。',
      '不懂法律上的事，打12348免费问。',
    ],
    documents: [
      { id: 'court-document', required: true, why: '写明了是哪个机关、为什么冻结' },
      { id: 'id-card', required: true, why: '核实本人' },
    ],
    say: [
      '打银行电话时：“我这张卡（尾号××××）被冻结了，请告诉我是哪个机关冻结的、案号和联系电话。”',
      '联系冻结的机关时：“我的账户被你们冻结了，案号是××，请问原因是什么、我该怎么处理？”',
    ],
    channel: 'court',
    expected: {
      workingDays: null,
      fact: fact('冻结多久、什么时候解除，由作出冻结的机关决定。', 'pbc-2002-1', 'official'),
    },
    escalation: ['legal-aid-12348'],
    dont: [DONT_PAY_UNLOCK, DONT_MOVE_MONEY, DONT_SHARE_CODE],
    lastReviewed: REVIEWED,
  },
});
