/** Steps of the two guides (unbind-card, repair-offer). The questionnaire picks which apply. */
import { fact } from './fact';
import type { GuideStep, GuideStepId } from './types';

export const GUIDE_STEPS: Readonly<Record<GuideStepId, GuideStep>> = {
  'freeze-account-first': {
    id: 'freeze-account-first',
    title: '先冻结账户，再报警',
    text: '手机丢了或账号被盗，先打95017请微信支付冻结账户，再打110报警。账户找回以后再解绑。',
    path: null,
    contacts: ['95017', '110'],
    fact: fact('手机丢失或账号被盗，可以通过95017或腾讯客服冻结账户。', 'wechat-pay-help', 'official'),
  },
  'cancel-auto-debits': {
    id: 'cancel-auto-debits',
    title: '先处理自动扣费',
    text: '会员、水电、保险这些自动扣费，先改成别的卡或者取消，不然解绑后可能扣费失败、服务中断。',
    path: 'wechat-auto-debit',
    contacts: [],
    fact: null,
  },
  'wait-for-refunds': {
    id: 'wait-for-refunds',
    title: '等退款到账再解绑',
    text: '还有没到账的退款，先等钱退回来。拿不准，问商家退款退到哪里。',
    path: null,
    contacts: [],
    fact: null,
  },
  'settle-linked-products': {
    id: 'settle-linked-products',
    title: '先换掉还款卡',
    text: '分付、理财或贷款用这张卡还款的，先换成另一张卡，别因为解绑漏还款。',
    path: null,
    contacts: [],
    fact: null,
  },
  'unbind-in-wallet': {
    id: 'unbind-in-wallet',
    title: '在钱包里解除绑定',
    text: '按下面的步骤操作。微信版本不同，菜单名字可能略有不同。',
    path: 'wechat-unbind-card',
    contacts: [],
    fact: null,
  },
  'unbind-is-not-cancel': {
    id: 'unbind-is-not-cancel',
    title: '解绑不等于注销银行卡',
    text: '解绑只是微信里不再用这张卡，银行卡本身还在。不想要这张卡了，要本人去银行注销。',
    path: null,
    contacts: ['bank-hotline'],
    fact: null,
  },
  'repair-is-scam': {
    id: 'repair-is-scam',
    title: '收费解封都是骗局',
    text: '“修复残卡”“解除风控”“消除黑记录”“内部渠道”，都是骗子的说法。他们拿到卡号、身份证和验证码后，会用你的卡帮别人转钱，最后可能连累你。',
    path: null,
    contacts: [],
    fact: fact('收费修复、解除风控、内部渠道解封等说法是诈骗套路。', 'police-notices', 'reported'),
  },
  'stop-contact': {
    id: 'stop-contact',
    title: '马上停止联系',
    text: '挂断电话，删掉对方，不要下载对方发来的软件，不要共享屏幕。',
    path: null,
    contacts: [],
    fact: null,
  },
  'call-96110': {
    id: 'call-96110',
    title: '打96110问一问',
    text: '打96110说说对方是怎么联系你的。也可以在“国家反诈中心”App里举报。',
    path: null,
    contacts: ['96110'],
    fact: null,
  },
  'report-110': {
    id: 'report-110',
    title: '打110报警',
    text: '已经付了钱，或者对方拿到了你的信息，打110报警，保存好聊天和付款记录。',
    path: null,
    contacts: ['110'],
    fact: null,
  },
  'freeze-with-bank': {
    id: 'freeze-with-bank',
    title: '请银行冻结这张卡',
    text: '卡号、验证码或密码给过对方，马上打银行卡背面的电话，请银行冻结这张卡。',
    path: null,
    contacts: ['bank-hotline'],
    fact: null,
  },
  'change-passwords': {
    id: 'change-passwords',
    title: '修改密码，检查登录设备',
    text: '修改微信和银行的密码，在“账号与安全”里删掉不认识的设备。',
    path: 'wechat-security',
    contacts: [],
    fact: null,
  },
  'check-real-status': {
    id: 'check-real-status',
    title: '查一查卡或账户的真实情况',
    text: '如果卡或账户真的被限制了，用本小程序从头查原因，走官方申诉。正规申诉不收钱。',
    path: null,
    contacts: ['95017'],
    fact: null,
  },
};

export function getGuideStep(id: GuideStepId): GuideStep {
  return GUIDE_STEPS[id];
}
