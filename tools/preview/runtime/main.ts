/// <reference lib="dom" />
/**
 * Browser entry of the preview: loads /bundle.json (the built mini program, prepared by the preview
 * server), installs the engine, the built-in components and the `wx` shim, runs app.js, then opens the
 * page named in the location hash (`#/pages/x/index?a=1`) or the app's first page.
 */
import baseCss from './styles.css';
import { Engine, type Bundle } from './engine';
import { registerBuiltins, type BuiltinHost, type Caller } from './builtins';
import { Router, type PageRecord } from './router';
import { createWx, type WxEnv } from './wx';
import { installTouch } from './touch';
import { openPicker } from './picker';
import { Shell, SidePanel, h } from './ui';
import { windowHeight } from './device';
import exparser from 'miniprogram-exparser';

interface BootConfig extends Bundle {
  readonly templates: Record<string, string>;
  readonly users: { readonly name: string; readonly openid: string }[];
  readonly sdkVersion: string;
}

interface PreviewState {
  user: string;
  openid: string;
  log: { api: string; detail: string; time: string }[];
  errors: string[];
  /** Lines written to WeChat's real-time log (wx.getRealtimeLogManager). */
  realtimeLog: { level: string; filter: string; args: unknown[] }[];
  clipboard: string;
  stack(): string[];
}

type AppInstance = Record<string, unknown> & { globalData?: Record<string, unknown> };
type Theme = 'light' | 'dark';

const w = window as unknown as Record<string, unknown>;

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  if (error && typeof error === 'object' && 'errMsg' in error)
    return String((error as { errMsg: unknown }).errMsg);
  return String(error);
}

class Preview {
  private readonly shell = new Shell();
  private readonly state: PreviewState;
  private readonly engine: Engine;
  private readonly router: Router;
  private readonly panel: SidePanel;
  private readonly themeListeners = new Set<(res: { theme: string }) => void>();
  private app: AppInstance | null = null;
  private theme: Theme;
  private needsPrivacy = false;
  private subscriptionsOff = false;
  /** WeChat's click state: held while a tap handler runs, consumed by the API that needs it. */
  private tapDepth = 0;
  private clickConsumed = false;
  private readonly user: { name: string; openid: string };

