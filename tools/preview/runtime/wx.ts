/// <reference lib="dom" />
/**
 * The preview's stand-in for the WeChat runtime (`wx`). What a person would see in WeChat is drawn in
 * the phone (toasts, dialogs, action sheets, the subscription prompt, the dialer, the share panel);
 * what leaves the phone (cloud calls, subscriptions) goes to the local cloud through the preview
 * server. Async APIs follow WeChat's convention: callbacks if given, else a Promise; failures carry
 * `errMsg: '<api>:fail …'`. Anything not implemented warns once and never throws.
 */
import simApi from 'miniprogram-simulate/src/api/index';
import { NavigationError, type Router } from './router';
import { SCREEN, windowHeight } from './device';
import { h, type DialogButton, type Shell } from './ui';
import { requestRefusal } from '../../cloud/subscribe-rules';

type Callback = (res: unknown) => void;
type Options = Record<string, unknown> & { success?: Callback; fail?: Callback; complete?: Callback };
type Api = (options?: Options) => unknown;

export interface WxEnv {
  readonly shell: Shell;
  readonly router: Router;
  readonly user: { readonly name: string; readonly openid: string };
  /** Subscription template id → title, from miniprogram/config/deploy.ts. */
  readonly templates: Readonly<Record<string, string>>;
  readonly hasTabBar: boolean;
  readonly sdkVersion: string;
  log(api: string, detail: string): void;
  /** Lines written to the real-time log, in order (tests read them). */
  readonly realtimeLog: Array<{ level: string; filter: string; args: unknown[] }>;
  theme(): 'light' | 'dark';
  needsPrivacyAuthorization(): boolean;
  /** The person switched subscription messages off for this mini program (settings → 订阅消息). */
  subscriptionsOff(): boolean;
  /** WeChat's click state: true inside a tap handler (once: the caller consumes it). */
  takeGesture(): boolean;
  /** Run a callback with a click state (what showModal/showActionSheet callbacks get). */
  withGesture(fn: () => void): void;
  onThemeChange(listener: (res: { theme: string }) => void, add: boolean): void;
  share(from: 'button' | 'menu', target?: unknown): Promise<void>;
}

