/**
 * Causes where another person is involved: the WeChat account itself blocked (often after "helping" a
 * stranger verify), someone else using my card or my identity, and money sent to the wrong person.
 */
import { fact } from '../fact';
import { defineCauses } from '../types';
import { DONT_MOVE_MONEY, DONT_PAY_UNLOCK, DONT_SEARCH_NUMBERS, DONT_SHARE_CODE, REVIEWED } from './common';

export const PEOPLE_CAUSES = defineCauses({
  'account-login-restricted': {
    title: '微信账号本身被限制或封了（登录不了、功能用不了）',
    explanation: [
      fact(
        '微信账号被限制或封号后，登录时会有提示，可以在微信安全中心按提示申请解封，有时要请好友辅助验证。',
        'wechat-security-center',
        'reported',
      ),
      fact(
        '常见的骗局：陌生人或“网友”请你帮他“辅助验证”“扫码解封”。你帮了，对方的账号可能被用来骗人，你自己的账号也会被连带限制。',
        'police-notices',
        'reported',
      ),
    ],
    liftedBy: ['wechat'],
    liftedByText: fact('由微信安全中心审核后解除，别人解不了。', 'wechat-security-center', 'reported'),
    appeal: {
      verdict: 'appeal',
      text: fact(
        '可以按登录页的提示申请解封。正规解封不收钱，也不用找“代解封”的人。',
        'wechat-security-center',
        'reported',
      ),
    },
    firstActions: [
      '看清楚登录时的提示：是暂时限制，还是要申请解封。',
      '按提示申请解封；要好友辅助验证的，只找认识的亲友。',
      '以后有人请你帮忙“辅助验证”，一律拒绝。',
    ],
    documents: [
      { id: 'error-screenshot', required: false, why: '记下登录时的提示' },
      { id: 'id-card', required: false, why: '申请解封时可能要验证身份' },
    ],
    channel: 'wechat-account-security',
    expected: {
      workingDays: null,
      fact: fact('解封要多久，以微信安全中心页面上的提示为准。', 'wechat-security-center', 'reported'),
    },
    escalation: [],
    dont: [
      '不要帮陌生人“辅助验证”或扫码，也不要请陌生人帮你验证。',
      '不要找收费“代解封”的人，那是骗局。',
      DONT_SHARE_CODE,
    ],
    lastReviewed: REVIEWED,
  },
  'card-bound-by-others': {
    title: '别人绑了你的银行卡，或者用你的身份证实名了别的微信账号',
    explanation: [
      fact(
        '卡号、身份证、验证码被别人拿到，别人就可能把你的卡绑到他的微信上，或者用你的身份实名别的账号。',
        'police-notices',
        'reported',
      ),
      fact('95017可以帮你冻结被盗用的微信支付账户。', 'wechat-pay-help', 'official'),
    ],
    liftedBy: ['bank', 'wechat-pay', 'police'],
    liftedByText: fact(
      '银行冻结或换卡，微信支付处理被盗用的账户，钱被转走了要报警。',
      'police-notices',
      'reported',
    ),
    appeal: {
      verdict: 'contact-authority',
      text: fact(
        '不是申诉的事。先请银行冻结这张卡，再打95017说明情况；钱被转走了，打110报警。',
        'police-notices',
        'reported',
      ),
    },
    firstActions: [
      '马上打银行卡背面的电话，请银行冻结这张卡或者换卡。',
      '打95017，说“我的卡（或身份证）被别人绑定、实名了”，请他们处理。',
      '钱已经被转走的，打110报警，要报警回执。',
    ],
    documents: [
      { id: 'id-card', required: true, why: '证明你是卡和身份证的主人' },
      { id: 'transaction-records', required: false, why: '不是你做的交易' },
      { id: 'police-receipt', required: false, why: '钱被转走时报警的凭证' },
    ],
    channel: 'bank-hotline',
    where: {
      steps: [
        '先打银行卡背面的电话，冻结或换卡',
        '再打95017，说明卡或身份证被别人绑定、实名了',
        '有钱被转走的，打110或去派出所报警',
      ],
    },
    say: [
      '打银行电话：“我的卡（尾号××××）好像被别人绑到了微信上，请马上帮我冻结（或者换卡）。”',
      '打95017：“我的银行卡（或者身份证）被别人绑定、实名了微信，不是我本人操作的，请帮我处理。”',
    ],
    expected: {
      workingDays: null,
      fact: fact(
        '冻结卡一般当场能办；账户和报警的处理时间，以各自的答复为准。',
        'police-notices',
        'reported',
      ),
    },
    escalation: ['wechat-pay-95017', 'police-110'],
    dont: [DONT_SHARE_CODE, DONT_SEARCH_NUMBERS, DONT_MOVE_MONEY],
    lastReviewed: REVIEWED,
  },
  'wrong-transfer': {
    title: '钱转错了人',
    explanation: [
      fact(
        '转账对方还没收的，过一段时间（一般24小时）会自动退回。对方已经收了，就要请对方退还。',
        'wechat-pay-user-guides',
        'reported',
      ),
      fact(
        '法律规定：没有合法理由拿到别人的钱，应当还给人家（不当得利）。对方不还，可以到法院起诉。',
        'civil-code-985',
        'official',
      ),
    ],
    liftedBy: ['wechat-pay', 'court'],
    liftedByText: fact(
      '先请对方退还；联系不上，95017可以帮忙联系对方；都不行，可以到法院起诉。',
      'civil-code-985',
      'official',
    ),
    appeal: {
      verdict: 'fix-first',
      text: fact(
        '这不是申诉的事。越早联系对方越好，转账记录要保存好。',
        'wechat-pay-user-guides',
        'reported',
      ),
    },
    firstActions: [
      '先看对方收了没有：没收的，可以等自动退回。',
      '给对方发消息，客气地说明转错了，请他点“退还”或转回来。',
      '联系不上或对方不退，打95017请客服帮忙联系。',
      '还是不退，保存好记录，打12348问怎么起诉。',
    ],
    documents: [
      { id: 'transfer-receipt', required: true, why: '证明转了多少、什么时候、转给了谁' },
      { id: 'support-records', required: false, why: '和对方、客服联系的记录' },
    ],
    channel: 'wechat-pay-95017',
    say: [
      '给对方：“您好，我刚才转账转错了人，麻烦您点一下退还，谢谢。”',
      '打95017：“我×月×日转账转错了人，对方不回消息，请帮我联系对方退还。转账单号在账单详情里。”',
    ],
    expected: {
      workingDays: null,
      fact: fact('对方多久退，没有固定时间；越早联系越好。', 'wechat-pay-user-guides', 'reported'),
    },
    escalation: ['legal-aid-12348'],
    dont: [
      '不要相信“收费帮你追回转错的钱”的人，那是骗局。',
      '不要再给说“要先交手续费才能退”的人转钱。',
      DONT_PAY_UNLOCK,
    ],
    lastReviewed: REVIEWED,
  },
});