  constructor(private readonly cfg: BootConfig) {
    const saved = localStorage.getItem('pv:user');
    this.user = cfg.users.find((u) => u.name === saved) ?? cfg.users[0] ?? { name: 'alice', openid: 'alice' };
    const savedTheme = localStorage.getItem('pv:theme');
    this.theme =
      savedTheme === 'dark' || savedTheme === 'light'
        ? savedTheme
        : matchMedia('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
    this.state = {
      user: this.user.name,
      openid: this.user.openid,
      log: [],
      errors: [],
      realtimeLog: [],
      clipboard: '',
      stack: () => this.router.stack.map((r) => r.url),
    };
    w.__pv = this.state;
    this.shell.setTheme(this.theme);
    this.engine = new Engine(cfg, document.head, () => windowHeight(this.hasTabBar(), false));
    this.router = new Router(this.engine, this.shell, {
      onError: (where, e) => this.error(where, e),
      onChange: (stack) => this.onStackChange(stack),
      windowConfig: () => (cfg.app.window ?? {}) as Record<string, unknown>,
      resolveColor: (v, fallback) => this.resolveColor(v, fallback),
      tabPages: () => (cfg.app.tabBar?.list ?? []).map((t) => t.pagePath),
    });
    this.panel = new SidePanel(this.shell.side, {
      users: cfg.users.map((u) => u.name),
      user: this.user.name,
      theme: this.theme,
      onUser: (name) => {
        // A different WeChat account is a fresh app launch: reload on the same page.
        localStorage.setItem('pv:user', name);
        location.reload();
      },
      onTheme: (t) => this.setTheme(t),
      onPrivacy: (on) => {
        this.needsPrivacy = on;
      },
      onSubscriptionsOff: (off) => {
        this.subscriptionsOff = off;
      },
      onShareMenu: () => void this.share('menu'),
      onRelaunch: () =>
        void this.router.reLaunch(`/${this.entry()}`).catch((e: unknown) => this.error('reLaunch', e)),
    });
  }

  private hasTabBar(): boolean {
    return !!this.cfg.app.tabBar?.list?.length;
  }

  private entry(): string {
    return (this.cfg.app.entryPagePath ?? this.cfg.pages[0] ?? '').replace(/^\/+/, '');
  }

  private resolveColor(value: unknown, fallback: string): string {
    if (typeof value !== 'string' || !value) return fallback;
    if (!value.startsWith('@')) return value;
    return this.cfg.theme?.[this.theme]?.[value.slice(1)] ?? fallback;
  }

  log(api: string, detail: string): void {
    const entry = { api, detail, time: clock() };
    this.state.log.push(entry);
    this.panel.log(entry);
  }

  error(where: string, e: unknown): void {
    const text = `${where}: ${describe(e)}`;
    this.state.errors.push(text);
    console.error(`[preview] ${text}`);
    this.shell.showError(text);
  }

  private setTheme(theme: Theme): void {
    this.theme = theme;
    localStorage.setItem('pv:theme', theme);
    this.shell.setTheme(theme);
    this.router.refreshChrome();
    for (const fn of this.themeListeners) fn({ theme });
    const onThemeChange = this.app?.onThemeChange;
    if (typeof onThemeChange === 'function') onThemeChange.call(this.app, { theme });
  }

  private onStackChange(stack: readonly PageRecord[]): void {
    this.panel.setRoute(stack.map((r) => r.url));
    const top = stack[stack.length - 1];
    const tab = !!top && (this.cfg.app.tabBar?.list ?? []).some((t) => t.pagePath === top.route);
    this.shell.tabBar.hidden = !tab;
    this.shell.viewport.style.bottom = tab ? '84px' : '0';
  }

  async share(from: 'button' | 'menu', target?: unknown): Promise<void> {
    const top = this.router.top;
    if (!top) return;
    if (from === 'menu' && typeof top.instance.onShareAppMessage !== 'function') {
      this.shell.toast('当前页面不可转发', 'none', 1500, false);
      return;
    }
    const out = (this.router.call(top, 'onShareAppMessage', { from, target }) ?? {}) as Record<
      string,
      unknown
    >;
    let card = { ...out };
    if (out.promise instanceof Promise) {
      const late = await Promise.race([out.promise, new Promise((r) => setTimeout(() => r({}), 3000))]);
      card = { ...card, ...(late as Record<string, unknown>) };
    }
    const title = String(card.title ?? this.cfg.app.window?.navigationBarTitleText ?? '申诉向导');
    const pagePath = String(card.path ?? `/${top.url}`);
    this.log('share', `${title} ${pagePath}`);
    await this.showShareCard(title, pagePath, '发送给朋友');
  }

  /** The capsule's ··· menu: forward to a friend, share to Moments (when the page allows), relaunch. */
  private async capsuleMenu(): Promise<void> {
    const top = this.router.top;
    const items = ['转发给朋友', '分享到朋友圈', '重新进入小程序'];
    const i = await this.shell.sheet('pv-capsule-menu', null, items);
    if (i === 0) await this.share('menu');
    if (i === 2)
      await this.router.reLaunch(`/${this.entry()}`).catch((e: unknown) => this.error('reLaunch', e));
    if (i === 1 && top) await this.shareTimeline(top);
  }

  private async shareTimeline(top: PageRecord): Promise<void> {
    if (typeof top.instance.onShareTimeline !== 'function') {
      this.shell.toast('当前页面不可分享到朋友圈', 'none', 1500, false);
      return;
    }
    const out = (this.router.call(top, 'onShareTimeline') ?? {}) as Record<string, unknown>;
    const title = String(out.title ?? this.cfg.app.window?.navigationBarTitleText ?? '申诉向导');
    const query = typeof out.query === 'string' ? out.query : '';
    this.log('shareTimeline', `${title} ${top.route}${query ? `?${query}` : ''}`);
    await this.showShareCard(title, `/${top.route}${query ? `?${query}` : ''}`, '分享到朋友圈');
  }

  private async showShareCard(title: string, pagePath: string, action: string): Promise<void> {
    const preview = h(
      'div',
      { class: 'pv-share-card' },
      h('div', { 'data-testid': 'pv-share-title' }, title),
      h('div', { class: 'pv-share-path', 'data-testid': 'pv-share-path' }, pagePath),
    );
    const i = await this.shell.sheet('pv-share', preview, [action], '关闭');
    if (i === 0) this.shell.toast('已发送', 'success', 1500, false);
  }

  private builtinHost(): BuiltinHost {
    return {
      buttonOpenType: (openType, node) => this.buttonOpenType(openType, node),
      openPicker: (node) => void openPicker(this.shell, node, (api, detail) => this.log(api, detail)),
      navigate: (openType, url, delta) => this.navigate(openType, url, delta),
      assetUrl: (src) => this.assetUrl(src),
    };
  }

  private async buttonOpenType(openType: string, node: Caller): Promise<void> {
    const target = { id: node._exparserNode.id ?? '', dataset: node._exparserNode.dataset ?? {} };
    this.log(`button open-type=${openType}`, '');
    if (openType === 'share') return this.share('button', target);
    if (openType === 'getPhoneNumber' || openType === 'getRealtimePhoneNumber') {
      const ok = await this.shell.dialog('pv-phone-number', '申请获取你的手机号', '138****0000（预览）', [
        { label: '拒绝', value: false, testid: 'pv-phone-number-cancel' },
        { label: '允许', value: true, testid: 'pv-phone-number-confirm', primary: true },
      ]);
      const event = openType === 'getPhoneNumber' ? 'getphonenumber' : 'getrealtimephonenumber';
      node.triggerEvent(
        event,
        ok ? { errMsg: `${openType}:ok`, code: 'preview-code' } : { errMsg: `${openType}:fail user deny` },
      );
      return;
    }
    const simple: Record<string, [string, unknown]> = {
      contact: ['contact', { errMsg: 'enterContact:ok', path: '', query: {} }],
      openSetting: ['opensetting', { authSetting: {} }],
      agreePrivacyAuthorization: ['agreeprivacyauthorization', { buttonId: target.id }],
      chooseAvatar: ['chooseavatar', { avatarUrl: '' }],
      launchApp: ['error', { errMsg: 'launchApp:fail not supported in preview' }],
    };
    const hit = simple[openType];
    if (hit) node.triggerEvent(hit[0], hit[1]);
    else console.warn(`[preview] button open-type="${openType}" does nothing in the preview`);
  }

  private navigate(openType: string, url: string, delta: number): void {
    const r = this.router;
    const go: Record<string, () => Promise<void>> = {
      navigate: () => r.navigateTo(url),
      redirect: () => r.redirectTo(url),
      reLaunch: () => r.reLaunch(url),
      switchTab: () => r.switchTab(url),
      navigateBack: () => r.navigateBack(delta),
    };
    (go[openType] ?? go.navigate)?.().catch((e: unknown) => this.error(`navigator ${url}`, e));
  }

  private assetUrl(src: string): string {
    if (/^(https?:|data:|blob:)/.test(src)) return src;
    if (src.startsWith('/')) return `/mp${src}`;
    const base = (this.router.top?.route ?? '').split('/').slice(0, -1).join('/');
    return `/mp/${base ? `${base}/` : ''}${src}`;
  }

  private wxEnv(): WxEnv {
    return {
      shell: this.shell,
      router: this.router,
      user: this.user,
      templates: this.cfg.templates,
      hasTabBar: this.hasTabBar(),
      sdkVersion: this.cfg.sdkVersion,
      log: (api, detail) => this.log(api, detail),
      realtimeLog: this.state.realtimeLog,
      theme: () => this.theme,
      needsPrivacyAuthorization: () => this.needsPrivacy,
      subscriptionsOff: () => this.subscriptionsOff,
      takeGesture: () => this.takeGesture(),
      withGesture: (fn) => this.withGesture(fn),
      onThemeChange: (fn, add) => void (add ? this.themeListeners.add(fn) : this.themeListeners.delete(fn)),
      share: (from, target) => this.share(from, target),
    };
  }

  private installGlobals(): void {
    w.wx = createWx(this.wxEnv());
    w.getApp = () => this.app;
    w.getCurrentPages = () => this.router.stack.map((r) => r.instance);
    w.App = (options: AppInstance) => {
      this.app = options;
    };
    w.Page = (options: Record<string, unknown>) =>
      (w.Component as (d: unknown) => void)(pageToComponent(options));
    w.requirePlugin = (name: string) => {
      console.warn(`[preview] requirePlugin("${name}"): plugins are not available`);
      return {};
    };
  }

  /**
   * The click state, as WeChat documents it: a tap handler has it for its synchronous part (the preview
   * follows iOS, where it does not survive an `await`), showModal/showActionSheet callbacks get one, and
   * the API that needs it (requestSubscribeMessage) consumes it.
   */
  private trackTaps(): void {
    const original = exparser.Event.dispatchEvent.bind(exparser.Event);
    exparser.Event.dispatchEvent = (target, event) => {
      if ((event as { type?: string }).type !== 'tap') return original(target, event);
      this.clickConsumed = false;
      this.withGesture(() => original(target, event));
    };
  }

  private withGesture(fn: () => void): void {
    this.tapDepth += 1;
    try {
      fn();
    } finally {
      this.tapDepth -= 1;
    }
  }

  private takeGesture(): boolean {
    const has = this.tapDepth > 0 && !this.clickConsumed;
    if (has) this.clickConsumed = true;
    return has;
  }

  private pollOutbox(): void {
    const tick = async () => {
      try {
        const res = await fetch('/cloud/outbox');
        const list = (await res.json()) as unknown;
        const items = Array.isArray(list) ? list : [];
        this.panel.setOutbox(
          items.map((m) => summarizeOutbox(m as Record<string, unknown>, this.cfg.templates)),
          `${items.length} 条 · 每 1.5 秒刷新`,
        );
      } catch {
        this.panel.setOutbox([], '本地云暂时连不上');
      }
    };
    void tick();
    setInterval(() => void tick(), 1500);
  }

  /** App-level event handlers (App.onError, App.onUnhandledRejection), as WeChat calls them. */
  private appHook(name: 'onError' | 'onUnhandledRejection', arg: unknown): void {
    const fn = this.app?.[name];
    if (typeof fn === 'function') (fn as (a: unknown) => void).call(this.app, arg);
  }

  private launchApp(): void {
    this.engine.exec('app.js', false);
    const options = { path: this.entry(), query: {}, scene: 1001, referrerInfo: {} };
    for (const hook of ['onLaunch', 'onShow']) {
      const fn = this.app?.[hook];
      if (typeof fn !== 'function') continue;
      try {
        fn.call(this.app, options);
      } catch (e) {
        this.error(`App ${hook}`, e);
      }
    }
  }

  async start(): Promise<void> {
    registerBuiltins(this.builtinHost());
    this.engine.install();
    this.installGlobals();
    installTouch(this.shell.phone);
    this.trackTaps();
    this.shell.navBack.addEventListener(
      'click',
      () => void this.router.navigateBack(1).catch(() => undefined),
    );
    this.shell.menuButton.addEventListener('click', () => void this.capsuleMenu());
    this.renderTabBar();
    window.addEventListener('error', (e) => {
      this.error('uncaught', e.error ?? e.message);
      this.appHook('onError', describe(e.error ?? e.message));
    });
    window.addEventListener('unhandledrejection', (e) => {
      this.error('unhandled rejection', e.reason);
      this.appHook('onUnhandledRejection', { reason: e.reason, promise: e.promise });
    });
    window.addEventListener('hashchange', () => {
      const url = location.hash.replace(/^#\/?/, '');
      if (url && url !== this.router.top?.url)
        void this.router.reLaunch(`/${url}`).catch((e: unknown) => this.error('hash', e));
    });
    this.pollOutbox();
    this.launchApp();
    const fromHash = location.hash.replace(/^#\/?/, '');
    await this.router.reLaunch(`/${fromHash || this.entry()}`).catch(async (e: unknown) => {
      this.error('open', e);
      if (fromHash) await this.router.reLaunch(`/${this.entry()}`);
    });
  }

  private renderTabBar(): void {
    for (const item of this.cfg.app.tabBar?.list ?? []) {
      const b = h(
        'div',
        { class: 'pv-tabbar-item', 'data-testid': 'pv-tab', 'data-route': item.pagePath },
        item.text,
      );
      b.addEventListener(
        'click',
        () =>
          void this.router.switchTab(`/${item.pagePath}`).catch((e: unknown) => this.error('switchTab', e)),
      );
      this.shell.tabBar.append(b);
    }
  }
}

function pageToComponent(options: Record<string, unknown>): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) {
    if (k === 'data') continue;
    if (typeof v === 'function') methods[k] = v;
    else fields[k] = v;
  }
  return {
    data: options.data ?? {},
    methods,
    lifetimes: {
      created(this: Record<string, unknown>) {
        Object.assign(this, fields);
      },
    },
  };
}

function summarizeOutbox(
  m: Record<string, unknown>,
  templates: Record<string, string>,
): { summary: string; raw: string } {
  const data = (m.data ?? {}) as Record<string, { value?: unknown }>;
  const values = Object.entries(data)
    .map(([k, v]) => `${k}=${String(v?.value ?? '')}`)
    .join(' ');
  const title = templates[String(m.templateId)] ?? String(m.templateId);
  const status = m.errCode === 0 ? '✓ 已发送' : `✗ ${String(m.errCode)} ${String(m.errMsg ?? '')}`;
  const summary = `${String(m.time ?? '')} ${title} → ${String(m.touser ?? '')} ${status} · ${String(m.page ?? '')} · ${values}`;
  return { summary, raw: JSON.stringify(m) };
}

async function boot(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = baseCss;
  document.head.append(style);
  const res = await fetch('/bundle.json');
  if (!res.ok) {
    document.body.textContent = `预览无法加载小程序：${await res.text()}`;
    return;
  }
  await new Preview((await res.json()) as BootConfig).start();
}

void boot();
