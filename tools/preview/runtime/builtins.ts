/// <reference lib="dom" />
/**
 * WeChat's built-in components, as far as a browser can show them. miniprogram-simulate registers every
 * built-in as an empty `<slot/>` wrapper; here the ones a page needs to be usable get real behaviour:
 * `hidden` everywhere, text entry for input/textarea, pictures for image, open-type for button,
 * navigator, scroll-view, rich-text, icon, progress and switch. Native-only ones (canvas, map, video,
 * camera…) render a labelled placeholder box.
 */
import jComponent from 'j-component';

/** What the built-ins need from the rest of the preview. */
export interface BuiltinHost {
  buttonOpenType(openType: string, node: Caller): void;
  openPicker(node: Caller): void;
  navigate(openType: string, url: string, delta: number): void;
  assetUrl(src: string): string;
}

/** `this` inside a component definition (j-component's method caller). */
export interface Caller {
  data: Record<string, unknown>;
  triggerEvent(name: string, detail?: unknown, options?: Record<string, unknown>): void;
  _exparserNode: {
    $$: HTMLElement;
    dataset?: Record<string, unknown>;
    id?: string;
    addListener(name: string, fn: () => void): void;
  };
  [key: string]: unknown;
}

type Def = Record<string, unknown>;

const hiddenProperty = {
  hidden: {
    type: Boolean,
    value: false,
    observer(this: Caller, value: boolean) {
      this._exparserNode.$$.toggleAttribute('hidden', !!value);
    },
  },
};

function register(name: string, def: Def = {}): void {
  const properties = { ...hiddenProperty, ...((def.properties as Def | undefined) ?? {}) };
  jComponent.register({ id: name, tagName: `wx-${name}`, template: '<slot/>', ...def, properties });
}

const PLAIN = [
  'view',
  'cover-view',
  'cover-image',
  'swiper',
  'swiper-item',
  'movable-area',
  'movable-view',
  'text',
  'label',
  'form',
  'checkbox-group',
  'checkbox',
  'radio-group',
  'radio',
  'picker-view',
  'picker-view-column',
  'slider',
  'root-portal',
  'page-container',
  'match-media',
  'grid-view',
  'list-view',
  'sticky-header',
  'sticky-section',
  'navigation-bar',
  'page-meta',
  'official-account',
  'open-data',
  'ad',
  'web-view',
];
const NATIVE_ONLY = [
  'canvas',
  'map',
  'video',
  'camera',
  'live-player',
  'live-pusher',
  'editor',
  'voip-room',
  'channel-video',
];

function el(caller: Caller): HTMLElement {
  return caller._exparserNode.$$;
}

function child<K extends keyof HTMLElementTagNameMap>(caller: Caller, tag: K): HTMLElementTagNameMap[K] {
  const host = el(caller);
  const existing = host.querySelector(`:scope > ${tag}`);
  if (existing) return existing as HTMLElementTagNameMap[K];
  const node = document.createElement(tag);
  node.dataset.pvNative = '';
  host.appendChild(node);
  return node;
}

/** textarea auto-height: the host grows with its content. */
function fitHeight(c: Caller, f: HTMLTextAreaElement): void {
  f.style.height = 'auto';
  const h = `${f.scrollHeight}px`;
  f.style.height = h;
  el(c).style.height = h;
}

const INPUT_MODES: Readonly<Record<string, string>> = { number: 'numeric', digit: 'decimal', idcard: 'text' };

function syncInputType(f: HTMLInputElement, d: Record<string, unknown>): void {
  f.type = d.password || d.type === 'safe-password' ? 'password' : 'text';
  f.inputMode = INPUT_MODES[String(d.type)] ?? 'text';
}

/** input and textarea: a real browser field inside the host, events as WeChat names them. */
function textField(tag: 'input' | 'textarea'): Def {
  const field = (c: Caller) => child(c, tag) as HTMLInputElement | HTMLTextAreaElement;
  const sync = (c: Caller) => {
    const f = field(c);
    const d = c.data;
    const value = d.value === undefined || d.value === null ? '' : String(d.value);
    if (f.value !== value) f.value = value;
    f.placeholder = String(d.placeholder ?? '');
    f.disabled = !!d.disabled;
    const max = Number(d.maxlength ?? 140);
    if (max >= 0) f.maxLength = max;
    else f.removeAttribute('maxlength');
    if (f instanceof HTMLInputElement) syncInputType(f, d);
    else if (d.autoHeight) fitHeight(c, f);
    if (d.focus && document.activeElement !== f) setTimeout(() => f.focus(), 0);
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      value: { type: null, value: '', observer },
      placeholder: { type: String, value: '', observer },
      disabled: { type: Boolean, value: false, observer },
      maxlength: { type: Number, value: 140, observer },
      password: { type: Boolean, value: false, observer },
      type: { type: String, value: 'text', observer },
      focus: { type: Boolean, value: false, observer },
      autoHeight: { type: Boolean, value: false },
      confirmType: { type: String, value: 'done' },
    },
    attached(this: Caller) {
      const f = field(this);
      sync(this);
      f.addEventListener('input', () => {
        if (f instanceof HTMLTextAreaElement && this.data.autoHeight) fitHeight(this, f);
        this.triggerEvent('input', {
          value: f.value,
          cursor: f.selectionStart ?? f.value.length,
          keyCode: 0,
        });
      });
      f.addEventListener('focus', () => this.triggerEvent('focus', { value: f.value, height: 0 }));
      f.addEventListener('blur', () => this.triggerEvent('blur', { value: f.value, cursor: f.value.length }));
      f.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter' && tag === 'input')
          this.triggerEvent('confirm', { value: f.value });
      });
    },
  };
}

