/**
 * Scam phrases as data, in families that public police and anti-fraud case reports describe. Each pattern is
 * built from word lists of one meaning ("a fee", "lifting a restriction", "send it to me") that may come in
 * any order within one sentence, so a new wording of the same ask is still caught.
 *
 * strength: 'strong' alone makes a message a likely scam; 'weak' ones only raise a doubt (see scam.ts).
 * scope: 'asks' patterns look only at what the text asks of the reader (warnings and retellings set aside,
 * see context.ts); 'raw' ones are scam words even inside a negation ("不成功不收费", "不要告诉家人").
 */

import { near, re, CODE, FEE, NUM, PASSWORD, TO_ME, UNLOCK } from './words';
import { AUTHORITY, COMPANY, INSIDER_KIN, PLACE_ACCOUNT, RENTABLE } from './words';

export interface ScamPattern {
  readonly id: string;
  readonly label: string;
  readonly strength: 'strong' | 'weak';
  readonly scope: 'asks' | 'raw';
  readonly pattern: RegExp;
  /** A 'raw' pattern does not count in a sentence that also matches this (e.g. a secret named in a warning). */
  readonly unless?: RegExp;
}

export const SCAM_PATTERNS: readonly ScamPattern[] = [
  {
    id: 'asks-code',
    label: '索要验证码、短信里的数字',
    strength: 'strong',
    scope: 'asks',
    pattern: re(near(CODE, TO_ME, 14)),
  },
  {
    id: 'asks-password',
    label: '索要密码',
    strength: 'strong',
    scope: 'asks',
    pattern: re(near(PASSWORD, `${TO_ME}|输(?:入)?(?:一下)?`, 10), '密码给我|密码发我'),
  },
  {
    id: 'asks-card',
    label: '索要卡号、有效期、卡背面的三位数',
    strength: 'strong',
    scope: 'asks',
    pattern: re(near('卡号|有效期|背面(?:的)?(?:三位|3位)|cvv|cvn', TO_ME, 16)),
  },
  {
    id: 'asks-id-photo',
    label: '要你拍身份证、银行卡，或拿着身份证录视频',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near('身份证|银行卡', '拍(?:照)?(?:发|给)|拍给我|拍清楚发|发(?:到我|给我|过来)|传给我', 16),
      near('身份证', '视频|录(?:个)?像|自拍|举到', 14),
    ),
  },
  {
    id: 'paid-unlock',
    label: '收费解封、解冻、写申诉',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near(FEE, UNLOCK, 16),
      '(?:交|缴|付|支付|需要|先)[^。！？，]{0,6}(?:解封费|解冻费|解冻金|激活费|验资|保证金|风险金|押金)',
    ),
  },
  {
    id: 'guaranteed-unlock',
    label: '保证能解封、包成功',
    strength: 'strong',
    scope: 'raw',
    pattern: re(
      '(?:保证|包|百分百|100%|稳|一定能|肯定能)(?:能)?(?:过|通过|成功|解封|解冻|解开|解|搞定|下款)',
      '不成功不收|不过全额退|成功后(?:再)?(?:付|收)|不成功全额退',
    ),
  },
  {
    id: 'inside-channel',
    label: '有“内部渠道”、熟人在腾讯或银行',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      `(?:${INSIDER_KIN})[^。！？，]{0,4}(?:在|是)[^。！？，]{0,4}(?:${COMPANY})`,
      '内部(?:渠道|人员|关系|通道|的人|理财|平台)|特殊(?:渠道|权限|通道)|加急通道|后台(?:操作|解封|解除|弄|处理)|从后台|技术解封|白名单|合作关系|官方合作',
      `认识(?:${COMPANY})`,
      '我们有渠道|有渠道帮你|一句话的事|打个招呼',
    ),
  },
  {
    id: 'move-off',
    label: '让你加微信、QQ、进群，或点链接“核验”',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near(
        '加(?:我|个|一下)?(?:客服|专员)?(?:的)?(?:微信|qq|v信|群)|添加[^。！？，]{0,4}(?:微信|qq)|进群|飞机群|私聊|私信|详聊|细聊|详细(?:说|聊)|说不清|加我|加一下|联系(?:我|客服|专员)',
        '解封|解除|解开|解了|处理|了解|教程|客服|专员|帮你|能帮|渠道|办法|方法|弄|问题|详细|说不清|详聊|细聊',
        16,
      ),
      near(
        'https?://|www\\.|[a-z0-9-]+\\.(?:com|cn|top|cc|net|vip|xyz)|链接|网站|网址',
        '核验|认证|验证|填写|登记|领取|兑换|退|授权|解封|解冻|注销|更新|登录|输入',
        16,
      ),
      '下载[^。！？，]{0,8}(?:app|软件|安全版本)|换到[^。！？，]{0,6}(?:软件|平台)|(?:客服|专员)(?:的)?(?:微信|qq)',
    ),
  },
  {
    id: 'screen-share',
    label: '要求共享屏幕、开会议、远程操作',
    strength: 'strong',
    scope: 'asks',
    pattern:
      /共享屏幕|屏幕共享|会议号|腾讯会议|远程(?:控制|协助|操作|帮)|下载[^。！？\n]{0,8}(?:会议|远程|共享)|装[^。！？\n]{0,6}(?:发的|这个)[^。！？\n]{0,6}(?:软件|版本|app)|卸载/,
  },
  {
    id: 'refund-insurance',
    label: '冒充客服：退款理赔、关“百万保障”、会员扣费',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      '百万保障|备用金|借呗|(?:双倍|三倍|多倍)(?:退款|赔偿|理赔)|赔(?:偿)?(?:您|你)?(?:三倍|双倍)',
      near('理赔|赔偿|赔付|补偿|退款', '借款|贷款|借钱|流水|余额|扫(?:这个)?码|验证', 16),
      near('关闭|取消|关掉|关', '会员|保障|保险|免密|扣费|年费|扣款|扣钱', 20) +
        `|自动扣(?:费|年费|钱)|会员(?:到期|没关)|质检不合格|甲醛超标`,
    ),
  },
  {
    id: 'safe-account',
    label: '要求把钱转到“安全账户”“监管账户”',
    strength: 'strong',
    scope: 'asks',
    pattern: re(`${PLACE_ACCOUNT}|资金核查|核查资金|清查资金|集中到[^。！？，]{0,4}(?:一张卡|一个账户)`),
  },
  {
    id: 'fake-authority',
    label: '冒充公安、法院、反诈中心：视频笔录、要你保密、涉案',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near(
        AUTHORITY,
        '视频|笔录|保密|清查|宾馆|证明[^。！？，]{0,2}清白|按[0-9一二三九]|下载|登记[^。！？，]{0,4}(?:银行卡|卡号|信息)',
        24,
      ),
      near('学生账户|校园贷|学生贷|网贷账户|贷款账户', '注销|销户|征信', 20),
      near('涉案|涉嫌|案件', '清查|保密|视频|笔录|转(?:到|入|给)', 20),
      '转接[^。！？]{0,6}(?:公安|警|派出所|法院|检察院)',
      '传票[^。！？]{0,12}(?:按|查询|领取)',
    ),
  },
  {
    id: 'secrecy',
    label: '要你瞒着家人、保密，找个没人的地方',
    strength: 'strong',
    scope: 'raw',
    unless: /码|密码|卡号|身份证|个人信息|账号|隐私/,
    pattern:
      /(?:不要|不能|别|不许|不准|不得)(?:告诉|跟|和|对|让)(?:你的)?(?:家人|家里|任何人|别人|亲属|子女|孩子|老婆|老公|爱人|妈|爸|银行)|案情保密|(?:这件事|此事)[^。！？\n]{0,6}保密|找(?:个|一个)[^。！？\n]{0,4}(?:安静|没人)|没人的地方|宾馆住/,
  },
  {
    id: 'card-renting',
    label: '租借银行卡、微信号，刷流水、跑分、套现',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      `(?:出租|出借|出售|收购|租用|借用|高价收|收)[^。！？，]{0,4}(?:${RENTABLE})`,
      `闲置(?:的)?(?:${RENTABLE})`,
      near(RENTABLE, '租金|好处费|提成|佣金|辛苦费|日结', 14),
      near('收(?:一笔|一下)?(?:货款|款|钱)|转出来', '转出去|转给|好处|辛苦费|提成|佣金|每一万', 20),
      '刷(?:一下|一点)?流水|跑分|走(?:一下)?账|套现|套出来|(?:绕过|避开|躲过)[^。！？，]{0,4}风控|每(?:一)?万给',
    ),
  },
  {
    id: 'kamen',
    label: '卡盟、代充：充100返150、比官方便宜、先付款后发货',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      '充[0-9一二三四五六七八九十百千]+[^。！？]{0,2}(?:返|送)|首充|返利|充得越多|比官方[^。！？]{0,2}便宜|先(?:付款|转钱|付钱|款)后(?:发货|充|货)|先款后货|代充',
      near('[一二三四五六七八九]折|低价', '充值|代充|点卡|点券|q币|话费|游戏币|出售', 10),
      '(?:全部|都|什么问题都|各种问题)[^。！？]{0,4}能(?:处理|解决|搞定)',
      near('账号|装备|点卡|游戏|代充|皮肤', '先付|定金|先款', 12),
    ),
  },
  {
    id: 'task-invest',
    label: '刷单返利、带单投资、提现要先交钱',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      '刷单|做任务|垫付|连单|返佣|做几单|再做[^。！？]{0,2}单|点赞[^。！？]{0,10}赚',
      '稳赚|包赚|保本|收益[0-9]+%|日收益|月赚|带单|入金|导师|老师带|跟着老师|投资群|稳定收益|高收益|充(?:点|些|钱)?进去|充值越多|收益越高|赚了(?:[0-9几]+|好)[十百千]?万',
      near('提现|出金|提出来', '冻结|先交|充值|流水不足|交税|所得税|再充', 16),
      '流水不足',
    ),
  },
  {
    id: 'loan-fee',
    label: '贷款先交钱、“证明还款能力”',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near('贷款|放款|下款|借款', '先交|手续费|保证金|验证还款能力|刷流水', 20),
      '验证还款能力|证明还款能力|无抵押|秒下款',
    ),
  },
  {
    id: 'record-erasing',
    label: '修复征信、消除记录、修复残卡',
    strength: 'strong',
    scope: 'asks',
    pattern:
      /修复残卡|残卡[^。！？\n]{0,6}(?:绑定|修复|恢复)|(?:消除|清除)[^。！？\n]{0,6}记录|洗白|(?:修复|清理)[^。！？\n]{0,2}征信|征信[^。！？\n]{0,8}(?:修复|洗白)/,
  },
  {
    id: 'impersonation',
    label: '冒充亲友、领导、老师要钱',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near(
        '换(?:了)?(?:个|一个)?(?:新)?(?:手机)?号|新微信|手机坏了|用(?:同学|朋友)的|我是你(?:的)?(?:领导|老板)|班主任|好久不见|老朋友|老同学|周转|手头紧|急用|出事了|开会不方便',
        `转|打[^。！？，]{0,6}(?:到|给)|打(?:${NUM})|借(?:我)?|扫(?:这个)?(?:二维码|码)|缴纳|(?:${NUM})(?:块|元)`,
        30,
      ),
    ),
  },
  {
    id: 'prize-link',
    label: '中奖、积分兑现、ETC 认证失效',
    strength: 'strong',
    scope: 'asks',
    pattern:
      /中奖|幸运用户|抽中|领奖|积分[^。！？\n]{0,8}(?:清零|兑换现金|兑现)|etc[^。！？\n]{0,6}(?:失效|认证)|(?:运费|税费)[^。！？\n]{0,6}领取/,
  },
  {
    id: 'wrong-payment',
    label: '“转错账了”“误打款”，让你退到别处',
    strength: 'strong',
    scope: 'asks',
    pattern:
      /转错(?:账|钱)|误(?:打|转)[^。！？\n]{0,4}(?:钱|款)|(?:链接|指定账户)[^。！？\n]{0,6}退|退(?:回|一下)?(?:给我|到指定)/,
  },
  {
    id: 'reply-digit',
    label: '“回复1”“按9转人工”',
    strength: 'strong',
    scope: 'asks',
    pattern: /(?:回复|按)[0-9][^。！？\n]{0,4}(?:转人工|办理|延期|查询|解除)/,
  },
  {
    id: 'deadline-threat',
    label: '限你几小时内办，不然冻结所有卡',
    strength: 'strong',
    scope: 'asks',
    pattern: re(
      near(
        `(?:${NUM})\\s*(?:个)?小时内|今天(?:之)?内|最后一次机会|名下所有|所有(?:的)?(?:银行)?卡`,
        '冻结|注销|征信|起诉|封号|清零|失效',
        24,
      ),
    ),
  },
  {
    id: 'crypto',
    label: '用虚拟币付钱',
    strength: 'weak',
    scope: 'asks',
    pattern: /usdt|泰达币|比特币|虚拟币|数字货币|钱包地址/,
  },
  {
    id: 'claims-support',
    label: '自称客服、官方，主动联系你',
    strength: 'weak',
    scope: 'asks',
    pattern:
      /(?:我是|这里是|我们是)[^。！？\n]{0,8}(?:微信|腾讯|支付宝|银行|银联|财付通|平台|快递|客服|官方)|放心[^。！？\n]{0,6}(?:官方|正规)|正规流程/,
  },
  {
    id: 'pressure',
    label: '催你马上办，否则“冻结”“上征信”',
    strength: 'weak',
    scope: 'asks',
    pattern:
      /(?:立即|马上|立刻|尽快|否则|不然|不处理)[^。！？\n]{0,10}(?:冻结|注销|永久|征信|起诉|封号|扣费)/,
  },
  {
    id: 'move-money',
    label: '让你转钱',
    strength: 'weak',
    scope: 'asks',
    pattern:
      /(?:给|帮)?我转|转(?:给|到)(?:我|这)|打到(?:这|卡上)|借(?:给)?我[0-9一二两三四五六七八九十百千万]|转[^。！？\n]{0,4}到[^。！？\n]{0,4}(?:这张卡|这个账户)/,
  },
  {
    id: 'help-offer',
    label: '说能帮你解封',
    strength: 'weak',
    scope: 'asks',
    pattern:
      /(?:我|我们)[^。！？\n]{0,4}(?:能|可以|有办法)[^。！？\n]{0,4}(?:帮你)?(?:解|弄|处理|搞定|恢复)|帮很多人/,
  },
  {
    id: 'contact-or-link',
    label: '给你陌生的联系方式或链接',
    strength: 'weak',
    scope: 'asks',
    pattern: /加(?:我|个)?(?:微信|qq)|qq|https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|top|cc|vip|xyz)\b/,
  },
];
