/**
 * Family help: the words the owner and an invited family member both read, and how a helper is named in the
 * history. Pure: shared by the pages and the `appeal` cloud function.
 */
import type { AppealView } from './contract';
import { LIMITS } from './contract';
import { beijingTime } from './time';

/** Said to the owner before inviting, and to the family member before accepting. */
export const FAMILY_SAFETY =
  '申诉必须由持卡人本人亲自提交。支付密码、银行卡密码和短信验证码不要告诉任何人，家人也不例外。';

/** What a helper can do (the join page and the owner's section say the same). */
export const HELPER_CAN: readonly string[] = [
  '看申诉进度、预计答复日期和下一步该做什么',
  '看材料清单，帮忙勾上已经备好的材料',
  '写备注（会标明是家人写的）',
  '开启微信提醒，进度有变化时收到通知',
];

export const HELPER_CANNOT: readonly string[] = [
  '不能修改进度，不能删除申诉，也不能变成申诉人',
  '看不到申诉人设为“只有自己能看”的备注',
  '不能替申诉人提交申诉',
];

/** Names the owner can pick for the person they invite (optional). */
export const HELPER_LABELS: readonly string[] = ['儿子', '女儿', '老伴', '亲戚', '朋友'];

/** How a helper appears next to what they did, e.g. 家人（儿子）. */
export function helperName(label: string): string {
  return label ? `家人（${label}）` : '家人';
}

/** The invitation card's title: nothing about the appeal or the person. */
export const INVITE_SHARE_TITLE = '家人请你帮忙一起关注申诉进度';

/** The family part of the appeal page. */
export interface FamilyScreen {
  /** Owner: every helper, with the handle to remove them. */
  readonly helpers: ReadonlyArray<{ tag: string; name: string; joined: string }>;
  /** Owner: invitations nobody has accepted yet. */
  readonly invites: ReadonlyArray<{ id: string; name: string; expires: string }>;
  readonly canInvite: boolean;
  /** Helper: how they appear in the history, e.g. 家人（儿子）. */
  readonly me: string;
}

export function familyScreen(view: Pick<AppealView, 'role' | 'helpers' | 'invites'>): FamilyScreen {
  const helpers = view.helpers ?? [];
  return {
    helpers: helpers.map((h) => ({ tag: h.tag, name: helperName(h.label), joined: beijingTime(h.joinedAt) })),
    invites: (view.invites ?? []).map((i) => ({
      id: i.id,
      name: i.label ? `「${i.label}」` : '家人',
      expires: beijingTime(i.expiresAt),
    })),
    canInvite: helpers.length < LIMITS.helpers,
    me: view.role === 'helper' ? helperName(helpers[0]?.label ?? '') : '',
  };
}
