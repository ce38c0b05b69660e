/**
 * Render a real page (its .ts, .wxml, .wxss, .json) with miniprogram-simulate, the way WeChat would:
 * app.json's global components plus the page's own, Vant resolved from miniprogram_npm, lifecycle run.
 */
import fs from 'fs';
import path from 'path';
import simulate from 'miniprogram-simulate';
import { device } from './device';

export const ROOT = path.resolve(__dirname, '../../miniprogram');
const NPM_ROOT = path.join(ROOT, 'miniprogram_npm');

/** Vant parents whose relations crash unless registered alongside their children. */
const VANT_PARENTS: Readonly<Record<string, string>> = {
  'van-checkbox': 'van-checkbox-group',
  'van-radio': 'van-radio-group',
  'van-collapse-item': 'van-collapse',
  'van-step': 'van-steps',
  'van-tab': 'van-tabs',
  'van-cell': 'van-cell-group',
};

function readJson(file: string): { usingComponents?: Record<string, string> } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { usingComponents?: Record<string, string> };
}

function resolveComponent(value: string): string {
  if (value.startsWith('@vant/')) {
    const target = path.join(NPM_ROOT, value);
    if (!fs.existsSync(`${target}.json`)) {
      throw new Error(`${value} not found in miniprogram_npm: run \`npm run build\` first`);
    }
    return `/miniprogram_npm/${value}`;
  }
  return value;
}

/**
 * Vant tags our own components use, however deep (miniprogram-simulate resolves a nested component's
 * npm-style path only when the page registers the same tag).
 */
function nestedVant(jsonFile: string, seen = new Set<string>()): Record<string, string> {
  if (seen.has(jsonFile)) return {};
  seen.add(jsonFile);
  const out: Record<string, string> = {};
  for (const [tag, value] of Object.entries(readJson(jsonFile).usingComponents ?? {})) {
    if (value.startsWith('@vant/')) out[tag] = value;
    else {
      const base = value.startsWith('/') ? path.join(ROOT, value) : path.join(path.dirname(jsonFile), value);
      Object.assign(out, nestedVant(`${base}.json`, seen));
    }
  }
  return out;
}

function usingComponentsFor(pagePath: string): Record<string, string> {
  const global = readJson(path.join(ROOT, 'app.json')).usingComponents ?? {};
  const pageJson = path.join(ROOT, `${pagePath}.json`);
  const own = readJson(pageJson).usingComponents ?? {};
  const merged: Record<string, string> = {};
  for (const [tag, value] of Object.entries({ ...nestedVant(pageJson), ...global, ...own }))
    merged[tag] = resolveComponent(value);
  for (const [child, parent] of Object.entries(VANT_PARENTS)) {
    if (merged[child] && !merged[parent])
      merged[parent] = `/miniprogram_npm/@vant/weapp/${parent.slice(4)}/index`;
  }
  return merged;
}

export interface RenderedPage {
  readonly comp: ReturnType<typeof simulate.render>;
  readonly root: HTMLElement;
  /** Visible text of the page, whitespace collapsed. */
  text(): string;
  data<T = Record<string, unknown>>(): T;
  /** Tap the first element carrying data-testid (through its inner touch targets). */
  tap(testId: string): Promise<void>;
  find(testId: string): Element | null;
  all(testId: string): Element[];
  settle(): Promise<void>;
}

type PageInstance = Record<string, unknown> & { data: Record<string, unknown> };

/** A real finger tap: touchstart then touchend on the element, which the engine turns into `tap`. */
export function tapElement(host: Element): void {
  // Touch the innermost element, as a finger does: Vant components listen inside their own shadow tree.
  let el = host;
  while (el.firstElementChild) el = el.firstElementChild;
  const touch = () =>
    new Touch({ identifier: Date.now(), target: el, clientX: 1, clientY: 1, pageX: 1, pageY: 1 });
  const start = touch();
  // The engine dispatches `tap` inside touchend: its handlers run with WeChat's click state.
  device.tapping(() => {
    el.dispatchEvent(
      new TouchEvent('touchstart', {
        bubbles: true,
        cancelable: true,
        touches: [start],
        changedTouches: [start],
      }),
    );
    el.dispatchEvent(
      new TouchEvent('touchend', { bubbles: true, cancelable: true, touches: [], changedTouches: [touch()] }),
    );
  });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await simulate.sleep(5);
}

/**
 * A page definition is registered once per test file; each render is a fresh instance.
 * Keep one page definition per test file: after a second definition is loaded in the same file, taps on
 * Vant buttons of the second page stop reaching it (j-component registry state).
 */
const loaded = new Map<string, string>();

function definitionOf(pagePath: string): string {
  let id = loaded.get(pagePath);
  if (!id) {
    id = simulate.load(path.join(ROOT, pagePath), {
      rootPath: ROOT,
      compiler: 'official',
      usingComponents: usingComponentsFor(pagePath),
    });
    loaded.set(pagePath, id);
  }
  return id;
}

export async function renderPage(
  pagePath: string,
  query: Record<string, string> = {},
): Promise<RenderedPage> {
  const id = definitionOf(pagePath);
  const comp = simulate.render(id);
  const parent = document.createElement('div');
  document.body.appendChild(parent);
  comp.attach(parent);
  mounted.push(comp);
  const instance = comp.instance as unknown as PageInstance;
  // WeChat's page instances carry their route (getCurrentPages()[n].route).
  if (typeof instance.route !== 'string') instance.route = pagePath;
  device.pages = [instance];
  const onLoad = instance.onLoad as ((q: Record<string, string>) => unknown) | undefined;
  if (onLoad) await onLoad.call(instance, query);
  const onShow = instance.onShow as (() => unknown) | undefined;
  if (onShow) await onShow.call(instance);
  await settle();
  const root = comp.dom as unknown as HTMLElement;
  const find = (testId: string) => root.querySelector(`[data-testid="${testId}"]`);
  return {
    comp,
    root,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    data: <T>() => instance.data as T,
    find,
    all: (testId) => Array.from(root.querySelectorAll(`[data-testid="${testId}"]`)),
    async tap(testId) {
      const el = find(testId);
      if (!el) throw new Error(`nothing with data-testid="${testId}" on ${pagePath}`);
      tapElement(el);
      await settle();
    },
    settle,
  };
}

const mounted: Array<{ detach(): void }> = [];

/** Take every rendered page off the screen (run after each test). */
export function unmountAll(): void {
  while (mounted.length) mounted.pop()!.detach();
  document.body.innerHTML = '';
}
