/// <reference lib="dom" />
/**
 * The rendering engine: miniprogram-simulate + j-component + exparser (the open-source part of WeChat's
 * component framework), fed with templates compiled by WeChat's own wcc, a CommonJS loader over the
 * built JS, and the WXSS prepared in Node (tools/preview/css.ts).
 */
import path from 'path-browserify';
import simulate from 'miniprogram-simulate/src/index';
import simUtils from 'miniprogram-simulate/src/utils';
import simWxss from 'miniprogram-simulate/src/wxss';
import jcUtils from 'j-component/src/tool/utils';
import jcRender from 'j-component/src/render/render';
import exparser from 'miniprogram-exparser';
import { convertUnits } from './device';
import type { PreviewBundle } from '../compile';

export type Bundle = PreviewBundle;

const PREFIX_TOKEN = /__PV__/g;
const HOST_TOKEN = /__PVHOST__/g;

interface Module {
  exports: unknown;
}

interface AnimationStep {
  option?: { transition?: { duration?: number; delay?: number } };
}

/** Fire the `transitionend` j-component waits for between the steps of a wx.createAnimation export. */
function scheduleSteps(node: unknown, value: unknown): void {
  const actions = (value as { actions?: AnimationStep[] } | null)?.actions ?? [];
  let at = 0;
  actions.slice(0, -1).forEach((step) => {
    at += (step.option?.transition?.duration ?? 400) + (step.option?.transition?.delay ?? 0) + 16;
    setTimeout(
      () =>
        exparser.Event.dispatchEvent(node, exparser.Event.create('transitionend', {}, { bubbles: false })),
      at,
    );
  });
}

export class Engine {
  private readonly modules = new Map<string, Module>();
  private readonly loaded = new Map<string, string>();
  private readonly injected = new Set<string>();
  private readonly pageStyles = new Map<string, HTMLStyleElement>();
  private pendingCss: { path: string; prefix: string }[] = [];
  /** Components whose options let app.wxss style them (addGlobalClass, styleIsolation apply-shared/shared). */
  private readonly sharesAppStyles = new Set<string>();
  /** The component file whose JS is running (its Component() call is recorded against it). */
  private running = '';
  private gwx: ((file: string) => unknown) | null = null;
  private readonly templates = new Map<string, unknown>();

  constructor(
    readonly bundle: Bundle,
    private readonly styleHost: HTMLElement,
    private readonly viewportHeight: () => number,
  ) {}

  /** Wire the engine into miniprogram-simulate. Call once, before anything renders. */
  install(): void {
    const w = window as unknown as Record<string, unknown>;
    w.__webview_engine_version__ = 0.02;
    this.gwx = new Function(this.bundle.gwx)() as (file: string) => unknown;
    // simulate's browser `fs` reads this map: JSON as text, `.wxml` as wcc-compiled template functions.
    w.__FILE_MAP__ = new Proxy(
      {},
      {
        get: (_target, key) => (typeof key === 'string' ? this.readFile(key) : undefined),
      },
    );
    simUtils.runJs = (filePath) => {
      const outer = this.running;
      this.running = this.normalize(filePath);
      try {
        return this.exec(`${this.running}.js`, true);
      } finally {
        this.running = outer;
      }
    };
    this.watchComponentOptions(w);
    simWxss.getContent = (filePath) => filePath;
    simWxss.compile = (filePath, options) => {
      this.pendingCss.push({
        path: this.normalize(filePath).replace(/\.wxss$/, ''),
        prefix: options.prefix ?? '',
      });
      return '';
    };
    simWxss.insert = () => undefined;
    jcUtils.transformRpx = (style) => convertUnits(String(style), this.viewportHeight());
    this.fixAnimationOrder();
    this.addStyle('app.wxss', this.bundle.appCss, 'page');
  }

  /**
   * wx.createAnimation styles must win over the element's `style` attribute, as in WeChat. j-component
   * applies attributes alphabetically (animation before style), so the style wiped the animated height
   * (e.g. van-collapse-item never opened): apply `animation` last and keep its styles across re-renders.
   * Steps advance on a timer (j-component waited for a transitionend that never comes when a step
   * changes nothing).
   */
  private fixAnimationOrder(): void {
    const original = jcRender.updateAttrs;
    jcRender.updateAttrs = (node, attrs) => {
      const animation = attrs.filter((a) => a.name === 'animation');
      original(node, [...attrs.filter((a) => a.name !== 'animation'), ...animation]);
      for (const a of animation) scheduleSteps(node, a.value);
      const kept = node.__animationStyle?.style;
      if (animation.length || !kept || !node.$$ || !attrs.some((a) => a.name === 'style')) return;
      for (const [key, value] of Object.entries(kept))
        node.$$.style.setProperty(key, convertUnits(String(value), this.viewportHeight()));
    };
  }