class WxFail extends Error {
  constructor(
    readonly reason: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

function failure(api: string, error: unknown): Record<string, unknown> {
  if (error instanceof WxFail) return { errMsg: `${api}:fail ${error.reason}`, ...error.extra };
  if (error instanceof NavigationError) return { errMsg: error.message };
  const msg = error instanceof Error ? error.message : String(error);
  return { errMsg: `${api}:fail ${msg}` };
}

/** WeChat's async convention around an implementation that returns the success payload. */
function asyncApi(
  api: string,
  impl: (o: Options) => unknown,
  scope: (fn: () => void) => void = (fn) => fn(),
): Api {
  return (options: Options = {}) => {
    const p = Promise.resolve()
      .then(() => impl(options))
      .then(
        (res) => {
          const out = { errMsg: `${api}:ok`, ...(res as Record<string, unknown> | undefined) };
          scope(() => {
            options.success?.(out);
            options.complete?.(out);
          });
          return out;
        },
        (err: unknown) => {
          const out = failure(api, err);
          options.fail?.(out);
          options.complete?.(out);
          throw out;
        },
      );
    if (options.success || options.fail || options.complete) {
      p.catch(() => undefined);
      return undefined;
    }
    return p;
  };
}

const warned = new Set<string>();
function warnOnce(name: string, note = 'is not implemented in the browser preview'): void {
  if (warned.has(name)) return;
  warned.add(name);
  console.warn(`[preview] wx.${name} ${note}`);
}

// ---- storage (localStorage, one namespace per test user) ------------------------------------------

function storage(env: WxEnv): Record<string, unknown> {
  const prefix = `pv:store:${env.user.name}:`;
  const keys = () =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
  const get = (key: string): unknown => {
    const raw = localStorage.getItem(prefix + key);
    return raw === null ? '' : (JSON.parse(raw) as { v: unknown }).v;
  };
  const set = (key: string, data: unknown): void => {
    if (typeof key !== 'string' || !key)
      throw new Error('setStorageSync:fail parameter error: key should be a non-empty string');
    const raw = JSON.stringify({ v: data === undefined ? '' : data });
    if (raw.length > 1024 * 1024) throw new Error('setStorageSync:fail entry size limit reached');
    localStorage.setItem(prefix + key, raw);
  };
  const remove = (key: string) => localStorage.removeItem(prefix + key);
  const clear = () => keys().forEach(remove);
  const info = () => ({
    keys: keys(),
    currentSize: Math.ceil(
      keys().reduce((n, k) => n + (localStorage.getItem(prefix + k)?.length ?? 0), 0) / 1024,
    ),
    limitSize: 10240,
  });
  return {
    getStorageSync: get,
    setStorageSync: set,
    removeStorageSync: remove,
    clearStorageSync: clear,
    getStorageInfoSync: info,
    getStorage: asyncApi('getStorage', (o) => {
      const key = String(o.key);
      if (localStorage.getItem(prefix + key) === null) throw new WxFail('data not found');
      return { data: get(key) };
    }),
    setStorage: asyncApi('setStorage', (o) => set(String(o.key), o.data)),
    removeStorage: asyncApi('removeStorage', (o) => remove(String(o.key))),
    clearStorage: asyncApi('clearStorage', () => clear()),
    getStorageInfo: asyncApi('getStorageInfo', () => info()),
  };
}

// ---- navigation ---------------------------------------------------------------------------------

function navigation(env: WxEnv): Record<string, unknown> {
  const r = env.router;
  return {
    navigateTo: asyncApi('navigateTo', (o) => r.navigateTo(String(o.url)).then(() => ({ eventChannel: {} }))),
    redirectTo: asyncApi('redirectTo', (o) => r.redirectTo(String(o.url))),
    reLaunch: asyncApi('reLaunch', (o) => r.reLaunch(String(o.url))),
    switchTab: asyncApi('switchTab', (o) => r.switchTab(String(o.url))),
    navigateBack: asyncApi('navigateBack', (o) => r.navigateBack(Number(o.delta ?? 1))),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', (o) => {
      if (r.top) r.top.title = String(o.title ?? '');
      r.refreshChrome();
    }),
    setNavigationBarColor: asyncApi('setNavigationBarColor', (o) => {
      if (r.top)
        r.top.navColor = {
          background: String(o.backgroundColor ?? '#ffffff'),
          textStyle: o.frontColor === '#ffffff' ? 'white' : 'black',
        };
      r.refreshChrome();
    }),
    showNavigationBarLoading: asyncApi('showNavigationBarLoading', () => setNavLoading(r, true)),
    hideNavigationBarLoading: asyncApi('hideNavigationBarLoading', () => setNavLoading(r, false)),
    setBackgroundColor: asyncApi('setBackgroundColor', () => undefined),
    setBackgroundTextStyle: asyncApi('setBackgroundTextStyle', () => undefined),
    pageScrollTo: asyncApi('pageScrollTo', (o) => pageScrollTo(r, o)),
    startPullDownRefresh: asyncApi('startPullDownRefresh', () => {
      if (r.top) r.call(r.top, 'onPullDownRefresh');
    }),
    stopPullDownRefresh: asyncApi('stopPullDownRefresh', () => undefined),
  };
}

function setNavLoading(r: Router, on: boolean): void {
  if (r.top) r.top.navLoading = on;
  r.refreshChrome();
}

function pageScrollTo(r: Router, o: Options): void {
  const wrap = r.top?.wrap;
  if (!wrap) return;
  let top = Number(o.scrollTop ?? 0);
  if (typeof o.selector === 'string') {
    // Element ids are not written to the DOM by exparser: only class/attribute selectors can match.
    const target = safeQuery(wrap, o.selector);
    if (target) top = target.offsetTop;
  }
  wrap.scrollTo({ top, behavior: Number(o.duration ?? 300) > 0 ? 'smooth' : 'auto' });
}

function safeQuery(root: HTMLElement, selector: string): HTMLElement | null {
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    return null;
  }
}

// ---- interaction: toast, loading, modal, action sheet -------------------------------------------

