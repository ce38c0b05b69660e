/// <reference lib="dom" />
/**
 * The preview's chrome: the phone frame (status bar, navigation bar, tab bar, WeChat's own prompts)
 * and the side panel (test user, theme, privacy, outbox, wx call log). Every prompt a test needs to
 * find or press carries a data-testid.
 */

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

export interface DialogButton<T> {
  readonly label: string;
  readonly value: T;
  readonly testid: string;
  readonly primary?: boolean;
  readonly color?: string;
}

export interface LogEntry {
  readonly api: string;
  readonly detail: string;
  readonly time: string;
}

export interface NavState {
  title: string;
  background: string;
  textStyle: 'black' | 'white';
  canGoBack: boolean;
  custom: boolean;
  loading: boolean;
}

const TOAST_ICONS: Readonly<Record<string, string>> = { success: '✓', error: '✕', loading: '⟳' };

export class Shell {
  readonly phone = h('div', { id: 'pv-phone', 'data-testid': 'pv-phone', class: 'pv-theme-light' });
  readonly viewport = h('div', { class: 'pv-viewport', id: 'pv-viewport' });
  readonly overlays = h('div', { class: 'pv-overlays', 'data-testid': 'pv-overlays' });
  readonly side = h('aside', { id: 'pv-side', 'data-testid': 'pv-side' });
  readonly tabBar = h('div', { class: 'pv-tabbar', 'data-testid': 'pv-tabbar', hidden: '' });
  private readonly nav = h('div', { class: 'pv-nav', 'data-testid': 'pv-nav' });
  private readonly navTitle = h('div', { class: 'pv-nav-title', 'data-testid': 'pv-title' });
  readonly navBack = h(
    'button',
    { class: 'pv-nav-back', 'data-testid': 'pv-back', 'aria-label': '返回' },
    '‹',
  );
  readonly menuButton = h('span', { 'data-testid': 'pv-menu', title: '更多' }, '···');
  readonly closeButton = h('span', { 'data-testid': 'pv-close', title: '关闭' }, '◎');
  private readonly status = h('div', { class: 'pv-status' }, h('span', {}, '9:41'), h('span', {}, '5G ▮▮▮'));
  private toastLayer: HTMLElement | null = null;
  private toastTimer = 0;
  private loadingLayer: HTMLElement | null = null;

  constructor() {
    this.nav.append(
      this.navBack,
      this.navTitle,
      h('div', { class: 'pv-capsule' }, this.menuButton, this.closeButton),
    );
    this.phone.append(
      this.status,
      this.nav,
      this.viewport,
      this.tabBar,
      h('div', { class: 'pv-home-indicator' }),
      this.overlays,
    );
    document.body.append(h('div', { id: 'pv-shell' }, this.phone, this.side));
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.phone.classList.toggle('pv-theme-dark', theme === 'dark');
    this.phone.classList.toggle('pv-theme-light', theme !== 'dark');
  }

  setNav(state: NavState): void {
    this.nav.hidden = state.custom;
    this.viewport.classList.toggle('pv-custom-nav', state.custom);
    this.navTitle.textContent = state.loading ? `⟳ ${state.title}` : state.title;
    const color = state.textStyle === 'white' ? '#fff' : '#000';
    this.nav.style.background = state.background;
    this.nav.style.color = color;
    this.status.style.background = state.custom ? 'transparent' : state.background;
    this.status.style.color = color;
    this.navBack.hidden = !state.canGoBack;
  }

  setBackground(color: string): void {
    this.phone.style.background = color;
  }

  // ---- toasts and loading ---------------------------------------------------------------------

  toast(title: string, icon: string, duration: number, mask: boolean): void {
    this.hideToast();
    this.hideLoading();
    const glyph = TOAST_ICONS[icon];
    const box = h('div', { class: 'pv-toast', 'data-testid': 'pv-toast', role: 'status' });
    if (glyph) box.append(h('span', { class: 'pv-toast-icon' }, glyph));
    box.append(title);
    this.toastLayer = h('div', { class: `pv-layer pv-toast-layer ${mask ? '' : 'pv-passthrough'}` }, box);
    this.overlays.append(this.toastLayer);
    this.toastTimer = window.setTimeout(() => this.hideToast(), duration);
  }

  hideToast(): void {
    window.clearTimeout(this.toastTimer);
    this.toastLayer?.remove();
    this.toastLayer = null;
  }

  showLoading(title: string, mask: boolean): void {
    this.hideLoading();
    this.hideToast();
    const box = h('div', { class: 'pv-toast', 'data-testid': 'pv-loading', role: 'status' });
    box.append(h('span', { class: 'pv-toast-icon' }, '⟳'), title);
    this.loadingLayer = h('div', { class: `pv-layer pv-toast-layer ${mask ? '' : 'pv-passthrough'}` }, box);
    this.overlays.append(this.loadingLayer);
  }

  hideLoading(): void {
    this.loadingLayer?.remove();
    this.loadingLayer = null;
  }

  // ---- dialogs ----------------------------------------------------------------------------------

  /** A centred WeChat-style dialog; resolves with the value of the pressed button. */
  dialog<T>(testid: string, title: string, content: Node | string, buttons: DialogButton<T>[]): Promise<T> {
    return new Promise((resolve) => {
      const row = h('div', { class: 'pv-dialog-buttons' });
      const layer = h('div', { class: 'pv-layer pv-mask' });
      for (const b of buttons) {
        const btn = h('button', { 'data-testid': b.testid, class: b.primary ? 'pv-primary' : '' }, b.label);
        if (b.color) btn.style.color = b.color;
        btn.addEventListener('click', () => {
          layer.remove();
          resolve(b.value);
        });
        row.append(btn);
      }
      const box = h('div', { class: 'pv-dialog', 'data-testid': testid, role: 'dialog' });
      if (title) box.append(h('div', { class: 'pv-dialog-title', 'data-testid': `${testid}-title` }, title));
      box.append(h('div', { class: 'pv-dialog-content', 'data-testid': `${testid}-content` }, content), row);
      layer.append(box);
      this.overlays.append(layer);
    });
  }

