/** Asked about money that went the wrong way: a wrong bill (bill-anomaly), a transfer to the wrong person (transfer-mistake). */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const MONEY_QUESTIONS = defineQuestions({
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
