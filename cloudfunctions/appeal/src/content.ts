/**
 * WeChat's content check (security.msgSecCheck, version 2) on text one person writes for another to read: notes a
 * helper can see and the name a helper is given. Run on the text as stored (after masking). Risky text is refused;
 * text WeChat wants to review, or that could not be checked, is kept but shown to its author only.
 */
import { Refusal } from '../../shared/envelope';
import { errorTag } from '../../shared/log';
import type { CallContext } from './context';

/** Scenes of msgSecCheck: 1 资料 (a name), 2 评论 (a note under an appeal). */
export const SCENE = { name: 1, note: 2 } as const;

/** Why a note is held back: WeChat reviews it, or the check could not be run. */
export type Held = 'review' | 'unchecked';

export const HELD_NOTICE: Record<Held, string> = {
  review: '正在等微信审核，审核前只有你能看到',
  unchecked: '内容检查暂时用不了，这条先只有你能看到',
};

/** null: the text may be shown; otherwise why it is held back. Risky text is refused (CONTENT_RISKY). */
export async function checkShared(
  ctx: CallContext,
  content: string,
  scene: (typeof SCENE)[keyof typeof SCENE],
): Promise<Held | null> {
  let suggest: unknown;
  try {
    const reply = await ctx.checkText({ openid: ctx.openid, scene, content, version: 2 });
    suggest = reply.errCode === 0 ? reply.result?.suggest : undefined;
  } catch (e) {
    ctx.log(`content: check unavailable (${errorTag(e)})`);
    return 'unchecked';
  }
  if (suggest === 'pass') return null;
  if (suggest === 'risky') throw new Refusal('CONTENT_RISKY');
  if (suggest === 'review') return 'review';
  ctx.log('content: check answered without a verdict');
  return 'unchecked';
}