  /** A bottom sheet (action sheet, share panel); resolves with the index pressed, or -1 for cancel. */
  sheet(testid: string, title: Node | string | null, items: string[], cancel = '取消'): Promise<number> {
    return new Promise((resolve) => {
      const layer = h('div', { class: 'pv-layer pv-mask pv-sheet' });
      const panel = h('div', { class: 'pv-sheet-panel', 'data-testid': testid, role: 'dialog' });
      const done = (i: number) => {
        layer.remove();
        resolve(i);
      };
      if (title !== null) panel.append(h('div', { class: 'pv-sheet-title' }, title));
      items.forEach((label, i) => {
        const b = h('button', { 'data-testid': `${testid}-item`, 'data-index': String(i) }, label);
        b.addEventListener('click', () => done(i));
        panel.append(b);
      });
      const c = h('button', { class: 'pv-sheet-cancel', 'data-testid': `${testid}-cancel` }, cancel);
      c.addEventListener('click', () => done(-1));
      layer.addEventListener('click', (e) => {
        if (e.target === layer) done(-1);
      });
      panel.append(c);
      layer.append(panel);
      this.overlays.append(layer);
    });
  }

  showError(message: string): void {
    const box = h('div', { class: 'pv-error', 'data-testid': 'pv-error' }, message);
    box.addEventListener('click', () => box.remove());
    this.overlays.append(box);
  }
}

// ---- side panel ---------------------------------------------------------------------------------

export interface SidePanelOptions {
  users: string[];
  user: string;
  theme: 'light' | 'dark';
  onUser(user: string): void;
  onTheme(theme: 'light' | 'dark'): void;
  onPrivacy(needsAuthorization: boolean): void;
  onSubscriptionsOff(off: boolean): void;
  onShareMenu(): void;
  onRelaunch(): void;
}

export class SidePanel {
  private readonly logList = h('ol', { 'data-testid': 'pv-log' });
  private readonly outboxList = h('ol', { 'data-testid': 'pv-outbox' });
  private readonly outboxNote = h('div', { class: 'pv-muted', 'data-testid': 'pv-outbox-status' }, '…');
  private readonly route = h('code', { 'data-testid': 'pv-route' });

  constructor(host: HTMLElement, opts: SidePanelOptions) {
    const user = h('select', { 'data-testid': 'pv-user' });
    for (const u of opts.users) user.append(h('option', { value: u }, u));
    user.value = opts.user;
    user.addEventListener('change', () => opts.onUser(user.value));
    const theme = h(
      'select',
      { 'data-testid': 'pv-theme' },
      h('option', { value: 'light' }, '浅色'),
      h('option', { value: 'dark' }, '深色'),
    );
    theme.value = opts.theme;
    theme.addEventListener('change', () => opts.onTheme(theme.value === 'dark' ? 'dark' : 'light'));
    const privacy = h('input', { type: 'checkbox', 'data-testid': 'pv-privacy-toggle' });
    privacy.addEventListener('change', () => opts.onPrivacy(privacy.checked));
    const subOff = h('input', { type: 'checkbox', 'data-testid': 'pv-subscribe-off' });
    subOff.addEventListener('change', () => opts.onSubscriptionsOff(subOff.checked));
    const share = h('button', { 'data-testid': 'pv-share-menu' }, '右上角「转发」');
    share.addEventListener('click', () => opts.onShareMenu());
    const relaunch = h('button', { 'data-testid': 'pv-relaunch' }, '重新进入首页');
    relaunch.addEventListener('click', () => opts.onRelaunch());
    host.append(
      h(
        'section',
        {},
        h('h3', {}, '申诉向导 · 浏览器预览'),
        h('label', {}, '测试用户 ', user),
        h('label', {}, '主题 ', theme),
        h('label', {}, privacy, ' 需要隐私授权'),
        h('label', {}, subOff, ' 订阅消息总开关已关'),
        h('div', { style: 'margin-top:8px' }, share, ' ', relaunch),
        h('div', { style: 'margin-top:8px' }, '页面栈 ', this.route),
      ),
      h('section', {}, h('h3', {}, '本地云 · 订阅消息发件箱 (outbox)'), this.outboxNote, this.outboxList),
      h('section', {}, h('h3', {}, 'wx 调用记录'), this.logList),
    );
  }

  setRoute(stack: string[]): void {
    this.route.textContent = stack.join(' → ') || '(空)';
  }

  log(entry: LogEntry): void {
    this.logList.append(
      h(
        'li',
        { 'data-testid': 'pv-log-item', 'data-api': entry.api },
        h('span', { class: 'pv-muted' }, `${entry.time} `),
        `${entry.api} `,
        h('code', {}, entry.detail),
      ),
    );
    this.logList.scrollTop = this.logList.scrollHeight;
  }

  setOutbox(items: { summary: string; raw: string }[], status: string): void {
    this.outboxNote.textContent = status;
    const fresh = items.map((m, i) =>
      h('li', { 'data-testid': 'pv-outbox-item', 'data-index': String(i), title: m.raw }, m.summary),
    );
    this.outboxList.replaceChildren(...fresh);
  }
}
