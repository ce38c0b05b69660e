/** Settings the person chooses: 大字模式 and the privacy agreement. */
import { wechatLargeFont } from './font';
import { load, save } from './storage';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** The person's own 大字模式 choice; without one, WeChat's font setting decides (large type turns it on). */
export function readLargeText(): boolean {
  return load('settings.largeText', isBoolean) ?? wechatLargeFont();
}

/** 大字模式 is on because WeChat's type is large, not because the person switched it here. */
export function largeTextFromWechat(): boolean {
  return load('settings.largeText', isBoolean) === null && wechatLargeFont();
}

export function writeLargeText(on: boolean): boolean {
  const app = getApp<IAppOption>();
  if (app && app.globalData) app.globalData.largeText = on;
  return save('settings.largeText', on);
}

/** The current 大字模式 setting, from the running app if there is one. */
export function largeText(): boolean {
  const app = getApp<IAppOption>();
  return app && app.globalData ? app.globalData.largeText : readLargeText();
}