function interaction(env: WxEnv): Record<string, unknown> {
  const s = env.shell;
  return {
    showToast: asyncApi('showToast', (o) => {
      s.toast(String(o.title ?? ''), String(o.icon ?? 'success'), Number(o.duration ?? 1500), !!o.mask);
    }),
    hideToast: asyncApi('hideToast', () => s.hideToast()),
    showLoading: asyncApi('showLoading', (o) => s.showLoading(String(o.title ?? ''), !!o.mask)),
    hideLoading: asyncApi('hideLoading', () => s.hideLoading()),
    showModal: asyncApi('showModal', (o) => showModal(env, o), env.withGesture),
    showActionSheet: asyncApi(
      'showActionSheet',
      async (o) => {
        const items = Array.isArray(o.itemList) ? o.itemList.map(String) : [];
        if (!items.length || items.length > 6)
          throw new WxFail('parameter error: itemList should have 1 to 6 items');
        const i = await s.sheet(
          'pv-action-sheet',
          typeof o.alertText === 'string' ? o.alertText : null,
          items,
        );
        if (i < 0) throw new WxFail('cancel');
        return { tapIndex: i };
      },
      env.withGesture,
    ),
  };
}

function modalButtons(o: Options): DialogButton<boolean>[] {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
  const buttons: DialogButton<boolean>[] = [
    {
      label: text(o.confirmText, '确定'),
      value: true,
      testid: 'pv-modal-confirm',
      primary: true,
      color: text(o.confirmColor, ''),
    },
  ];
  if (o.showCancel !== false) {
    buttons.unshift({
      label: text(o.cancelText, '取消'),
      value: false,
      testid: 'pv-modal-cancel',
      color: text(o.cancelColor, ''),
    });
  }
  return buttons;
}

async function showModal(env: WxEnv, o: Options): Promise<Record<string, unknown>> {
  const title = typeof o.title === 'string' ? o.title : '';
  const text = typeof o.content === 'string' ? o.content : '';
  const input = h('input', {
    type: 'text',
    'data-testid': 'pv-modal-input',
    placeholder: String(o.placeholderText ?? ''),
  });
  env.log('showModal', title || text);
  const confirm = await env.shell.dialog(
    'pv-modal',
    title,
    o.editable ? h('div', {}, text, input) : text,
    modalButtons(o),
  );
  return o.editable ? { confirm, cancel: !confirm, content: input.value } : { confirm, cancel: !confirm };
}

// ---- device features a person sees: clipboard, phone, calendar, album, authorization ---------------

function deviceFeatures(env: WxEnv): Record<string, unknown> {
  let clipboard = '';
  const confirm = (testid: string, title: string, content: string, ok: string) =>
    env.shell.dialog(testid, title, content, [
      { label: '取消', value: false, testid: `${testid}-cancel` },
      { label: ok, value: true, testid: `${testid}-confirm`, primary: true },
    ]);
  return {
    setClipboardData: asyncApi('setClipboardData', (o) => {
      clipboard = String(o.data ?? '');
      (window as unknown as { __pv: { clipboard: string } }).__pv.clipboard = clipboard;
      env.log('setClipboardData', clipboard);
      env.shell.toast('内容已复制', 'none', 1500, false);
    }),
    getClipboardData: asyncApi('getClipboardData', () => ({ data: clipboard })),
    makePhoneCall: asyncApi('makePhoneCall', async (o) => {
      const number = String(o.phoneNumber ?? '');
      env.log('makePhoneCall', number);
      if (!(await confirm('pv-phone-call', '', `拨打 ${number}`, '呼叫'))) throw new WxFail('cancel');
    }),
    addPhoneCalendar: asyncApi('addPhoneCalendar', async (o) => {
      const when = new Date(Number(o.startTime) * 1000);
      const detail = `${String(o.title ?? '')} · ${when.toLocaleString('zh-CN', { hour12: false })}`;
      env.log('addPhoneCalendar', detail);
      if (
        !(await confirm(
          'pv-calendar',
          '添加到手机日历',
          `${detail}${o.description ? `\n${String(o.description)}` : ''}`,
          '添加',
        ))
      ) {
        throw new WxFail('cancel');
      }
    }),
    saveImageToPhotosAlbum: asyncApi('saveImageToPhotosAlbum', async (o) => {
      env.log('saveImageToPhotosAlbum', String(o.filePath ?? ''));
      if (!(await confirm('pv-save-image', '保存图片', '“申诉向导”想保存图片到你的相册', '允许')))
        throw new WxFail('auth deny');
    }),
    authorize: asyncApi('authorize', async (o) => {
      env.log('authorize', String(o.scope ?? ''));
      if (!(await confirm('pv-authorize', '授权请求', `“申诉向导”申请使用 ${String(o.scope ?? '')}`, '允许')))
        throw new WxFail('auth deny');
    }),
    getSetting: asyncApi('getSetting', () => ({ authSetting: {} })),
    openSetting: asyncApi('openSetting', () => ({ authSetting: {} })),
    vibrateShort: asyncApi('vibrateShort', () => undefined),
    vibrateLong: asyncApi('vibrateLong', () => undefined),
  };
}

