/**
 * A recording stand-in for the phone: storage, navigation, toasts, dialogs, clipboard, phone calls,
 * calendar, subscriptions and cloud calls. Tests read `device.log` to assert what a person would see.
 */
import { deployConfig } from '../../miniprogram/config/deploy';
import { requestRefusal } from '../../tools/cloud/subscribe-rules';
import { postToLocalCloud } from './local-cloud-line';

export interface CallRecord {
  readonly api: string;
  readonly args: unknown;
}

/** One line of WeChat's real-time log: its level, the filter word set before it, what was logged. */
export interface RealtimeLogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly filter: string;
  readonly args: unknown[];
}

type Callback = (res: unknown) => void;
interface AsyncOptions {
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
  [key: string]: unknown;
}

const TEMPLATE_IDS: ReadonlySet<string> = new Set(Object.values(deployConfig.templates).map((t) => t.id));

/** A new WeChat user for every test: 'o' + 27 characters, like a real openid. */
function freshOpenid(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'o';
  for (let i = 0; i < 27; i += 1) id += chars[Math.floor(Math.random() * chars.length)];
  return id;
}

class Device {
  storage = new Map<string, unknown>();
  log: CallRecord[] = [];
  openid = freshOpenid();
  /** When set, storage writes throw as on a full phone. */
  storageFull = false;
  /** When set, cloud calls fail as with no network. */
  offline = false;
  /** The next this-many cloud calls reach the cloud and run, but their reply is lost on the way back. */
  loseReplies = 0;
  /** How the next wx.requestSubscribeMessage / showModal is answered. */
  subscribeAnswer: 'accept' | 'reject' = 'accept';
  modalConfirm = true;
  /** WeChat's font size as a factor of standard (关怀模式 is about 1.4). */
  fontScale = 1;
  app: { globalData: { largeText: boolean } } = { globalData: { largeText: false } };
  pages: unknown[] = [];
  /** Whether the person has agreed to the privacy notice (privacy APIs run only after that). */
  privacyAgreed = true;
  /** How WeChat's privacy popup is answered when a privacy API (or requirePrivacyAuthorize) needs consent. */
  privacyAnswer: 'agree' | 'disagree' = 'agree';
  /** Whether the person allows saving to the photo album. */
  albumAllowed = true;
  /** Text drawn on offscreen canvases, in order. */
  drawnText: string[] = [];
  /** The phone's light/dark setting, as WeChat reports it. */
  theme: 'light' | 'dark' = 'light';
  private themeListeners: Array<(res: { theme: string }) => void> = [];
  /** What reached WeChat's real-time log (wx.getRealtimeLogManager), in order. */
  realtimeLog: RealtimeLogEntry[] = [];
  /** WeChat's click state: taps being dispatched, and whether the current one's state was used. */
  private tapDepth = 0;
  private clickUsed = false;
  /** What went wrong in the stand-ins themselves (the local cloud refusing the device): each fails the test. */
  private faults: string[] = [];

  reset(): void {
    this.realtimeLog = [];
    this.storage.clear();
    this.log = [];
    this.openid = freshOpenid();
    this.storageFull = false;
    this.offline = false;
    this.loseReplies = 0;
    this.subscribeAnswer = 'accept';
    this.modalConfirm = true;
    this.fontScale = 1;
    this.albumAllowed = true;
    this.drawnText = [];
    this.app = { globalData: { largeText: false } };
    this.pages = [];
    this.privacyAgreed = true;
    this.privacyAnswer = 'agree';
    this.theme = 'light';
    this.themeListeners = [];
    this.clickUsed = false;
    this.faults = [];
  }

  /**
   * Run `fn` as a tap handler runs (what `tapElement` does for a real tap): inside it, and synchronously only,
   * wx.requestSubscribeMessage may be called once.
   */
  tapping<T>(fn: () => T): T {
    this.tapDepth += 1;
    this.clickUsed = false;
    try {
      return fn();
    } finally {
      this.tapDepth -= 1;
    }
  }

  /** The stand-ins' own failures since the last call (after-each fails the test on any). */
  takeFaults(): string[] {
    const out = this.faults;
    this.faults = [];
    return out;
  }

  private takeGesture(): boolean {
    const has = this.tapDepth > 0 && !this.clickUsed;
    if (has) this.clickUsed = true;
    return has;
  }

  /** The phone switches between light and dark: WeChat tells every onThemeChange listener. */
  changeTheme(theme: 'light' | 'dark'): void {
    this.theme = theme;
    for (const listener of this.themeListeners.slice()) listener({ theme });
  }

