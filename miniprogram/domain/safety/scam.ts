/**
 * Repair-scam detector for pasted text (a chat, an SMS, what a caller said). Patterns are data.
 * strong signals → 'scam'; only weak ones → 'suspicious'. The advice names 96110 and the 国家反诈中心 App and
 * no other number: a page that shows numbers from pasted text would help the scammer.
 */
import { maskSensitive } from '../privacy/mask';

export type ScamRisk = 'none' | 'suspicious' | 'scam';

export const SCAM_SIGNAL_IDS = [
  'paid-unlock',
  'guaranteed-unlock',
  'inside-channel',
  'record-erasing',
  'asks-code',
  'asks-password',
  'screen-share',
  'crypto-unlock',
  'fake-support-script',
  'safe-account',
  'card-renting',
  'crypto-mention',
  'claims-support',
  'pressure',
  'move-money',
] as const;
export type ScamSignalId = (typeof SCAM_SIGNAL_IDS)[number];

export interface ScamPattern {
  readonly id: ScamSignalId;
  readonly label: string;
  readonly strength: 'strong' | 'weak';
  readonly pattern: RegExp;
}

export interface ScamSignal {
  readonly id: ScamSignalId;
  readonly label: string;
  /** The matched words with a little context, sensitive numbers masked. */
  readonly excerpt: string;
}

export interface ScamResult {
  readonly risk: ScamRisk;
  readonly signals: ScamSignal[];
  readonly advice: string[];
}

const UNLOCK = '解封|解冻|解除限制|解除风控|解限|修复|恢复|激活|提额';
const FEE = '收费|付费|手续费|服务费|费用|交钱|先付|定金|保证金|押金|\\d+\\s*(?:元|块)';

export const SCAM_PATTERNS: readonly ScamPattern[] = [
  {
    id: 'paid-unlock',
    label: '收费解封、收费修复',
    strength: 'strong',
    pattern: new RegExp(
      `(?:${FEE})[^。！？\\n]{0,12}(?:${UNLOCK})|(?:${UNLOCK})[^。！？\\n]{0,12}(?:${FEE})`,
    ),
  },
  {
    id: 'guaranteed-unlock',
    label: '保证能解封',
    strength: 'strong',
    pattern: /(?:保证|包|百分百|100%|稳)[^。！？\n]{0,4}(?:解封|解冻|成功|恢复|下款)/,
  },
  {
    id: 'inside-channel',
    label: '内部渠道、特殊权限',
    strength: 'strong',
    pattern: /内部(?:渠道|人员|关系|通道)|特殊(?:渠道|权限|通道)|后台(?:操作|解封|解除)|技术解封|白名单/,
  },
  {
    id: 'record-erasing',
    label: '消除黑记录、修复残卡',
    strength: 'strong',
    pattern:
      /修复残卡|残卡修复|消除[^。！？\n]{0,4}记录|清除[^。！？\n]{0,4}记录|洗白|(?:修复|清理)征信|征信(?:修复|洗白)/,
  },
  {
    id: 'asks-code',
    label: '索要验证码',
    strength: 'strong',
    pattern:
      /(?:发|给|告诉|报|提供|念|说|截图)[^。！？\n]{0,6}(?:验证码|校验码|动态码)|(?:验证码|校验码|动态码)[^。！？\n]{0,6}(?:发给|发我|发过来|发一下|给我|告诉|报给|报一下|提供|念一下|截图)/,
  },
  {
    id: 'asks-password',
    label: '索要密码',
    strength: 'strong',
    pattern:
      /(?:发|给|告诉|报|提供|念|说)[^。！？\n]{0,4}(?:我|我们|客服)?[^。！？\n]{0,2}(?:支付密码|取款密码|银行卡密码|密码)/,
  },
  {
    id: 'screen-share',
    label: '要求共享屏幕或下载软件',
    strength: 'strong',
    pattern:
      /共享屏幕|屏幕共享|开启共享|会议号|远程(?:控制|协助)|下载[^。！？\n]{0,8}(?:会议|远程|共享|App|APP|软件)/,
  },
  {
    id: 'crypto-unlock',
    label: '用虚拟币付“解封”费',
    strength: 'strong',
    pattern: new RegExp(
      `(?:USDT|泰达币|比特币|虚拟币|数字货币|币安|火币|钱包地址)[^。！？\\n]{0,20}(?:${UNLOCK}|保证金)|(?:${UNLOCK}|保证金)[^。！？\\n]{0,20}(?:USDT|泰达币|比特币|虚拟币|数字货币|钱包地址)`,
      'i',
    ),
  },
  {
    id: 'fake-support-script',
    label: '冒充客服：关闭“安全险”“百万保障”或“免密”',
    strength: 'strong',
    pattern:
      /(?:关闭|取消|关掉)[^。！？\n]{0,6}(?:安全险|百万保障|保险|免密|会员)[^。！？\n]{0,12}(?:否则|不然|扣费|扣钱|征信)|(?:安全险|百万保障|免密支付|会员)[^。！？\n]{0,10}(?:关闭|取消|关掉)[^。！？\n]{0,10}(?:否则|不然|扣费|扣钱|征信)|(?:客服)[^。！？\n]{0,8}(?:加我|加微信|加QQ|私聊|下载)/,
  },
  {
    id: 'safe-account',
    label: '要求把钱转到“安全账户”',
    strength: 'strong',
    pattern: /安全账户|资金核查|(?:转|汇)到[^。！？\n]{0,6}(?:指定|安全|监管)(?:账户|账号)/,
  },
  {
    id: 'card-renting',
    label: '出租出借银行卡、帮人走账',
    strength: 'strong',
    pattern:
      /(?:出租|出借|出售|收购|租用|借用|高价收)[^。！？\n]{0,4}(?:银行卡|微信号|账户|账号|收款码|U盾)|跑分|刷流水|走账|帮[^。！？\n]{0,4}(?:收款|转账)[^。！？\n]{0,6}(?:佣金|提成|好处费)/,
  },
  {
    id: 'crypto-mention',
    label: '提到虚拟币',
    strength: 'weak',
    pattern: /USDT|泰达币|比特币|虚拟币|数字货币|钱包地址/i,
  },
  {
    id: 'claims-support',
    label: '自称客服主动联系你',
    strength: 'weak',
    pattern: /(?:我是|这里是|自称)[^。！？\n]{0,4}(?:微信|腾讯|支付宝|银行|银联|财付通)[^。！？\n]{0,4}客服/,
  },
  {
    id: 'pressure',
    label: '催你马上办，否则“冻结”“上征信”',
    strength: 'weak',
    pattern:
      /(?:立即|马上|立刻|今天之内|\d+\s*小时内|否则|不然)[^。！？\n]{0,10}(?:冻结|注销|永久|影响征信|上征信|起诉|封号)/,
  },
  {
    id: 'move-money',
    label: '让你转账',
    strength: 'weak',
    pattern: /(?:转账|转钱|汇款|打款)[^。！？\n]{0,6}(?:给|到)[^。！？\n]{0,6}(?:对方|他|我|指定)/,
  },
];