// ---- system information, theme ------------------------------------------------------------------

function system(env: WxEnv): Record<string, unknown> {
  const windowInfo = () => ({
    pixelRatio: 3,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: windowHeight(env.hasTabBar, false),
    statusBarHeight: SCREEN.statusBar,
    safeArea: {
      left: 0,
      right: SCREEN.width,
      top: SCREEN.statusBar,
      bottom: SCREEN.height - SCREEN.safeBottom,
      width: SCREEN.width,
      height: SCREEN.height - SCREEN.statusBar - SCREEN.safeBottom,
    },
    screenTop: SCREEN.statusBar + SCREEN.navBar,
  });
  // WeChat's font size (px; 16 standard): a test sets localStorage 'pv:fontSizeSetting' to play large type.
  const fontSize = () => Number(localStorage.getItem('pv:fontSizeSetting')) || 16;
  const appBase = () => ({
    SDKVersion: env.sdkVersion,
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.50',
    theme: env.theme(),
    fontSizeSetting: fontSize(),
    fontSizeScaleFactor: fontSize() / 16,
  });
  const deviceInfo = () => ({
    brand: 'devtools',
    model: 'iPhone X (preview)',
    system: 'iOS 17.0',
    platform: 'devtools',
    benchmarkLevel: 1,
  });
  const systemInfo = () => ({ ...deviceInfo(), ...windowInfo(), ...appBase() });
  return {
    getSystemInfoSync: systemInfo,
    getSystemInfo: asyncApi('getSystemInfo', systemInfo),
    getSystemInfoAsync: asyncApi('getSystemInfoAsync', systemInfo),
    getWindowInfo: windowInfo,
    getAppBaseInfo: appBase,
    getDeviceInfo: deviceInfo,
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getAppAuthorizeSetting: () => ({
      albumAuthorized: 'not determined',
      cameraAuthorized: 'not determined',
      notificationAuthorized: 'authorized',
    }),
    getMenuButtonBoundingClientRect: () => ({
      width: 87,
      height: 32,
      top: SCREEN.statusBar + 6,
      right: SCREEN.width - 7,
      bottom: SCREEN.statusBar + 38,
      left: SCREEN.width - 94,
    }),
    getAccountInfoSync: () => ({
      miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
    }),
    getNetworkType: asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
    onNetworkStatusChange: () => undefined,
    offNetworkStatusChange: () => undefined,
    onThemeChange: (fn: (res: { theme: string }) => void) => env.onThemeChange(fn, true),
    offThemeChange: (fn: (res: { theme: string }) => void) => env.onThemeChange(fn, false),
    canIUse: () => true,
  };
}

// ---- privacy ------------------------------------------------------------------------------------

function privacy(env: WxEnv): Record<string, unknown> {
  let listener: ((resolve: (r: { event: string; buttonId?: string }) => void, info: unknown) => void) | null =
    null;
  let agreed = false;
  const ask = async (api: string): Promise<void> => {
    if (!env.needsPrivacyAuthorization() || agreed) return;
    env.log('requirePrivacyAuthorize', api);
    const event = await new Promise<string>((resolve) => {
      if (listener) listener((r) => resolve(r.event), { referrer: api });
      else
        void env.shell
          .dialog('pv-privacy', '用户隐私保护提示', '使用前请阅读《申诉向导隐私保护指引》', [
            { label: '拒绝', value: 'disagree', testid: 'pv-privacy-disagree' },
            { label: '同意', value: 'agree', testid: 'pv-privacy-agree', primary: true },
          ])
          .then(resolve);
    });
    if (event !== 'agree') throw new WxFail('privacy permission is not authorized', { errno: 104 });
    agreed = true;
  };
  return {
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', () => ask('requirePrivacyAuthorize')),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: env.needsPrivacyAuthorization() && !agreed,
      privacyContractName: '《申诉向导隐私保护指引》',
    })),
    onNeedPrivacyAuthorization: (fn: typeof listener) => {
      listener = fn;
    },
    openPrivacyContract: asyncApi('openPrivacyContract', () =>
      env.shell.dialog('pv-privacy-contract', '隐私保护指引', '《申诉向导隐私保护指引》（预览）', [
        { label: '知道了', value: true, testid: 'pv-privacy-contract-ok', primary: true },
      ]),
    ),
  };
}