  calls(api: string): unknown[] {
    return this.log.filter((c) => c.api === api).map((c) => c.args);
  }

  private record(api: string, args: unknown): void {
    this.log.push({ api, args });
  }

  private async(api: string, result: (o: AsyncOptions) => unknown) {
    return (options: AsyncOptions = {}) => {
      this.record(api, options);
      return Promise.resolve().then(() => {
        const res = result(options);
        options.success?.(res);
        options.complete?.(res);
        return res;
      });
    };
  }

  /** A privacy API: asks through WeChat's popup when not yet agreed; fails with errno 104 when refused. */
  private privacyApi(api: string, result: (o: AsyncOptions) => unknown) {
    return (options: AsyncOptions = {}) => {
      this.record(api, options);
      return Promise.resolve().then(() => {
        if (!this.privacyAgreed && this.privacyAnswer === 'agree') this.privacyAgreed = true;
        if (!this.privacyAgreed) {
          const err = { errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 };
          options.fail?.(err);
          options.complete?.(err);
          return err;
        }
        const res = result(options);
        options.success?.(res);
        options.complete?.(res);
        return res;
      });
    };
  }

  private canvas(width: number, height: number) {
    const drawn = this.drawnText;
    const ctx = {
      fillStyle: '',
      font: '',
      fillRect: () => undefined,
      fillText: (text: string) => void drawn.push(text),
    };
    return { width, height, getContext: () => ctx };
  }

  private realtimeLogManager() {
    let filter = '';
    const at =
      (level: RealtimeLogEntry['level']) =>
      (...args: unknown[]) =>
        void this.realtimeLog.push({ level, filter, args: JSON.parse(JSON.stringify(args)) as unknown[] });
    return {
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      setFilterMsg: (msg: string) => void (filter = msg),
      addFilterMsg: (msg: string) => void (filter = filter ? `${filter} ${msg}` : msg),
      in: () => undefined,
      getCurrentState: () => ({ size: 0, maxSize: 5 * 1024, logCount: 0, maxLogCount: 200 }),
    };
  }

