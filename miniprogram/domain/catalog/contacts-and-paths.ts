/**
 * THE data file for phone numbers and in-app paths. Menu names drift between WeChat versions: correct them
 * here, nowhere else. Numbers are only the verified ones of catalog §3; never add a number found by search.
 */
import { fact } from './fact';
import type { Contact, ContactId, InAppPath, PathId } from './types';

export const CONTACTS: Readonly<Record<ContactId, Contact>> = {
  '95017': {
    id: '95017',
    phone: '95017',
    name: '微信支付客服',
    scope: '微信支付的问题：银行卡、零钱、收款、账单、冻结账号',
    note: '打不通时，可以在微信里搜“腾讯客服”官方公众号留言。',
    fact: fact('微信支付客服电话是95017。', 'wechat-pay-help', 'official'),
  },
  '96110': {
    id: '96110',
    phone: '96110',
    name: '反诈预警劝阻和咨询电话',
    scope: '怀疑遇到骗子，想问一问或者举报',
    note: '接到96110来电，请一定接听，这是在提醒你防骗。',
    fact: fact('96110是反诈预警劝阻和咨询电话。', 'police-notices', 'reported'),
  },
  '110': {
    id: '110',
    phone: '110',
    name: '报警电话',
    scope: '钱已经被骗、被盗，或者有人正在骗你',
    note: '',
    fact: fact('110是报警电话。', 'national-hotlines', 'official'),
  },
  '12315': {
    id: '12315',
    phone: '12315',
    name: '市场监管投诉电话',
    scope: '投诉商家（包括卡盟等网店），需要知道商家的名字和地址',
    note: '也可以在“全国12315平台”投诉。',
    fact: fact('12315受理对经营者的消费投诉。', 'samr-complaint-order-20', 'official'),
  },
  '12363': {
    id: '12363',
    phone: '12363',
    name: '中国人民银行金融消费者投诉电话',
    scope: '投诉支付机构（比如微信支付）',
    note: '要先向支付机构本身投诉，对处理结果不满意再打12363。',
    fact: fact(
      '12363受理金融消费者对支付机构等的投诉，一般要求先向机构本身投诉。',
      'national-hotlines',
      'official',
    ),
  },
  '12378': {
    id: '12378',
    phone: '12378',
    name: '国家金融监督管理总局投诉电话',
    scope: '投诉银行、保险公司',
    note: '接听时间请以官方公布为准。',
    fact: fact('12378受理对银行和保险公司的投诉。', 'news-reports', 'reported'),
  },
  '12348': {
    id: '12348',
    phone: '12348',
    name: '公共法律服务热线',
    scope: '法律问题、法院的事，免费咨询',
    note: '',
    fact: fact('12348是公共法律服务热线，可以免费咨询法律问题。', 'news-reports', 'reported'),
  },
  'bank-hotline': {
    id: 'bank-hotline',
    phone: null,
    name: '你的发卡银行客服电话',
    scope: '银行卡本身的问题：挂失、冻结、预留手机号、限额',
    note: '号码印在银行卡背面。不要用网上搜到的号码，搜到的可能是骗子留的。',
    fact: fact('银行客服电话以银行卡背面印的号码为准。', 'police-notices', 'reported'),
  },
};

