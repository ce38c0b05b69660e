/** Timelines of catalog §4. The [drop] claims are not here on purpose. */
import { fact } from './fact';
import type { Timeline } from './types';

export const TIMELINES: readonly Timeline[] = [
  {
    id: '12315-accept',
    what: '12315决定受理还是不受理投诉',
    workingDays: { min: 7, max: 7, unit: 'working-days' },
    fact: fact('收到投诉之日起7个工作日内决定是否受理。', 'samr-complaint-order-20', 'official'),
  },
  {
    id: '12315-mediation',
    what: '12315调解没谈拢，调解结束',
    workingDays: { min: 45, max: 45, unit: 'working-days' },
    fact: fact('受理之日起45个工作日内没有达成调解协议的，终止调解。', 'samr-complaint-order-20', 'official'),
  },
  {
    id: '12315-odr',
    what: '12315平台上，商家先行处理',
    workingDays: { min: 10, max: 10, unit: 'working-days' },
    fact: fact('在线纠纷解决（ODR）的企业，一般先在10个工作日内自行处理。', 'samr-odr-12315', 'reported'),
  },
  {
    id: '12315-age-limit',
    what: '12315不受理的旧事',
    workingDays: null,
    fact: fact(
      '从知道或应当知道权益受损之日起超过3年的投诉，不予受理。',
      'samr-complaint-order-20',
      'official',
    ),
  },
  {
    id: 'bank-complaint',
    what: '银行处理投诉',
    workingDays: { min: 15, max: 30, unit: 'days' },
    fact: fact(
      '银行一般15天内作出处理决定，复杂的30天，经批准还可以再延长30天。',
      'nfra-complaint-measures',
      'official',
    ),
  },
  {
    id: 'platform-bill-reply',
    what: '平台答复账单投诉',
    workingDays: { min: 3, max: 7, unit: 'working-days' },
    fact: fact('平台一般3到7个工作日内答复。', 'seed-004', 'seed-only'),
  },
  {
    id: 'wechat-card-appeal',
    what: '微信支付审核银行卡申诉',
    workingDays: { min: 3, max: 3, unit: 'working-days' },
    fact: fact('没有官方时限。客服常说“耐心等待3个工作日”。', 'support-common-reply', 'reported'),
  },
  {
    id: 'miniprogram-complaint',
    what: '小程序交易投诉，等商家处理',
    workingDays: { min: 48, max: 48, unit: 'hours' },
    fact: fact(
      '2024年3月25日起，小程序里的交易投诉，商家要在48小时内处理。',
      'wechat-miniprogram-complaint-2024',
      'official',
    ),
  },
];