  /** Record which components take app.wxss, as WeChat's `addGlobalClass` / `styleIsolation` say. */
  private watchComponentOptions(w: Record<string, unknown>): void {
    const register = w.Component as (definition: Record<string, unknown>) => unknown;
    w.Component = (definition: Record<string, unknown>) => {
      const options = (definition.options ?? {}) as { addGlobalClass?: boolean; styleIsolation?: string };
      const shared = options.styleIsolation === 'apply-shared' || options.styleIsolation === 'shared';
      if (this.running && (options.addGlobalClass || shared)) this.sharesAppStyles.add(this.running);
      return register(definition);
    };
  }

  private normalize(file: string): string {
    return path.normalize(file).replace(/^\/+/, '');
  }

  private readFile(key: string): unknown {
    const file = this.normalize(key);
    if (file.endsWith('.wxml')) {
      if (!this.templates.has(file) && this.gwx) this.templates.set(file, this.gwx(file));
      return this.templates.get(file);
    }
    return this.bundle.files[file];
  }

  // ---- CommonJS over the file map --------------------------------------------------------------

  resolve(from: string, request: string): string | null {
    const dir = path.dirname(from);
    let bases: string[];
    if (request.startsWith('/')) bases = [request];
    else if (request.startsWith('.')) bases = [path.join(dir, request)];
    else bases = [`miniprogram_npm/${request}`, path.join(dir, request)];
    for (const base of bases) {
      for (const ext of ['', '.js', '/index.js']) {
        const file = this.normalize(base + ext);
        if (file.endsWith('.js') && this.bundle.files[file] !== undefined) return file;
      }
    }
    return null;
  }

  require(from: string, request: string): unknown {
    const file = this.resolve(from, request);
    if (!file) throw new Error(`module "${request}" not found (required from /${from})`);
    return this.exec(file, false);
  }

  /** Run a module. `fresh` re-runs it (component files must call Component() again on each load). */
  exec(file: string, fresh: boolean): unknown {
    const cached = this.modules.get(file);
    if (cached && !fresh) return cached.exports;
    const code = this.bundle.files[file];
    if (code === undefined) throw new Error(`/${file} not found in the built mini program`);
    const module: Module = { exports: {} };
    this.modules.set(file, module);
    const fn = new Function(
      'require',
      'module',
      'exports',
      '__filename',
      '__dirname',
      `${code}\n//# sourceURL=mp:///${file}`,
    );
    fn.call(
      module.exports,
      (request: string) => this.require(file, request),
      module,
      module.exports,
      `/${file}`,
      `/${path.dirname(file)}`,
    );
    return module.exports;
  }

  // ---- styles ----------------------------------------------------------------------------------

  private addStyle(key: string, css: string, prefix: string): HTMLStyleElement {
    const style = document.createElement('style');
    style.dataset.wxss = key;
    style.textContent = convertUnits(
      css.replace(PREFIX_TOKEN, prefix).replace(HOST_TOKEN, prefix),
      this.viewportHeight(),
    );
    this.styleHost.appendChild(style);
    return style;
  }

  private flushCss(route: string): void {
    for (const { path: file, prefix } of this.pendingCss) {
      const css = this.bundle.css[file];
      const key = `${file}|${prefix}`;
      if (css === undefined || this.injected.has(key)) continue;
      this.injected.add(key);
      // app.wxss first, so the component's own rules win over it (same specificity) as in WeChat.
      if (prefix !== 'page' && this.sharesAppStyles.has(file) && !this.injected.has(`app.wxss|${prefix}`)) {
        this.injected.add(`app.wxss|${prefix}`);
        this.addStyle(`app.wxss|${prefix}`, this.bundle.appCss, prefix);
      }
      const style = this.addStyle(file, css, prefix);
      if (file === route) this.pageStyles.set(route, style);
    }
    this.pendingCss = [];
  }

  /** Only the visible page's own WXSS applies (all pages share the `page` class prefix). */
  showPageStyle(route: string): void {
    for (const [r, style] of this.pageStyles) style.disabled = r !== route;
  }

  // ---- pages -----------------------------------------------------------------------------------

  /** Register a page and everything it uses (once per route); returns the component id to render. */
  loadPage(route: string): string {
    const known = this.loaded.get(route);
    if (known) return known;
    this.pendingCss = [];
    const id = simulate.load(`/${route}`, 'page', { rootPath: '/', compiler: 'official' });
    this.flushCss(route);
    this.loaded.set(route, id);
    return id;
  }
}