export const PATHS: Readonly<Record<PathId, InAppPath>> = {
  'wechat-card-problem': {
    id: 'wechat-card-problem',
    steps: [
      '打开微信，点右下角“我”',
      '点“服务”',
      '找“支付遇到问题”（或“帮助中心”）',
      '选“银行卡异常”，按页面提示提交',
    ],
    fact: fact(
      '网上文章介绍的入口是：微信支付→服务→支付遇到问题→银行卡异常。菜单名字会随版本变化。',
      'seed-000',
      'seed-only',
    ),
  },
  'wechat-account-notice': {
    id: 'wechat-account-notice',
    steps: [
      '在微信里找到“微信支付”发来的受限通知（在“服务通知”或“微信支付”公众号里）',
      '点通知里的“查看详情”或“去申诉”',
      '按页面上列出的要求准备材料，再提交',
    ],
    fact: fact('受限通知里一般带有申诉入口，页面会写明需要哪些材料。', 'news-reports', 'reported'),
  },
  'wechat-bill-complaint': {
    id: 'wechat-bill-complaint',
    steps: [
      '打开微信，点“我”',
      '点“服务”，再点“钱包”',
      '点“账单”，找到这一笔，点开',
      '点“对订单有疑惑”或“投诉”',
    ],
    fact: fact('账单详情里有“对订单有疑惑”或投诉入口。', 'news-reports', 'reported'),
  },
  'wechat-bank-cards': {
    id: 'wechat-bank-cards',
    steps: ['打开微信，点“我”', '点“服务”，再点“钱包”', '点“银行卡”'],
    fact: fact('绑定的银行卡在“我→服务→钱包→银行卡”里。', 'news-reports', 'reported'),
  },
  'wechat-unbind-card': {
    id: 'wechat-unbind-card',
    steps: [
      '打开微信，点“我”',
      '点“服务”，再点“钱包”',
      '点“银行卡”，选中要解绑的那张卡',
      '点右上角“…”，选“解除绑定”，按提示确认',
    ],
    fact: fact(
      '解绑路径是：我→服务→钱包→银行卡→选卡→解除绑定。不同版本菜单名字可能不同。',
      'news-reports',
      'reported',
    ),
  },
  'wechat-auto-debit': {
    id: 'wechat-auto-debit',
    steps: [
      '打开微信，点“我”',
      '点“服务”，再点“钱包”',
      '点“支付设置”',
      '点“自动续费”（或“扣费服务”），逐个查看',
    ],
    fact: fact('自动扣费的项目可以在钱包的支付设置里查看。', 'news-reports', 'reported'),
  },
  'wechat-creditpay': {
    id: 'wechat-creditpay',
    steps: ['打开微信，点“我”', '点“服务”，再点“钱包”', '点“分付”，看页面上的提示'],
    fact: fact('分付的入口在“我→服务→钱包”里。', 'news-reports', 'reported'),
  },
  'wechat-merchant-code': {
    id: 'wechat-merchant-code',
    steps: [
      '打开微信，点“我”',
      '点“服务”，再点“收付款”',
      '点“二维码收款”',
      '按页面提示开通经营收款（商家收款码）',
    ],
    fact: fact('做生意收款可以在“收付款”里开通经营收款码。', 'news-reports', 'reported'),
  },
  'wechat-security': {
    id: 'wechat-security',
    steps: ['打开微信，点“我”', '点“设置”', '点“账号与安全”', '查看“登录设备管理”，删掉不认识的设备'],
    fact: fact('登录过的设备可以在“设置→账号与安全”里查看和删除。', 'news-reports', 'reported'),
  },
  'bank-app-update-info': {
    id: 'bank-app-update-info',
    steps: [
      '打开银行自己的App（在手机自带的应用商店里搜银行全名，认准官方）',
      '找“我的”或“设置”里的“个人信息”',
      '更新预留手机号或身份证有效期；App里办不了就带身份证去网点',
    ],
    fact: fact(
      '预留手机号和身份证有效期可以在银行App或网点更新，各银行菜单不同。',
      'news-reports',
      'reported',
    ),
  },
  'wechat-identity-info': {
    id: 'wechat-identity-info',
    steps: ['打开微信，点“我”', '点“服务”，再点“钱包”', '点“身份信息”（有的版本叫“实名认证”），按提示更新'],
    fact: fact('身份信息可以在钱包里更新，菜单名字各版本不同。', 'wechat-pay-user-guides', 'reported'),
  },
  'wechat-reset-pay-password': {
    id: 'wechat-reset-pay-password',
    steps: ['打开微信，点“我”', '点“服务”，再点“钱包”', '点“支付设置”，再点“忘记支付密码”，按提示验证身份'],
    fact: fact(
      '支付密码可以在钱包的支付设置里找回，菜单名字各版本不同。',
      'wechat-pay-user-guides',
      'reported',
    ),
  },
  'wechat-family-card': {
    id: 'wechat-family-card',
    steps: ['打开微信，点“我”', '点“服务”，再点“钱包”', '点“亲属卡”，看额度和状态'],
    fact: fact('亲属卡在钱包里，给你开卡的家人能改额度。', 'wechat-pay-user-guides', 'reported'),
  },
  'wechat-login-help': {
    id: 'wechat-login-help',
    steps: ['在微信登录页点“遇到问题”或“更多”', '选“找回账号”或“前往微信安全中心”', '按提示自助解封'],
    fact: fact('账号解封在微信安全中心（weixin110.qq.com）办理。', 'wechat-security-center', 'reported'),
  },
};

export function getContact(id: ContactId): Contact {
  return CONTACTS[id];
}

export function getPath(id: PathId): InAppPath {
  return PATHS[id];
}
