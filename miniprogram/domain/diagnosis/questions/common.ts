/** Asked for several symptoms: the official notice first, the safety questions last. */
import { UNSURE, YES_NO, defineQuestions } from './options';

export const COMMON_QUESTIONS = defineQuestions({
  'official-notice': {
    id: 'official-notice',
    kind: 'safety',
    title: '最近有没有收到银行、公安或法院的正式通知？',
    help: '比如银行发来的短信、派出所打来的电话、法院寄来的文书。谁发的通知，一般就要找谁处理。骗子也会冒充，拿不准就选“不确定”。',
    labels: {
      none: '没有收到',
      bank: '银行发来的短信或电话',
      police: '公安、派出所的通知',
      court: '法院、检察院的文书，或者写着“有权机关冻结”',
      penalty: '写着“惩戒”的书面通知',
      unsure: UNSURE,
    },
  },
  'police-notice-kind': {
    id: 'police-notice-kind',
    kind: 'fact',
    title: '公安的通知里，说的更像哪一种？',
    help: '“止付”是怕你被骗，先把钱保住；“冻结”是说你收到的钱和案件有关。两种要办的事不一样。拿不准就选“不确定”。',
    labels: {
      stop: '说我可能被骗了，先帮我把钱保住（止付）',
      case: '说我收到的钱和案件有关，要冻结（比如卖东西收到的钱是骗来的）',
      unsure: UNSURE,
    },
  },
  'other-channels': {
    id: 'other-channels',
    kind: 'fact',
    title: '你的银行卡在别的地方能用吗？比如支付宝、云闪付、银行自己的App、商店刷卡',
    help: '如果别的地方也用不了，问题多半在银行那边，不在微信。没试过也没关系，选“没试过”。',
    labels: { 'also-fail': '别的地方也用不了', work: '别的地方能用', 'not-tried': '没试过', unsure: UNSURE },
  },
  'repair-contact': {
    id: 'repair-contact',
    kind: 'safety',
    title: '有没有人联系你，说收费就能帮你解封、修复，或者说有“内部渠道”？',
    help: '正规申诉不收一分钱。说能收费解封、修复、走内部渠道的，都是骗子。',
    labels: YES_NO,
  },
  'code-shared': {
    id: 'code-shared',
    kind: 'safety',
    title: '你有没有把验证码、密码告诉过别人，或者给别人共享过手机屏幕？',
    help: '银行、微信、警察都不会向你要验证码和密码。如果给过，要马上处理，我们会告诉你怎么做。',
    labels: YES_NO,
  },
  'lent-card': {
    id: 'lent-card',
    kind: 'safety',
    title: '有没有把银行卡、微信账号借给、租给或卖给别人，或者帮别人收钱、转钱？',
    help: '问这个不是怀疑你。很多人是被骗着借出去的。如实选择，我们才能告诉你该怎么办。',
    labels: YES_NO,
  },
});