const IMAGE_FIT: Readonly<Record<string, string>> = {
  scaleToFill: 'fill',
  aspectFit: 'contain',
  aspectFill: 'cover',
  widthFix: 'fill',
  heightFix: 'fill',
};

function image(host: BuiltinHost): Def {
  const sync = (c: Caller) => {
    const img = child(c, 'img');
    const src = String(c.data.src ?? '');
    const mode = String(c.data.mode ?? 'scaleToFill');
    img.style.objectFit = IMAGE_FIT[mode] ?? 'none';
    el(c).dataset.mode = mode;
    if (src && img.getAttribute('data-src') !== src) {
      img.setAttribute('data-src', src);
      img.src = host.assetUrl(src);
    }
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      src: { type: String, value: '', observer },
      mode: { type: String, value: 'scaleToFill', observer },
    },
    attached(this: Caller) {
      const img = child(this, 'img');
      img.alt = '';
      img.addEventListener('load', () =>
        this.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight }),
      );
      img.addEventListener('error', () => this.triggerEvent('error', { errMsg: `GET ${img.src} failed` }));
      sync(this);
    },
  };
}

function button(host: BuiltinHost): Def {
  return {
    properties: {
      openType: { type: String, value: '' },
      formType: { type: String, value: '' },
      disabled: { type: Boolean, value: false },
      loading: { type: Boolean, value: false },
      type: { type: String, value: 'default' },
      size: { type: String, value: 'default' },
      plain: { type: Boolean, value: false },
    },
    attached(this: Caller) {
      this._exparserNode.addListener('tap', () => {
        const openType = String(this.data.openType ?? '');
        if (openType && !this.data.disabled) host.buttonOpenType(openType, this);
      });
    },
  };
}

function picker(host: BuiltinHost): Def {
  return {
    properties: {
      mode: { type: String, value: 'selector' },
      range: { type: null, value: [] },
      rangeKey: { type: String, value: '' },
      value: { type: null, value: null },
      start: { type: String, value: '' },
      end: { type: String, value: '' },
      fields: { type: String, value: 'day' },
      disabled: { type: Boolean, value: false },
    },
    attached(this: Caller) {
      this._exparserNode.addListener('tap', () => {
        if (!this.data.disabled) host.openPicker(this);
      });
    },
  };
}

function navigator(host: BuiltinHost): Def {
  return {
    properties: {
      url: { type: String, value: '' },
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
    },
    attached(this: Caller) {
      this._exparserNode.addListener('tap', () =>
        host.navigate(String(this.data.openType), String(this.data.url), Number(this.data.delta)),
      );
    },
  };
}

function scrollView(): Def {
  const sync = (c: Caller) => {
    const s = el(c).style;
    s.overflowX = c.data.scrollX ? 'auto' : 'hidden';
    s.overflowY = c.data.scrollY ? 'auto' : 'hidden';
    if (typeof c.data.scrollTop === 'number') el(c).scrollTop = c.data.scrollTop;
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      scrollX: { type: Boolean, value: false, observer },
      scrollY: { type: Boolean, value: false, observer },
      scrollTop: { type: null, value: null, observer },
      lowerThreshold: { type: Number, value: 50 },
    },
    attached(this: Caller) {
      sync(this);
      const node = el(this);
      node.addEventListener('scroll', () => {
        const { scrollTop, scrollLeft, scrollHeight, scrollWidth, clientHeight } = node;
        this.triggerEvent('scroll', {
          scrollTop,
          scrollLeft,
          scrollHeight,
          scrollWidth,
          deltaX: 0,
          deltaY: 0,
        });
        if (scrollHeight - scrollTop - clientHeight < Number(this.data.lowerThreshold)) {
          this.triggerEvent('scrolltolower', { direction: 'bottom' });
        }
      });
    },
  };
}

