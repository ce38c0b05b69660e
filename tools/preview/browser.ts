/**
 * End-to-end harness: the REAL built pages in the browser preview (tools/preview), talking to the local
 * cloud (tools/cloud) running the real cloud functions, driven by Debian's chromium through playwright-core.
 *
 *   const s = await openPreview();               // local cloud in memory + preview + browser
 *   await tap(s.page, '开始诊断');                  // visible text, or a selector / { testid }
 *   await expectText(s.page, '诊断结果');
 *   await s.screenshot('home');                  // .tmp/screens/home.png
 *   await s.close();
 *
 * Never `npx playwright install`: the browser is the Debian package (`apt-get install chromium`).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../cloud';
import { previewOpenid, startPreview, type Preview } from './index';
import { APP_COLLECTIONS } from '../cloud/app-database';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DIST_ROOT = path.join(REPO_ROOT, 'dist', 'compiled');
export const SCREENS_DIR = path.join(REPO_ROOT, '.tmp', 'screens');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Room for the phone (375×812 + frame) and the side panel. */
const VIEWPORT = { width: 1180, height: 880 };

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh, throwaway profile (playwright takes the profile dir as launchPersistentContext's first argument). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium fonts-noto-cjk)`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-guide-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // When anything in the page last scrolled (element scroll events reach a capturing window listener).
  await context.addInitScript(() => {
    window.addEventListener('scroll', () => ((window as ScrollClock).__e2eLastScroll = Date.now()), true);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenPreviewOptions {
  /** Overrides for the local cloud (in memory, random port, the console's collections by default). */
  readonly cloud?: Partial<LocalCloudOptions>;
  /** The compiled mini program, as uploaded (default dist/compiled; build it first, see prepareBuild). */
  readonly root?: string;
  /** Test users of the side panel (default alice, bob). */
  readonly users?: string[];
  /** Page to open first, e.g. 'pages/appeal/list/index?x=1' (default: the app's first page). */
  readonly route?: string;
}

export interface PreviewSession {
  readonly page: Page;
  readonly cloud: LocalCloud;
  readonly preview: Preview;
  /** Console errors and uncaught page errors seen so far (a healthy run keeps this empty). */
  readonly errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Start the local cloud (in memory) and the preview, open it in chromium, wait for the first page. */
export async function openPreview(opts: OpenPreviewOptions = {}): Promise<PreviewSession> {
  const root = opts.root ?? DIST_ROOT;
  if (!fs.existsSync(path.join(root, 'app.js'))) {
    throw new Error(`${root} has no app.js: build the mini program first (npm run build)`);
  }
  const cloud = await startLocalCloud({
    port: 0,
    dataFile: null,
    collections: APP_COLLECTIONS,
    ...opts.cloud,
  });
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    await preview?.close();
    await cloud.close();
  };
  try {
    preview = await startPreview({ root, cloudUrl: cloud.url, port: 0, users: opts.users });
    browser = await launchBrowser();
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${preview.url}${opts.route ? `#/${opts.route}` : ''}`);
    await waitForReady(page);
    const p = preview;
    return { page, cloud, preview: p, errors, screenshot: (name) => screenshot(page, name), close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The phone frame: everything the mini program and WeChat's prompts draw is inside it. */
export function phone(page: Page): Locator {
  return page.locator('[data-testid="pv-phone"]');
}

/** Wait until no navigation is in progress (optionally: until `route` is the page on top). */
export async function waitForReady(page: Page, route?: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (r) => {
      const d = document.documentElement.dataset;
      return d.pvState === 'error' || (d.pvState === 'ready' && (!r || d.pvRoute === r));
    },
    route?.replace(/^\/+/, '') ?? null,
    { timeout },
  );
  const failed = await page.evaluate(() =>
    document.documentElement.dataset.pvState === 'error'
      ? (window as unknown as { __pv: { errors: string[] } }).__pv.errors.join('\n')
      : null,
  );
  if (failed !== null) throw new Error(`the page failed to load:\n${failed}`);
}

export type Target = string | { readonly testid: string } | { readonly selector: string };

function looksLikeSelector(s: string): boolean {
  return (
    /^[[.#]/.test(s) || /^(van|wx)-[a-z-]+/.test(s) || /^(text|css|xpath)=/.test(s) || /\[[^\]]+=/.test(s)
  );
}

/**
 * Find a visible element in the phone: `{ testid }`, `{ selector }`, or a string that is a CSS selector
 * (starts with `[`, `.`, `#`, `van-`/`wx-`, or has an `[attr=…]`) or else visible text (substring).
 */
export function find(page: Page, target: Target): Locator {
  const root = phone(page);
  let loc: Locator;
  if (typeof target !== 'string') {
    loc =
      'testid' in target ? root.locator(`[data-testid="${target.testid}"]`) : root.locator(target.selector);
  } else loc = looksLikeSelector(target) ? root.locator(target) : root.getByText(target);
  return loc.filter({ visible: true }).first();
}

type ScrollClock = Window & { __e2eLastScroll?: number };

/** j-component cancels a tap that starts within 150 ms of a scroll (a finger stopping a fling). */
const SCROLL_PROTECTED_MS = 150;

/** Wait until nothing has scrolled for a while (a scroll event still pending is dispatched on the next frame). */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.waitForFunction(
    (quiet) => Date.now() - ((window as ScrollClock).__e2eLastScroll ?? 0) > quiet,
    SCROLL_PROTECTED_MS + 20,
    { polling: 'raf' },
  );
}

/**
 * Tap like a finger (the preview turns the mouse click into touchstart/touchend), then let the page settle.
 * Like a person, it first scrolls the target into view and lets the scrolling stop: j-component (as WeChat)
 * takes a touch that lands while the page is still scrolling as stopping the scroll, not as a tap.
 */
export async function tap(page: Page, target: Target, timeout = 10_000): Promise<void> {
  const before = await navCount(page);
  const el = find(page, target);
  await el.waitFor({ state: 'visible', timeout });
  await el.scrollIntoViewIfNeeded({ timeout });
  await scrollSettled(page);
  // force: a finger lands wherever the element is, even when a decorative layer of a Vant
  // component (or a mask) is on top; the preview turns the click into touches on whatever is there.
  await el.click({ timeout, force: true });
  await settle(page, before);
}

async function navCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.pvNavCount ?? 0));
}

/** Give handlers a moment; if a navigation started, wait for the new page to be ready. */
async function settle(page: Page, before: number): Promise<void> {
  await page.waitForTimeout(60);
  const started = await page.evaluate(
    (n) =>
      document.documentElement.dataset.pvState === 'loading' ||
      Number(document.documentElement.dataset.pvNavCount ?? 0) !== n,
    before,
  );
  if (started) await waitForReady(page);
}

/** Wait until `text` is visible in the phone. */
export async function expectText(page: Page, text: string, timeout = 10_000): Promise<void> {
  try {
    await find(page, text).waitFor({ state: 'visible', timeout });
  } catch {
    const seen = (await phone(page).innerText()).replace(/\s+/g, ' ').slice(0, 800);
    throw new Error(`"${text}" did not appear in the phone within ${timeout} ms. Visible: ${seen}`);
  }
}

/** Visible text of the page on top (whitespace collapsed). */
export async function visibleText(page: Page): Promise<string> {
  const text = await page.locator('[data-testid="pv-page"]:not([hidden])').innerText();
  return text.replace(/\s+/g, ' ').trim();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Switch the WeChat account of the preview (reloads on the same page, like a fresh launch). */
export async function switchUser(page: Page, user: string): Promise<void> {
  const current = await page.evaluate(() => (window as unknown as { __pv?: { user: string } }).__pv?.user);
  if (current === user) return;
  await Promise.all([page.waitForEvent('load'), page.locator('[data-testid="pv-user"]').selectOption(user)]);
  await waitForReady(page);
}

/** The openid the preview sends for a side-panel user (same as tools/cloud testOpenid). */
export const openidOf = previewOpenid;

/** Answer the next subscription prompt: accept (all, or only the titles given) or reject. */
export async function acceptSubscription(page: Page, only?: readonly string[]): Promise<void> {
  const prompt = page.locator('[data-testid="pv-subscribe"]');
  await prompt.waitFor({ state: 'visible' });
  if (only) {
    for (const item of await prompt.locator('[data-testid="pv-subscribe-item"]').all()) {
      const title = (await item.innerText()).trim();
      await item.locator('input').setChecked(only.includes(title));
    }
  }
  await page.locator('[data-testid="pv-subscribe-accept"]').click();
  await prompt.waitFor({ state: 'detached' });
}

export async function rejectSubscription(page: Page): Promise<void> {
  await page.locator('[data-testid="pv-subscribe-reject"]').click();
  await page.locator('[data-testid="pv-subscribe"]').waitFor({ state: 'detached' });
}

/** Press a button of the dialog WeChat draws (showModal: 'pv-modal', dialer: 'pv-phone-call', …). */
export async function answerDialog(page: Page, testid: string, confirm = true): Promise<void> {
  await page.locator(`[data-testid="${testid}-${confirm ? 'confirm' : 'cancel'}"]`).click();
  await page.locator(`[data-testid="${testid}"]`).waitFor({ state: 'detached' });
}

export interface WxCall {
  readonly api: string;
  readonly detail: string;
}

/** wx calls the preview recorded (phone calls, clipboard, calendar, cloud calls, subscriptions, share). */
export async function wxLog(page: Page): Promise<WxCall[]> {
  return page.evaluate(
    () => (window as unknown as { __pv: { log: { api: string; detail: string }[] } }).__pv.log,
  );
}

/** Wait until the side panel's outbox lists at least `count` messages; returns their text. */
export async function outboxItems(page: Page, count = 1, timeout = 10_000): Promise<string[]> {
  const items = page.locator('[data-testid="pv-outbox-item"]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="pv-outbox-item"]').length >= n,
    count,
    { timeout },
  );
  return items.allInnerTexts();
}
