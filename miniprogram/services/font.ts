/**
 * WeChat's own font size (我 → 设置 → 通用 → 字体大小, or 关怀模式), read from wx.getAppBaseInfo():
 * `fontSizeSetting` in px (standard about 16–17) and, on newer clients, `fontSizeScaleFactor` (1 = standard).
 * Someone who made WeChat's type large gets 大字模式 without having to find our own switch.
 */

/** Larger than standard by this much counts as large type (关怀模式 is about 1.4×, 23.8 px). */
const LARGE_FROM = 1.15;
const STANDARD_PX = 17;

/** True when the person set WeChat's font larger than standard. Never throws (old clients say nothing). */
export function wechatLargeFont(): boolean {
  try {
    const info = (typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : wx.getSystemInfoSync()) as {
      fontSizeSetting?: unknown;
      fontSizeScaleFactor?: unknown;
    };
    const factor = Number(info.fontSizeScaleFactor);
    if (factor > 0) return factor >= LARGE_FROM;
    const px = Number(info.fontSizeSetting);
    return px > 0 && px / STANDARD_PX >= LARGE_FROM;
  } catch {
    return false;
  }
}
