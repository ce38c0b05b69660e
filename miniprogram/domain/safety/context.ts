/**
 * Reading pasted text the way a person does before looking for scam phrases: which parts ASK the reader to do
 * something, and which only warn against it or tell what someone else said.
 *
 * - Text is split into sentences (。！？ and line breaks) and each sentence into clauses (，；：).
 * - A clause that warns or judges ("验证码不要告诉任何人", "谨防冒充客服") is set aside, and so is a sentence
 *   that judges what it lists ("要你视频做笔录、让你保密的，都是假警察") or tells what scammers do
 *   ("冒充客服退款的，都会让你开共享屏幕").
 * - A sentence that retells what someone else said ("有人说能花钱解封，我没理他") is set aside when the text
 *   also shows the teller's reaction (hung up, did not believe it, reported it, asks whether it is a scam).
 * What is set aside is kept apart, so the page can still say that scam words were mentioned.
 */

export interface ReadText {
  /** Sentences as requests to the reader: warning clauses removed, retold sentences removed. */
  readonly asks: readonly string[];
  /** Sentences as typed (normalised) but for judged and retold ones: for scam words even when negated. */
  readonly raw: readonly string[];
  /** What was set aside as a warning or a retelling. */
  readonly asides: readonly string[];
}

/** Judgement or caution: the clause speaks against what it names. */
const WARNING =
  /不会|不需要|无需|不用|不必|不存在|没有(?:什么|所谓|任何)|没有(?:安全|监管)账户|谁要都不|都不给|拒绝|谨防|警惕|小心|当心|提防|防范|识破|骗子|诈骗|骗局|骗人|被骗|假的|假冒|冒充|自称|所谓|违法|犯罪|被盗|导致|泄露|提醒|提示|被列入|纳入|惩戒|的行为|不收(?:取)?(?:任何|一分)?(?:费|钱)|免费|不是真的|是不是/;

/** A negation in front of an act of giving or doing: "别发给任何人", "千万不要点链接". */
const NEGATED_ACT =
  /(?:不要|不能|别|勿|千万不|绝不|一律不|不得|不可|不许|请勿)[^，。]{0,8}?(?:告诉|给|发|转|说|透露|提供|相信|信|理|点|下载|加|借|租|卖|出租|出借|出售|共享|开|做|交|付|扫|接|回复|输|填|念|报|上当|贪)/;

/** Negations that are not warnings: reassurance and pressure ("不用担心", "别挂电话", "如不需要请取消"). */
const NOT_A_WARNING =
  /(?:不用|别|不要|无需)(?:太)?(?:担心|紧张|害怕|怕|着急|管)|(?:别|不要)挂|如(?:果)?不需要|不用管/g;

/** A whole sentence that judges what it lists: "说什么安全账户、内部渠道，都是假的". */
const JUDGEMENT =
  /(?:都|就|全|一律|肯定|多半|多|也)?是(?:骗子|诈骗|骗局|假的|假警察|假客服|骗人的|违法的?)|都是假|(?:都|就|一般|往往|通常)会(?:让|要|叫)你/;

function warns(clause: string): boolean {
  const plain = clause.replace(NOT_A_WARNING, '');
  return WARNING.test(plain) || NEGATED_ACT.test(plain);
}

/** Someone else's words, retold. */
const RETOLD =
  /(?:有人|有个人|对方|他|她|那人|那个人|骗子|陌生人|客服|邻居|隔壁|朋友|同事|银行的人)[^，。！？]{0,10}(?:说|让我|要我|叫我|问我|打电话|打来|发短信|发消息|发来)/;

/** The teller's reaction, which shows the text is a retelling or a question about a scam. */
const REACTION =
  /没信|没理|没加|没给|没转|没开|没下载|没上当|不理|挂了|挂断|拉黑|删了|报警|打110|拦住|不对劲|觉得不对|是不是骗|是骗子|被骗|骗了|小心|当心|大家|差点|还好/;

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width letters and signs to ASCII, zero-width characters out, spaces squashed, Latin lower-cased. */
export function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u3000\u00A0\t ]+/g, ' ')
    .toLowerCase();
}

function sentencesOf(text: string): string[] {
  return text.split(/[。！？!?\n]+/).filter((s) => s.trim() !== '');
}

function clausesOf(sentence: string): string[] {
  return sentence.split(/[，,；;：:]+/).filter((c) => c.trim() !== '');
}

export function readText(text: string): ReadText {
  const norm = normalise(text);
  const retelling = REACTION.test(norm);
  const raw: string[] = [];
  const asks: string[] = [];
  const asides: string[] = [];
  for (const sentence of sentencesOf(norm)) {
    if ((retelling && RETOLD.test(sentence)) || JUDGEMENT.test(sentence)) {
      asides.push(sentence);
      continue;
    }
    raw.push(sentence);
    const kept: string[] = [];
    for (const clause of clausesOf(sentence)) (warns(clause) ? asides : kept).push(clause);
    if (kept.length) asks.push(kept.join('，'));
  }
  return { asks, raw, asides };
}
