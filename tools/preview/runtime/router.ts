/// <reference lib="dom" />
/**
 * The page stack, as WeChat runs it for pages built with Component(): each page is a component
 * instance with its lifecycle in `methods`. Order on open: created → attached → onLoad(query) →
 * onShow (+ pageLifetimes.show for every component of the page) → ready → onReady. Pages under the
 * top stay alive and hidden (onHide / onShow); navigateBack and redirectTo unload (onUnload, detached).
 */
import path from 'path-browserify';
import simulate, {
  type ExparserNode,
  type PageInstance,
  type RootComponent,
} from 'miniprogram-simulate/src/index';
import exparser from 'miniprogram-exparser';
import type { Engine } from './engine';
import { h, type NavState, type Shell } from './ui';

export interface PageRecord {
  readonly route: string;
  readonly query: Record<string, string>;
  readonly url: string;
  readonly comp: RootComponent;
  readonly instance: PageInstance;
  readonly wrap: HTMLElement;
  readonly config: Record<string, unknown>;
  title: string | null;
  navColor: { background: string; textStyle: 'black' | 'white' } | null;
  navLoading: boolean;
  atBottom: boolean;
}

export class NavigationError extends Error {}

export interface RouterHooks {
  onError(where: string, error: unknown): void;
  onChange(stack: readonly PageRecord[]): void;
  windowConfig(): Record<string, unknown>;
  resolveColor(value: unknown, fallback: string): string;
  tabPages(): string[];
}

export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const part of search.split('&')) {
    if (!part) continue;
    // As WeChat's route APIs parse it: values are NOT decoded (pages must decodeURIComponent), a key
    // without `=` gets the string "undefined", and a value is cut at its next `=`.
    const [key = '', value] = part.split('=');
    query[key] = value === undefined ? 'undefined' : value;
  }
  return query;
}

function walk(node: ExparserNode, visit: (n: ExparserNode) => void, topDown: boolean): void {
  const isComponent = node instanceof exparser.Component;
  if (isComponent && topDown) visit(node);
  if (isComponent && node.shadowRoot instanceof exparser.Element) walk(node.shadowRoot, visit, topDown);
  for (const c of node.childNodes) if (c instanceof exparser.Element) walk(c, visit, topDown);
  if (isComponent && !topDown) visit(node);
}

const MAX_STACK = 10;