interface RichNode {
  type?: string;
  name?: string;
  text?: string;
  attrs?: Record<string, string>;
  children?: RichNode[];
}

function richNodes(nodes: RichNode[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const n of nodes) {
    if (n.type === 'text') {
      frag.appendChild(document.createTextNode(n.text ?? ''));
      continue;
    }
    const e = document.createElement(/^[a-z][a-z0-9]*$/i.test(n.name ?? '') ? (n.name ?? 'span') : 'span');
    for (const [k, v] of Object.entries(n.attrs ?? {})) if (!/^on/i.test(k)) e.setAttribute(k, v);
    e.appendChild(richNodes(n.children ?? []));
    frag.appendChild(e);
  }
  return frag;
}

function richText(): Def {
  const sync = (c: Caller) => {
    const box = child(c, 'div');
    const nodes = c.data.nodes;
    if (typeof nodes === 'string') {
      const tpl = document.createElement('template');
      tpl.innerHTML = nodes;
      tpl.content.querySelectorAll('script,iframe,object,embed').forEach((n) => n.remove());
      box.replaceChildren(tpl.content);
    } else box.replaceChildren(richNodes(Array.isArray(nodes) ? (nodes as RichNode[]) : []));
  };
  return {
    properties: {
      nodes: {
        type: null,
        value: [],
        observer(this: Caller) {
          sync(this);
        },
      },
    },
    attached(this: Caller) {
      sync(this);
    },
  };
}

const ICONS: Readonly<Record<string, [string, string]>> = {
  success: ['✓', '#07c160'],
  success_no_circle: ['✓', '#07c160'],
  info: ['i', '#10aeff'],
  warn: ['!', '#f76260'],
  waiting: ['…', '#10aeff'],
  cancel: ['✕', '#f43530'],
  download: ['↓', '#07c160'],
  search: ['⌕', '#b2b2b2'],
  clear: ['✕', '#b2b2b2'],
};

function icon(): Def {
  const sync = (c: Caller) => {
    const [glyph, color] = ICONS[String(c.data.type)] ?? ['?', '#999'];
    const size = Number(c.data.size) || 23;
    const span = child(c, 'span');
    span.textContent = glyph;
    span.style.cssText = `display:inline-flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:50%;background:${String(c.data.color || color)};color:#fff;font-size:${Math.round(size * 0.6)}px;line-height:1`;
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      type: { type: String, value: '', observer },
      size: { type: null, value: 23, observer },
      color: { type: String, value: '', observer },
    },
    attached(this: Caller) {
      sync(this);
    },
  };
}

function progress(): Def {
  const sync = (c: Caller) => {
    const bar = child(c, 'div');
    const pct = Math.max(0, Math.min(100, Number(c.data.percent) || 0));
    const width = Number(c.data.strokeWidth) || 6;
    const active = String(c.data.activeColor || c.data.color || '#09bb07');
    const bg = String(c.data.backgroundColor || '#ebebeb');
    bar.style.cssText = `height:${width}px;background:linear-gradient(to right,${active} ${pct}%,${bg} ${pct}%)`;
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      percent: { type: Number, value: 0, observer },
      strokeWidth: { type: null, value: 6, observer },
      activeColor: { type: String, value: '', observer },
      color: { type: String, value: '', observer },
      backgroundColor: { type: String, value: '', observer },
    },
    attached(this: Caller) {
      sync(this);
    },
  };
}

function switchControl(): Def {
  const sync = (c: Caller) => {
    const box = child(c, 'input');
    box.type = 'checkbox';
    box.checked = !!c.data.checked;
    box.disabled = !!c.data.disabled;
    box.style.accentColor = String(c.data.color || '#04be02');
  };
  const observer = function (this: Caller) {
    sync(this);
  };
  return {
    properties: {
      checked: { type: Boolean, value: false, observer },
      disabled: { type: Boolean, value: false, observer },
      color: { type: String, value: '', observer },
    },
    attached(this: Caller) {
      sync(this);
      const box = child(this, 'input');
      box.addEventListener('change', () => this.triggerEvent('change', { value: box.checked }));
    },
  };
}

function placeholder(name: string): Def {
  return {
    attached(this: Caller) {
      const box = child(this, 'div');
      box.className = 'pv-native-placeholder';
      box.textContent = `<${name}> 预览中不可用`;
    },
  };
}

export function registerBuiltins(host: BuiltinHost): void {
  for (const name of PLAIN) register(name);
  for (const name of NATIVE_ONLY) register(name, placeholder(name));
  register('input', textField('input'));
  register('textarea', textField('textarea'));
  register('image', image(host));
  register('button', button(host));
  register('navigator', navigator(host));
  register('picker', picker(host));
  register('scroll-view', scrollView());
  register('rich-text', richText());
  register('icon', icon());
  register('progress', progress());
  register('switch', switchControl());
}
