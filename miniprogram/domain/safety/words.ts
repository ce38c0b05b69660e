/**
 * The words scam patterns are built from: lists of one meaning ("a fee", "lifting a restriction", "send it to
 * me") and how two of them combine within one sentence. patterns.ts turns them into SCAM_PATTERNS.
 */

/** Characters of the same sentence. */
export const W = '[^。！？!?\\n]';

/** a and b within n characters of each other, in either order. */
export function near(a: string, b: string, n: number): string {
  return `(?:${a})${W}{0,${n}}(?:${b})|(?:${b})${W}{0,${n}}(?:${a})`;
}

export function re(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'));
}

export const NUM = '[0-9]+|[一二两三四五六七八九十百千万几]+';
export const CODE =
  '验证码|校验码|动态码|确认码|短信码|安全码|(?:短信|收到|发到你手机)[^。！？]{0,12}(?:码|数字)|串数字|几个数字|(?:[0-9六四]|几)(?:个|位)(?:数字|数)';
export const TO_ME =
  '发(?:给)?我|发过来|发一下|发来|给我|告诉我|(?:跟|和)我说|报(?:给我|一下|给)|念(?:给我|一下)?|读(?:一下)?给|说给我|截图|回复|复制给|提供|填(?:到|在|进)|输(?:入)?(?:到|在)?(?:这|页面|链接)';
export const PASSWORD =
  '支付密码|取款密码|银行卡密码|交易密码|登录密码|查询密码|账号密码|微信密码|和密码|的密码';
export const FEE = `充值|再充|转钱|转(?:一笔|点)钱|转过来|收费|付费|手续费|服务费|咨询费|工本费|激活费|解封费|解冻费|解冻金|保证金|押金|验资|定金|尾款|费用|交钱|交费|缴纳|交(?:个|一笔|点|一点)|先付|付(?:款|钱)|花(?:点)?钱|转过来|(?:${NUM})\\s*(?:元|块|百|千)|[0-9]{3,5}(?:全包|一次)|价格|面议|打八折`;
export const UNLOCK =
  '解封|解冻|解除|解开|解了|解限|限制|被限|恢复|激活|提额|提(?:到|高|升)|修复|处理|搞定|申诉|通过|包过|重新(?:开通|绑定|用)|能用|风控';
export const PLACE_ACCOUNT = '(?:安全|监管|保护|指定|核查|清查|专用)(?:的)?(?:账户|账号|卡)';
export const INSIDER_KIN = '朋友|亲戚|表哥|表姐|表弟|姐夫|同学|熟人|哥们|兄弟|老乡|舅舅|叔叔';
export const COMPANY = '腾讯|微信|财付通|支付宝|银行|风控|银联';
export const RENTABLE = '银行卡|微信号|账户|账号|收款码|u盾|二类卡|对公账户|手机卡|电话卡';
export const AUTHORITY =
  '公安|警察|警官|刑侦|派出所|检察院|法院|反诈中心|网警|网络警察|通缉|专案组|银保监|金融监管|人民银行|央行';