export class Router {
  readonly stack: PageRecord[] = [];
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly engine: Engine,
    private readonly shell: Shell,
    private readonly hooks: RouterHooks,
  ) {}

  get top(): PageRecord | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Resolve a url (absolute, or relative to the current page) to a known page route and its query. */
  parse(url: string, api: string): { route: string; query: Record<string, string>; url: string } {
    const [rawPath = '', search = ''] = url.split('?');
    const base = this.top ? path.dirname(`/${this.top.route}`) : '/';
    const route = path
      .resolve(base, rawPath)
      .replace(/^\/+/, '')
      .replace(/\.html$/, '');
    if (!this.engine.bundle.pages.includes(route))
      throw new NavigationError(`${api}:fail page "${route}" is not found`);
    return { route, query: parseQuery(search), url: search ? `${route}?${search}` : route };
  }

  /** Run navigation steps one at a time, as WeChat does. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.busy.then(step, step);
    this.busy = next.catch(() => undefined);
    return next;
  }

  call(record: PageRecord, name: string, ...args: unknown[]): unknown {
    const fn = record.instance[name];
    if (typeof fn !== 'function') return undefined;
    try {
      const out = (fn as (...a: unknown[]) => unknown).apply(record.instance, args);
      if (out instanceof Promise) out.catch((e: unknown) => this.hooks.onError(`${record.route} ${name}`, e));
      return out;
    } catch (e) {
      this.hooks.onError(`${record.route} ${name}`, e);
      return undefined;
    }
  }

  private pageLifetime(record: PageRecord, name: 'show' | 'hide' | 'resize'): void {
    walk(record.comp._exparserNode, (n) => n.triggerPageLifeTime(name, []), true);
  }

  private setProperties(comp: RootComponent, query: Record<string, string>): void {
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(query)) {
      if (!exparser.Component.hasPublicProperty(comp._exparserNode, key)) continue;
      const current = comp.instance.data[key];
      props[key] =
        typeof current === 'number'
          ? Number(value)
          : typeof current === 'boolean'
            ? value !== 'false' && value !== ''
            : value;
    }
    if (Object.keys(props).length) comp.instance.setData(props);
  }

  private create(target: { route: string; query: Record<string, string>; url: string }): PageRecord {
    const comp = simulate.render(this.engine.loadPage(target.route));
    const instance = comp.instance;
    Object.assign(instance, { route: target.route, __route__: target.route, options: target.query });
    this.setProperties(comp, target.query);
    const wrap = h('div', { class: 'pv-page-wrap', 'data-route': target.route, 'data-testid': 'pv-page' });
    const raw = this.engine.bundle.files[`${target.route}.json`];
    const config = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const record: PageRecord = {
      ...target,
      comp,
      instance,
      wrap,
      config,
      title: null,
      navColor: null,
      navLoading: false,
      atBottom: false,
    };
    wrap.addEventListener('scroll', () => this.onScroll(record), { passive: true });
    return record;
  }

  private onScroll(record: PageRecord): void {
    const { scrollTop, scrollHeight, clientHeight } = record.wrap;
    this.call(record, 'onPageScroll', { scrollTop });
    const distance = Number(
      record.config.onReachBottomDistance ?? this.hooks.windowConfig().onReachBottomDistance ?? 50,
    );
    const atBottom = scrollHeight - scrollTop - clientHeight <= distance;
    if (atBottom && !record.atBottom) this.call(record, 'onReachBottom');
    record.atBottom = atBottom;
  }

  private async open(target: { route: string; query: Record<string, string>; url: string }): Promise<void> {
    this.markBusy(target.route);
    let record: PageRecord;
    try {
      record = this.create(target);
    } catch (e) {
      // A page that cannot even be built (JS error, missing component): say so, do not hang.
      document.documentElement.dataset.pvState = 'error';
      this.hooks.onError(`${target.route} load`, e);
      if (this.top) this.reveal(this.top);
      throw e;
    }
    this.shell.viewport.append(record.wrap);
    record.wrap.append(record.comp.dom);
    record.comp.parentNode = record.wrap;
    this.stack.push(record);
    this.reveal(record);
    exparser.Element.pretendAttached(record.comp._exparserNode);
    this.call(record, 'onLoad', target.query);
    this.call(record, 'onShow');
    this.pageLifetime(record, 'show');
    walk(record.comp._exparserNode, (n) => n.triggerLifeTime('ready', []), false);
    this.call(record, 'onReady');
    await this.settle();
  }

  private hide(record: PageRecord): void {
    this.call(record, 'onHide');
    this.pageLifetime(record, 'hide');
    record.wrap.hidden = true;
  }

  private unload(record: PageRecord): void {
    this.call(record, 'onUnload');
    try {
      record.comp.detach();
    } catch (e) {
      this.hooks.onError(`${record.route} detach`, e);
    }
    record.wrap.remove();
    const i = this.stack.indexOf(record);
    if (i >= 0) this.stack.splice(i, 1);
  }

  private resume(record: PageRecord): void {
    this.markBusy(record.route);
    this.reveal(record);
    this.call(record, 'onShow');
    this.pageLifetime(record, 'show');
  }

  /** Make `record` the visible page: its styles, its navigation bar, its tab bar state. */
  reveal(record: PageRecord): void {
    for (const r of this.stack) r.wrap.hidden = r !== record;
    this.engine.showPageStyle(record.route);
    this.refreshChrome();
  }

  refreshChrome(): void {
    const record = this.top;
    if (!record) return;
    const win = { ...this.hooks.windowConfig(), ...record.config };
    const nav: NavState = {
      title: record.title ?? String(win.navigationBarTitleText ?? ''),
      background:
        record.navColor?.background ?? this.hooks.resolveColor(win.navigationBarBackgroundColor, '#ffffff'),
      textStyle:
        record.navColor?.textStyle ??
        (this.hooks.resolveColor(win.navigationBarTextStyle, 'black') === 'white' ? 'white' : 'black'),
      canGoBack: this.stack.length > 1,
      custom: win.navigationStyle === 'custom',
      loading: record.navLoading,
    };
    this.shell.setNav(nav);
    this.shell.setBackground(this.hooks.resolveColor(win.backgroundColor, '#ffffff'));
    this.hooks.onChange(this.stack);
  }

  private markBusy(route: string): void {
    const root = document.documentElement;
    root.dataset.pvState = 'loading';
    root.dataset.pvRoute = route;
  }

  private async settle(): Promise<void> {
    for (let i = 0; i < 3; i += 1) await new Promise((r) => setTimeout(r, 0));
    const root = document.documentElement;
    root.dataset.pvState = 'ready';
    root.dataset.pvNavCount = String(Number(root.dataset.pvNavCount ?? 0) + 1);
    if (this.top) history.replaceState(null, '', `#/${this.top.url}`);
  }

  // ---- the wx.* navigation APIs ------------------------------------------------------------------

  navigateTo(url: string): Promise<void> {
    return this.serial(async () => {
      const target = this.parse(url, 'navigateTo');
      if (this.hooks.tabPages().includes(target.route))
        throw new NavigationError('navigateTo:fail can not navigateTo a tabbar page');
      if (this.stack.length >= MAX_STACK)
        throw new NavigationError('navigateTo:fail webview count limit exceed');
      if (this.top) this.hide(this.top);
      await this.open(target);
    });
  }

  redirectTo(url: string): Promise<void> {
    return this.serial(async () => {
      const target = this.parse(url, 'redirectTo');
      if (this.hooks.tabPages().includes(target.route))
        throw new NavigationError('redirectTo:fail can not redirectTo a tabbar page');
      if (this.top) this.unload(this.top);
      await this.open(target);
    });
  }

  reLaunch(url: string, api = 'reLaunch'): Promise<void> {
    return this.serial(async () => {
      const target = this.parse(url, api);
      while (this.top) this.unload(this.top);
      await this.open(target);
    });
  }

  switchTab(url: string): Promise<void> {
    const route = url.split('?')[0] ?? '';
    if (!this.hooks.tabPages().includes(route.replace(/^\/+/, ''))) {
      return Promise.reject(new NavigationError(`switchTab:fail can not switch to no-tabBar page`));
    }
    return this.reLaunch(route, 'switchTab');
  }

  navigateBack(delta = 1): Promise<void> {
    return this.serial(async () => {
      if (this.stack.length <= 1)
        throw new NavigationError('navigateBack:fail cannot navigate back at first page.');
      const count = Math.min(Math.max(1, delta), this.stack.length - 1);
      for (let i = 0; i < count; i += 1) if (this.top) this.unload(this.top);
      if (this.top) this.resume(this.top);
      await this.settle();
    });
  }
}
