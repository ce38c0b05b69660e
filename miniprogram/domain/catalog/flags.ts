/** What to tell the person when an answer raises a safety flag. Only 96110 / 110 / 95017 / the bank's own number. */
import type { SafetyFlagContent, SafetyFlagId } from './types';

export const FLAGS: Readonly<Record<SafetyFlagId, SafetyFlagContent>> = {
  'scam-contact': {
    id: 'scam-contact',
    level: 'urgent',
    title: '说能收费解封的，是骗子',
    message: '收费解封、修复残卡、内部渠道，都是骗局。正规申诉不收一分钱。',
    actions: [
      '不要付钱，不要给验证码和密码，不要共享屏幕。',
      '挂断电话，删掉对方。',
      '打96110咨询，或者在“国家反诈中心”App里举报。',
    ],
    contacts: ['96110'],
  },
  'code-shared': {
    id: 'code-shared',
    level: 'urgent',
    title: '验证码或密码给过别人，要马上处理',
    message: '别人拿到验证码或密码，就可能动你的钱。现在处理还来得及。',
    actions: [
      '马上打银行卡背面的电话，请银行冻结这张卡。',
      '打95017，请微信支付冻结账户。',
      '修改微信和银行的密码。',
      '打110报警。',
    ],
    contacts: ['bank-hotline', '95017', '110'],
  },
  'lent-card': {
    id: 'lent-card',
    level: 'warning',
    title: '卡或账户借给过别人',
    message:
      '把卡或账户借给、租给、卖给别人，或者帮别人收钱转钱，可能被追究“帮信罪”。很多人是被骗着借出去的。现在停下来、如实说明，最重要。',
    actions: [
      '不要再让别人用你的卡或账户，也不要再帮人收钱转钱。',
      '借出去的卡，本人带身份证去银行挂失或注销。',
      '拿不准的，打96110问一问；发现被骗了，打110。',
    ],
    contacts: ['96110', '110'],
  },
  'paid-scammer': {
    id: 'paid-scammer',
    level: 'urgent',
    title: '已经给对方付了钱',
    message: '不要再付任何钱，对方会一直找理由要钱。',
    actions: ['保存聊天记录和付款记录。', '打110报警。', '如果付款用的是银行卡，打卡背面的电话告诉银行。'],
    contacts: ['110', 'bank-hotline'],
  },
  'official-notice-bank': {
    id: 'official-notice-bank',
    level: 'info',
    title: '银行发来了通知：先找银行',
    message: '用银行卡背面的电话核实通知内容，不要回拨短信里的号码，也不要点短信里的链接。',
    actions: ['打银行卡背面的电话，问清楚原因。'],
    contacts: ['bank-hotline'],
  },
  'official-notice-police': {
    id: 'official-notice-police',
    level: 'info',
    title: '公安发来了通知：按通知核实',
    message: '拿不准通知是真是假，自己打110问。警察不会让你转账。',
    actions: ['按通知上的单位联系派出所，或者打110核实。'],
    contacts: ['110'],
  },
  'official-notice-court': {
    id: 'official-notice-court',
    level: 'info',
    title: '法院的通知：只有法院能处理',
    message: '法院冻结，微信和银行都解不了。有疑问，打12348免费咨询。',
    actions: ['联系文书上写的法院。', '打12348咨询。'],
    contacts: ['12348'],
  },
  'official-notice-penalty': {
    id: 'official-notice-penalty',
    level: 'info',
    title: '惩戒通知：按通知写的办法申诉',
    message: '惩戒只能向公安机关申诉，或者等期满。任何收费服务都解除不了。',
    actions: ['看清通知上的申诉办法和期限。', '不懂的，打12348咨询。'],
    contacts: ['12348'],
  },
};

export function getFlag(id: SafetyFlagId): SafetyFlagContent {
  return FLAGS[id];
}
