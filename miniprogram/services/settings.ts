/** Settings the person chooses: 大字模式 and the privacy agreement. */
import { load, save } from './storage';

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function readLargeText(): boolean {
  return load('settings.largeText', isBoolean) ?? false;
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
