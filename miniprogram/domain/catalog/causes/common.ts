/** Sentences and facts several causes share. */
import { fact } from '../fact';

export const REVIEWED = '2026-12-06';

export const DONT_PAY_UNLOCK = '不要相信收费“解封”“修复”“内部渠道”，那都是骗局，没有任何收费服务能解除。';
export const DONT_SHARE_CODE = '不要把验证码、密码告诉任何人，也不要给别人共享屏幕。';
export const DONT_MOVE_MONEY = '不要听任何人的话把钱转来转去，或者转到“安全账户”。';
export const DONT_REPEAT = '不要一遍遍重复提交申诉，交一次、交齐就好。';
export const DONT_SEARCH_NUMBERS = '不要打网上搜到的“客服电话”，只用本页列出的号码和卡背面的银行电话。';

/** WeChat Pay publishes no review time; what support commonly says is shown as that, never as a deadline. */
export const WECHAT_WAIT = fact(
  '微信支付没有公布审核时限。客服常说“耐心等待3个工作日”，实际可能更久。',
  'support-common-reply',
  'reported',
);