  readonly wx = {
    getRealtimeLogManager: () => this.realtimeLogManager(),
    getAccountInfoSync: () => ({
      miniProgram: { appId: 'wx0000000000local', envVersion: 'develop', version: '' },
      plugin: {},
    }),
    createOffscreenCanvas: (o: { width: number; height: number }) => {
      this.record('createOffscreenCanvas', o);
      return this.canvas(o.width, o.height);
    },
    canvasToTempFilePath: this.async('canvasToTempFilePath', () => ({
      tempFilePath: 'wxfile://tmp/checklist.png',
    })),
    authorize: (o: AsyncOptions) => {
      this.record('authorize', o);
      void Promise.resolve().then(() =>
        this.albumAllowed ? o.success?.({}) : o.fail?.({ errMsg: 'authorize:fail auth deny' }),
      );
    },
    openSetting: this.async('openSetting', () => ({ authSetting: {} })),
    saveImageToPhotosAlbum: this.async('saveImageToPhotosAlbum', () => ({
      errMsg: 'saveImageToPhotosAlbum:ok',
    })),
    getStorageSync: (key: string) => (this.storage.has(key) ? this.storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => {
      if (this.storageFull) throw new Error('setStorageSync:fail exceed storage max size 10M');
      this.storage.set(key, JSON.parse(JSON.stringify(value)));
    },
    removeStorageSync: (key: string) => void this.storage.delete(key),
    clearStorageSync: () => this.storage.clear(),
    navigateTo: this.async('navigateTo', () => ({ errMsg: 'navigateTo:ok' })),
    redirectTo: this.async('redirectTo', () => ({ errMsg: 'redirectTo:ok' })),
    navigateBack: this.async('navigateBack', () => ({ errMsg: 'navigateBack:ok' })),
    reLaunch: this.async('reLaunch', () => ({ errMsg: 'reLaunch:ok' })),
    showToast: this.async('showToast', () => ({ errMsg: 'showToast:ok' })),
    showLoading: this.async('showLoading', () => ({ errMsg: 'showLoading:ok' })),
    hideLoading: this.async('hideLoading', () => ({ errMsg: 'hideLoading:ok' })),
    showModal: this.async('showModal', () => ({ confirm: this.modalConfirm, cancel: !this.modalConfirm })),
    setClipboardData: this.privacyApi('setClipboardData', () => ({ errMsg: 'setClipboardData:ok' })),
    makePhoneCall: this.privacyApi('makePhoneCall', () => ({ errMsg: 'makePhoneCall:ok' })),
    addPhoneCalendar: this.privacyApi('addPhoneCalendar', () => ({ errMsg: 'addPhoneCalendar:ok' })),
    setNavigationBarTitle: this.async('setNavigationBarTitle', () => ({ errMsg: 'ok' })),
    showShareMenu: this.async('showShareMenu', () => ({ errMsg: 'showShareMenu:ok' })),
    requestSubscribeMessage: (o: AsyncOptions) => this.requestSubscribeMessage(o),
    getSystemInfoSync: () => ({
      theme: this.theme,
      SDKVersion: '3.6.0',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      platform: 'devtools',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
    getAppBaseInfo: () => ({
      theme: this.theme,
      SDKVersion: '3.6.0',
      fontSizeSetting: Math.round(17 * this.fontScale),
      fontSizeScaleFactor: this.fontScale,
    }),
    getStorageInfoSync: () => ({ keys: Array.from(this.storage.keys()), currentSize: 0, limitSize: 10240 }),
    getPrivacySetting: this.async('getPrivacySetting', () => ({
      needAuthorization: !this.privacyAgreed,
      privacyContractName: '《申诉向导小程序隐私保护指引》',
      errMsg: 'getPrivacySetting:ok',
    })),
    requirePrivacyAuthorize: this.privacyApi('requirePrivacyAuthorize', () => ({
      errMsg: 'requirePrivacyAuthorize:ok',
    })),
    openPrivacyContract: this.async('openPrivacyContract', () => ({ errMsg: 'openPrivacyContract:ok' })),
    onThemeChange: (listener: (res: { theme: string }) => void) => {
      this.record('onThemeChange', {});
      this.themeListeners.push(listener);
    },
    offThemeChange: (listener: (res: { theme: string }) => void) => {
      this.record('offThemeChange', {});
      this.themeListeners = this.themeListeners.filter((l) => l !== listener);
    },
    cloud: {
      init: (options: unknown) => this.record('cloud.init', options),
      callFunction: (options: { name: string; data: unknown }) => this.callFunction(options),
    },
  };

  /**
   * WeChat's rules first (tools/cloud/subscribe-rules.ts, as in the browser preview); then the person answers
   * the prompt and WeChat records the accepts on its side (the local cloud's quota).
   */
  private requestSubscribeMessage(options: AsyncOptions): Promise<unknown> {
    this.record('requestSubscribeMessage', options);
    const ids = Array.isArray(options.tmplIds) ? options.tmplIds.map(String) : [];
    const tapped = this.takeGesture();
    const settle = (ok: boolean, res: Record<string, unknown>) => {
      (ok ? options.success : options.fail)?.(res);
      options.complete?.(res);
      return res;
    };
    const refusal = requestRefusal({ tmplIds: ids, tapped, known: (id) => TEMPLATE_IDS.has(id) });
    if (refusal) {
      const err = { errMsg: `requestSubscribeMessage:fail ${refusal.reason}`, errCode: refusal.errCode };
      return Promise.resolve().then(() => settle(false, err));
    }
    const results = Object.fromEntries(ids.map((id) => [id, this.subscribeAnswer]));
    return postToLocalCloud('/subscribe', { openid: this.openid, results })
      .then(
        ({ status, text }) => (status === 200 ? null : `HTTP ${status}: ${text}`),
        (e: unknown) => String(e),
      )
      .then((problem) => {
        if (problem === null) return settle(true, { errMsg: 'requestSubscribeMessage:ok', ...results });
        this.faults.push(`the local cloud did not record the subscription answer: ${problem}`);
        return settle(false, { errMsg: `requestSubscribeMessage:fail ${problem}`, errCode: -1 });
      });
  }

  private callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }> {
    this.record('cloud.callFunction', options);
    if (this.offline || !process.env.LOCAL_CLOUD_URL)
      return Promise.reject({ errMsg: 'cloud.callFunction:fail network error' });
    const lost = this.loseReplies > 0;
    if (lost) this.loseReplies--;
    return postToLocalCloud(`/call/${options.name}`, options.data ?? {}, { 'x-openid': this.openid }).then(
      ({ text }) => {
        const reply = JSON.parse(text) as { result?: unknown; errMsg?: string };
        if (lost) return Promise.reject({ errMsg: 'cloud.callFunction:fail timeout' });
        if ('result' in reply) return { result: reply.result };
        return Promise.reject({ errMsg: reply.errMsg ?? 'cloud.callFunction:fail' });
      },
      () => Promise.reject({ errMsg: 'cloud.callFunction:fail network error' }),
    );
  }
}

export const device = new Device();