// ---- cloud and subscriptions --------------------------------------------------------------------

async function postJson(
  url: string,
  body: unknown,
  openid: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(body ?? {}),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { errMsg: text };
  }
  return { status: res.status, json };
}

function cloud(env: WxEnv): Record<string, unknown> {
  let requestId = 0;
  return {
    init: () => undefined,
    callFunction: asyncApi('cloud.callFunction', async (o) => {
      const name = String(o.name ?? '');
      env.log('cloud.callFunction', `${name} ${JSON.stringify(o.data ?? {})} as ${env.user.name}`);
      let reply: { status: number; json: Record<string, unknown> };
      try {
        reply = await postJson(`/cloud/call/${encodeURIComponent(name)}`, o.data, env.user.openid);
      } catch (e) {
        throw new WxFail(`request:fail ${String(e)}`, { errCode: -1 });
      }
      if (reply.status !== 200 || !('result' in reply.json)) {
        const msg = String(reply.json.errMsg ?? `HTTP ${reply.status}`).replace(
          /^cloud\.callFunction:fail /,
          '',
        );
        throw new WxFail(msg, { errCode: reply.json.errCode ?? -1 });
      }
      requestId += 1;
      return { result: reply.json.result, requestID: `preview-${requestId}` };
    }),
    database: () => {
      warnOnce('cloud.database', 'is not available in the preview: read data through cloud functions');
      return undefined;
    },
  };
}

function subscriptions(env: WxEnv): Record<string, unknown> {
  // The click state is checked (and consumed) at the call, synchronously, as WeChat does.
  const check = (ids: string[], tapped: boolean): void => {
    const known = (id: string) => Boolean(env.templates[id]);
    const refusal = requestRefusal({ tmplIds: ids, tapped, known, switchedOff: env.subscriptionsOff() });
    if (refusal) throw new WxFail(refusal.reason, { errCode: refusal.errCode });
  };
  const ask = (tapped: boolean) =>
    asyncApi('requestSubscribeMessage', async (o) => {
      const ids = Array.isArray(o.tmplIds) ? o.tmplIds.map(String) : [];
      env.log('requestSubscribeMessage', ids.map((id) => env.templates[id] ?? id).join('、'));
      try {
        check(ids, tapped);
      } catch (e) {
        env.log('requestSubscribeMessage:fail', (e as WxFail).reason);
        throw e;
      }
      const results = await subscriptionPrompt(env, ids);
      const reply = await postJson('/cloud/subscribe', { openid: env.user.openid, results }, env.user.openid);
      env.log('subscribe', `${JSON.stringify(results)} → ${reply.status}`);
      return results;
    });
  return { requestSubscribeMessage: (o?: Options) => ask(env.takeGesture())(o) };
}

async function subscriptionPrompt(env: WxEnv, ids: string[]): Promise<Record<string, 'accept' | 'reject'>> {
  const boxes = ids.map((id) => h('input', { type: 'checkbox', 'data-template-id': id }));
  const list = h('ul', { class: 'pv-sub-list' });
  ids.forEach((id, i) => {
    const box = boxes[i] as HTMLInputElement;
    box.checked = true;
    list.append(
      h('li', { 'data-testid': 'pv-subscribe-item', 'data-template-id': id }, box, env.templates[id] ?? id),
    );
  });
  const allow = await env.shell.dialog('pv-subscribe', '“申诉向导”想给你发送以下消息', h('div', {}, list), [
    { label: '取消', value: false, testid: 'pv-subscribe-reject' },
    { label: '允许', value: true, testid: 'pv-subscribe-accept', primary: true },
  ]);
  const results: Record<string, 'accept' | 'reject'> = {};
  ids.forEach((id, i) => {
    results[id] = allow && (boxes[i] as HTMLInputElement).checked ? 'accept' : 'reject';
  });
  return results;
}

