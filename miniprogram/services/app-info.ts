/**
 * What WeChat says about itself and the person's display settings: wx.getAppBaseInfo() (older clients:
 * getSystemInfoSync). Only the fields the app reads; an empty record when the client cannot say. Never throws.
 */
export interface AppBaseInfo {
  readonly theme?: unknown;
  readonly fontSizeSetting?: unknown;
  readonly fontSizeScaleFactor?: unknown;
}

export function appBaseInfo(): AppBaseInfo {
  try {
    return typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : wx.getSystemInfoSync();
  } catch {
    return {};
  }
}
