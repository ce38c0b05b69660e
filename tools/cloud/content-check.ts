/**
 * `security.msgSecCheck` (version 2) as the local cloud answers it: the documented reply
 * `{ errcode, errmsg, result: { suggest, label }, detail, trace_id }`, argument checks like WeChat's, and a verdict
 * tests choose: one for every text, or one for texts containing a given phrase. 'outage' answers a system error,
 * which the SDK throws. Scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志
 * (developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html).
 */
import { OPENID_PATTERN } from './openid';

export const CONTENT_VERDICTS = ['pass', 'review', 'risky', 'outage'] as const;
export type ContentVerdict = (typeof CONTENT_VERDICTS)[number];

/** WeChat's label for normal text, and 其他 for what is held or refused. */
const LABEL: Record<Exclude<ContentVerdict, 'outage'>, number> = { pass: 100, review: 21000, risky: 21000 };
const MAX_CHARS = 2500;

export class ContentRules {
  private fallback: ContentVerdict = 'pass';
  private readonly phrases = new Map<string, ContentVerdict>();

  /** The verdict for texts containing `phrase`, or (without it) for every other text. */
  set(verdict: ContentVerdict, phrase?: string): void {
    if (phrase === undefined) this.fallback = verdict;
    else this.phrases.set(phrase, verdict);
  }

  private verdictOf(content: string): ContentVerdict {
    for (const [phrase, verdict] of this.phrases) if (content.includes(phrase)) return verdict;
    return this.fallback;
  }

  /** The JSON body WeChat answers for these parameters (snake_case, as sent). */
  answer(params: Record<string, unknown>, traceId: string): Record<string, unknown> {
    const { openid, scene, content, version } = params;
    if (version !== 2) return { errcode: 47001, errmsg: 'data format error: version must be 2' };
    if (typeof openid !== 'string' || !OPENID_PATTERN.test(openid))
      return { errcode: 40003, errmsg: 'invalid openid' };
    if (typeof scene !== 'number' || ![1, 2, 3, 4].includes(scene))
      return { errcode: 47003, errmsg: 'argument invalid! scene invalid' };
    if (typeof content !== 'string' || !content || [...content].length > MAX_CHARS)
      return { errcode: 47003, errmsg: 'argument invalid! content invalid' };
    const verdict = this.verdictOf(content);
    if (verdict === 'outage') return { errcode: -1, errmsg: 'system error' };
    const label = LABEL[verdict];
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: verdict, label },
      detail: [
        { strategy: 'content_model', errcode: 0, suggest: verdict, label, prob: verdict === 'pass' ? 0 : 90 },
      ],
      trace_id: traceId,
    };
  }
}
