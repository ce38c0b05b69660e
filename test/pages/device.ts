/**
 * A recording stand-in for the phone: storage, navigation, toasts, dialogs, clipboard, phone calls,
 * calendar, subscriptions and cloud calls. Tests read `device.log` to assert what a person would see.
 */
import http from 'http';

export interface CallRecord {
  readonly api: string;
  readonly args: unknown;
}

type Callback = (res: unknown) => void;
interface AsyncOptions {
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
  [key: string]: unknown;
}

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

  reset(): void {
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

  readonly wx = {
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

  /** The person answers the prompt; WeChat records the accepts on its side (the local cloud's quota). */
  private requestSubscribeMessage(options: AsyncOptions): Promise<unknown> {
    this.record('requestSubscribeMessage', options);
    const ids = (options.tmplIds as string[]) ?? [];
    const res: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' };
    for (const id of ids) res[id] = this.subscribeAnswer;
    const results = Object.fromEntries(ids.map((id) => [id, this.subscribeAnswer]));
    return this.post('/subscribe', { openid: this.openid, results })
      .catch(() => undefined)
      .then(() => {
        options.success?.(res);
        options.complete?.(res);
        return res;
      });
  }

  private post(route: string, body: unknown): Promise<string> {
    const url = process.env.LOCAL_CLOUD_URL;
    if (!url) return Promise.reject(new Error('no local cloud'));
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${url}${route}`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  private callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }> {
    this.record('cloud.callFunction', options);
    const url = process.env.LOCAL_CLOUD_URL;
    if (this.offline || !url) return Promise.reject({ errMsg: 'cloud.callFunction:fail network error' });
    const lost = this.loseReplies > 0;
    if (lost) this.loseReplies--;
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(options.data ?? {});
      const req = http.request(
        `${url}/call/${options.name}`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': this.openid } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            const reply = JSON.parse(text) as { result?: unknown; errMsg?: string };
            if (lost) reject({ errMsg: 'cloud.callFunction:fail timeout' });
            else if ('result' in reply) resolve({ result: reply.result });
            else reject({ errMsg: reply.errMsg ?? 'cloud.callFunction:fail' });
          });
        },
      );
      req.on('error', () => reject({ errMsg: 'cloud.callFunction:fail network error' }));
      req.end(body);
    });
  }
}

export const device = new Device();
