/**
 * Where each fact comes from: the document number (with articles) or the address, the day we last read it, and
 * how reliable it is. A reliability on a Fact may be lower than its source's (a seed repeats a rule loosely).
 * The README's sources list shows the same table.
 */
import type { Source, SourceId } from './types';

/** First catalog review. */
const READ = '2026-11-23';
/** Checked again against the text of the rule or notice. */
const RECHECKED = '2026-12-06';

function source(
  id: SourceId,
  title: string,
  ref: string,
  reliability: Source['reliability'],
  retrieved: string = READ,
): Source {
  return { id, title, ref, retrieved, reliability };
}

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'yinfa-2016-261': source(
    'yinfa-2016-261',
    '《中国人民银行关于加强支付结算管理防范电信网络新型违法犯罪有关事项的通知》',
    '银发〔2016〕261号（开户6个月内无交易的账户暂停非柜面业务）',
    'official',
  ),
  'yinfa-2021-259': source(
    'yinfa-2021-259',
    '《中国人民银行关于加强支付受理终端及相关业务管理的通知》，2022年3月1日起施行',
    '银发〔2021〕259号',
    'official',
  ),
  'barcode-payment-rules-2018': source(
    'barcode-payment-rules-2018',
    '《条码支付业务规范（试行）》，2018年4月1日起施行',
    '银发〔2017〕296号（风险防范能力分级和单日累计限额）',
    'official',
    RECHECKED,
  ),
  'fraud-penalty-measures-2024': source(
    'fraud-penalty-measures-2024',
    '《电信网络诈骗及其关联违法犯罪联合惩戒办法》，2024年12月1日起施行',
    '第十二条、第十四条至第十六条（书面告知、申诉）',
    'official',
  ),
  'samr-complaint-order-20': source(
    'samr-complaint-order-20',
    '《市场监督管理投诉举报处理暂行办法》',
    '国家市场监督管理总局令第20号 第十四条、第二十一条',
    'official',
  ),
  'nfra-complaint-measures': source(
    'nfra-complaint-measures',
    '《银行业保险业消费投诉处理管理办法》',
    '中国银保监会令2020年第3号（15日内作出处理决定，复杂的可延长至30日）',
    'official',
  ),
  'wechat-pay-help': source(
    'wechat-pay-help',
    '微信支付官方客服和帮助中心',
    'https://kf.qq.com ；客服电话95017',
    'official',
  ),
  'wechat-miniprogram-complaint-2024': source(
    'wechat-miniprogram-complaint-2024',
    '微信小程序交易投诉处理规则（2024年3月25日起），只管小程序里的交易投诉',
    'https://mp.weixin.qq.com（微信公众平台公告）',
    'official',
  ),
  'pbc-credit-center': source(
    'pbc-credit-center',
    '中国人民银行征信中心',
    'https://www.pbccrc.org.cn',
    'official',
  ),
  'national-hotlines': source(
    'national-hotlines',
    '国家公布的公共服务电话（110、12363）',
    'http://www.pbc.gov.cn（12363金融消费权益保护咨询投诉电话）',
    'official',
  ),
  'anti-fraud-law-2022': source(
    'anti-fraud-law-2022',
    '《中华人民共和国反电信网络诈骗法》，2022年12月1日起施行',
    '中华人民共和国主席令第一一九号 第十八条（异常账户、可疑交易的处置措施）',
    'official',
    RECHECKED,
  ),
  'pbc-2002-1': source(
    'pbc-2002-1',
    '《金融机构协助查询、冻结、扣划工作管理规定》',
    '银发〔2002〕1号 第二条、第四条（有权机关：法院、检察院、公安等）',
    'official',
    RECHECKED,
  ),
  'police-procedure-rules': source(
    'police-procedure-rules',
    '《公安机关办理刑事案件程序规定》',
    '公安部令第159号 第二百四十条、第二百四十一条、第二百四十三条（冻结期限六个月，可以继续冻结）',
    'official',
    RECHECKED,
  ),
  'pcac-2022-notice': source(
    'pcac-2022-notice',
    '《中国支付清算协会关于优化条码支付服务的公告》和微信支付同日公告（2022年2月22日）',
    'http://www.360shuma.com/cf/2022/0223/17667.html（人民网转载公告全文）',
    'reported',
    RECHECKED,
  ),
  'pbc-2015-43': source(
    'pbc-2015-43',
    '《非银行支付机构网络支付业务管理办法》',
    '中国人民银行公告〔2015〕第43号 第十一条（Ⅰ、Ⅱ、Ⅲ类支付账户的付款限额）',
    'official',
    RECHECKED,
  ),
  'civil-code-985': source(
    'civil-code-985',
    '《中华人民共和国民法典》',
    '第九百八十五条（不当得利，应当返还）',
    'official',
    RECHECKED,
  ),
  'spc-2020-17': source(
    'spc-2020-17',
    '《最高人民法院关于依法妥善审理涉新冠肺炎疫情民事案件若干问题的指导意见（二）》',
    '法发〔2020〕17号（未成年人未经监护人同意的游戏充值、打赏，监护人可以请求返还）',
    'official',
    RECHECKED,
  ),
  'samr-odr-12315': source(
    'samr-odr-12315',
    '全国12315平台在线纠纷解决（ODR）的说明（不在总局令第20号里）',
    'https://www.12315.cn',
    'reported',
  ),
  'wechat-pay-user-guides': source(
    'wechat-pay-user-guides',
    '微信里的菜单和提示，多家媒体介绍的操作方法（菜单名字会随版本变化）',
    'https://kf.qq.com（腾讯客服，搜索对应问题）',
    'reported',
  ),
  'wechat-security-center': source(
    'wechat-security-center',
    '微信安全中心（账号解封、好友辅助验证）',
    'https://weixin110.qq.com',
    'reported',
    RECHECKED,
  ),
  'wechat-pay-merchant-platform': source(
    'wechat-pay-merchant-platform',
    '微信支付商户平台和“微信支付商家助手”（商户的收款限制和申诉）',
    'https://pay.weixin.qq.com',
    'reported',
    RECHECKED,
  ),
  'police-notices': source(
    'police-notices',
    '公安机关公开发布的反诈提示',
    'https://www.mps.gov.cn（公安部、国家反诈中心公开提示）',
    'reported',
  ),
  'news-reports': source(
    'news-reports',
    '新闻报道，多个独立来源说法一致',
    'README.md 的“来源”一节按主题列出检索到的报道地址',
    'reported',
  ),
  'support-common-reply': source(
    'support-common-reply',
    '微信支付客服的常见答复（电话95017）',
    'README.md 的“来源”一节（客服常见答复，没有书面文件）',
    'reported',
  ),
  'seed-000': source(
    'seed-000',
    '网络文章《微信残卡怎么用？》',
    'shared/seeds/000_d7c8004fc9f9fd89.txt',
    'seed-only',
  ),
  'seed-003': source(
    'seed-003',
    '网络文章《微信分付突然“罢工”》',
    'shared/seeds/003_e4df427eb88b76da.txt',
    'seed-only',
  ),
  'seed-004': source(
    'seed-004',
    '网络文章《卡盟账单异常一直困扰，用户该如何解决？》',
    'shared/seeds/004_47c63f45cd58ef1e.txt',
    'seed-only',
  ),
};
