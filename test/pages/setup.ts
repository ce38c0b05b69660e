/**
 * The WeChat runtime for page tests: what miniprogram-simulate leaves out (getApp, getCurrentPages,
 * wx.cloud, storage, navigation, toasts) implemented as a small recording device. wx.cloud.callFunction
 * goes to the REAL cloud functions on the local cloud started by ./cloud-setup.ts (never a mock of our logic).
 */
import { device } from './device';

const g = global as unknown as Record<string, unknown>;
g.wx = device.wx;
g.getApp = () => device.app;
g.getCurrentPages = () => device.pages;