// ---- sharing --------------------------------------------------------------------------------------

function sharing(env: WxEnv): Record<string, unknown> {
  const menu = (api: string) => asyncApi(api, (o) => env.log(api, JSON.stringify(o.menus ?? [])));
  return {
    showShareMenu: menu('showShareMenu'),
    hideShareMenu: menu('hideShareMenu'),
    updateShareMenu: menu('updateShareMenu'),
    shareAppMessage: asyncApi('shareAppMessage', () => env.share('menu')),
  };
}

// ---- real-time log --------------------------------------------------------------------------------

/** WeChat's real-time log (运维中心 → 实时日志): each line goes to the side panel's log and is kept in order. */
function realtimeLog(env: WxEnv): Record<string, unknown> {
  let filter = '';
  const line =
    (level: string) =>
    (...args: unknown[]) => {
      const entry = { level, filter, args: JSON.parse(JSON.stringify(args)) as unknown[] };
      env.realtimeLog.push(entry);
      env.log(`realtimeLog.${level}`, `${filter ? `[${filter}] ` : ''}${JSON.stringify(args)}`);
    };
  const manager = {
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    setFilterMsg: (msg: string) => void (filter = String(msg)),
    addFilterMsg: (msg: string) => void (filter = filter ? `${filter} ${String(msg)}` : String(msg)),
    in: () => manager,
    getCurrentState: () => ({ size: 0, maxSize: 5120, logCount: env.realtimeLog.length, maxLogCount: 200 }),
  };
  return { getRealtimeLogManager: () => manager };
}

// ---- canvas: absent, failing politely ------------------------------------------------------------

function canvas(): Record<string, unknown> {
  const noop = new Proxy({}, { get: () => () => undefined });
  return {
    createCanvasContext: () => {
      warnOnce('createCanvasContext', 'draws nothing in the preview (no native canvas)');
      return noop;
    },
    canvasToTempFilePath: asyncApi('canvasToTempFilePath', () => {
      throw new WxFail('canvas is not available in the browser preview');
    }),
    createOffscreenCanvas: () => {
      warnOnce('createOffscreenCanvas', 'is not available in the preview');
      return undefined;
    },
  };
}

/** simulate's stubs that are safe to use silently (the engine itself needs some of them). */
const QUIET = new Set([
  'nextTick',
  'createSelectorQuery',
  'createIntersectionObserver',
  'createAnimation',
  'env',
  'getUpdateManager',
  'getLogManager',
  'reportAnalytics',
  'reportEvent',
  'getPerformance',
  'base64ToArrayBuffer',
  'arrayBufferToBase64',
]);

export function createWx(env: WxEnv): Record<string, unknown> {
  const own: Record<string, unknown> = {
    ...storage(env),
    ...navigation(env),
    ...interaction(env),
    ...deviceFeatures(env),
    ...system(env),
    ...privacy(env),
    ...subscriptions(env),
    ...sharing(env),
    ...realtimeLog(env),
    ...canvas(),
    getLaunchOptionsSync: () => ({
      path: env.router.top?.route ?? '',
      query: {},
      scene: 1001,
      referrerInfo: {},
    }),
    getEnterOptionsSync: () => ({
      path: env.router.top?.route ?? '',
      query: {},
      scene: 1001,
      referrerInfo: {},
    }),
    cloud: cloud(env),
  };
  const wx: Record<string, unknown> = {};
  for (const [name, stub] of Object.entries(simApi)) {
    wx[name] =
      typeof stub === 'function' && !QUIET.has(name)
        ? (...args: unknown[]) => {
            warnOnce(name, 'is only stubbed in the preview (does nothing)');
            return (stub as (...a: unknown[]) => unknown)(...args);
          }
        : stub;
  }
  Object.assign(wx, own);
  return new Proxy(wx, {
    get(target, prop) {
      if (typeof prop !== 'string' || prop in target) return target[prop as string];
      warnOnce(prop);
      if (/Sync$/.test(prop) || /^(on|off|create)[A-Z]/.test(prop)) return () => undefined;
      return asyncApi(prop, () => {
        throw new WxFail('not supported in the browser preview');
      });
    },
  });
}
