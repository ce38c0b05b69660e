/**
 * WeChat's own font size (我 → 设置 → 通用 → 字体大小, or 关怀模式), read from wx.getAppBaseInfo():
 * `fontSizeSetting` in px (standard about 16–17) and, on newer clients, `fontSizeScaleFactor` (1 = standard).
 * Someone who made WeChat's type large gets 大字模式 without having to find our own switch.
 */
import { appBaseInfo } from './app-info';

/** Larger than standard by this much counts as large type (关怀模式 is about 1.4×, 23.8 px). */
const LARGE_FROM = 1.15;
const STANDARD_PX = 17;

/** Text follows WeChat's factor within this range: never smaller than ours, never so large a line holds 5 characters. */
const SCALE_MIN = 1;
const SCALE_MAX = 1.6;

/** WeChat's font size as a factor of standard (1 when the client says nothing). Never throws. */
function wechatFactor(): number {
  const info = appBaseInfo();
  const factor = Number(info.fontSizeScaleFactor);
  if (factor > 0) return factor;
  const px = Number(info.fontSizeSetting);
  return px > 0 ? px / STANDARD_PX : 1;
}

/** True when the person set WeChat's font larger than standard. */
export function wechatLargeFont(): boolean {
  return wechatFactor() >= LARGE_FROM;
}

/**
 * The page root's style that makes every text follow WeChat's font size: app.wxss multiplies its normal sizes by
 * --font-scale (1–1.6), and 大字模式 takes its own size or the scaled one, whichever is larger. '' at standard size.
 */
export function fontScaleStyle(): string {
  const scale = Math.min(SCALE_MAX, Math.max(SCALE_MIN, wechatFactor()));
  return scale === 1 ? '' : `--font-scale: ${Math.round(scale * 1000) / 1000};`;
}
