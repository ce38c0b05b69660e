/** Where each fact comes from. A reliability on a Fact may be lower than its source's (a seed repeats a rule loosely). */
import type { Source, SourceId } from './types';

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'yinfa-2016-261': {
    id: 'yinfa-2016-261',
    title: '《中国人民银行关于加强支付结算管理防范电信网络新型违法犯罪有关事项的通知》（银发〔2016〕261号）',
    reliability: 'official',
  },
  'yinfa-2021-259': {
    id: 'yinfa-2021-259',
    title:
      '《中国人民银行关于加强支付受理终端及相关业务管理的通知》（银发〔2021〕259号），2022年3月1日起施行',
    reliability: 'official',
  },
  'barcode-payment-rules-2018': {
    id: 'barcode-payment-rules-2018',
    title: '《条码支付业务规范（试行）》，2018年4月1日起施行',
    reliability: 'official',
  },
  'fraud-penalty-measures-2024': {
    id: 'fraud-penalty-measures-2024',
    title: '《电信网络诈骗及其关联违法犯罪联合惩戒办法》，2024年12月1日起施行',
    reliability: 'official',
  },
  'samr-complaint-order-20': {
    id: 'samr-complaint-order-20',
    title: '《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）',
    reliability: 'official',
  },
  'nfra-complaint-measures': {
    id: 'nfra-complaint-measures',
    title: '《银行业保险业消费投诉处理管理办法》',
    reliability: 'official',
  },
  'wechat-pay-help': { id: 'wechat-pay-help', title: '微信支付官方帮助页面和客服', reliability: 'official' },
  'wechat-miniprogram-complaint-2024': {
    id: 'wechat-miniprogram-complaint-2024',
    title: '微信小程序交易投诉处理规则（2024年3月25日起）',
    reliability: 'official',
  },
  'pbc-credit-center': { id: 'pbc-credit-center', title: '中国人民银行征信中心', reliability: 'official' },
  'national-hotlines': { id: 'national-hotlines', title: '国家公布的公共服务电话', reliability: 'official' },
  'police-notices': { id: 'police-notices', title: '公安机关公开发布的反诈提示', reliability: 'reported' },
  'news-reports': { id: 'news-reports', title: '新闻报道，多个独立来源说法一致', reliability: 'reported' },
  'support-common-reply': {
    id: 'support-common-reply',
    title: '微信支付客服的常见答复',
    reliability: 'reported',
  },
  'seed-000': { id: 'seed-000', title: '网络文章《微信残卡怎么用？》', reliability: 'seed-only' },
  'seed-003': { id: 'seed-003', title: '网络文章《微信分付突然“罢工”》', reliability: 'seed-only' },
  'seed-004': {
    id: 'seed-004',
    title: '网络文章《卡盟账单异常一直困扰，用户该如何解决？》',
    reliability: 'seed-only',
  },
};