export const SCAM_ADVICE: readonly string[] = [
  '这是骗子常用的说法。正规申诉不收一分钱，也没有“内部渠道”。',
  '不要付钱，不要给验证码和密码，不要共享屏幕，不要下载对方让你装的软件。',
  '挂断电话，删掉对方，不要再联系。',
  '拿不准的，打96110咨询；也可以在“国家反诈中心”App里举报。',
  '如果已经给了验证码、密码或钱：马上用银行卡背面的电话请银行冻结卡，修改密码，然后报警。',
];

const SUSPICIOUS_ADVICE: readonly string[] = [
  '这段话有可疑的地方。先别照着做。',
  '不要付钱，不要给验证码和密码，不要共享屏幕。',
  '拿不准的，打96110咨询；也可以在“国家反诈中心”App里问一问。',
];

function excerptOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 6);
  const end = Math.min(text.length, index + length + 6);
  const raw = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  return maskSensitive(raw.replace(/\s+/g, ' ')).text;
}

export function detectScam(text: string): ScamResult {
  const signals: ScamSignal[] = [];
  let strong = false;
  for (const p of SCAM_PATTERNS) {
    const m = p.pattern.exec(text);
    if (!m) continue;
    if (p.id === 'crypto-mention' && signals.some((s) => s.id === 'crypto-unlock')) continue;
    strong = strong || p.strength === 'strong';
    signals.push({ id: p.id, label: p.label, excerpt: excerptOf(text, m.index, m[0].length) });
  }
  const risk: ScamRisk = strong ? 'scam' : signals.length > 0 ? 'suspicious' : 'none';
  const advice =
    risk === 'scam' ? SCAM_ADVICE.slice() : risk === 'suspicious' ? SUSPICIOUS_ADVICE.slice() : [];
  return { risk, signals, advice };
}
