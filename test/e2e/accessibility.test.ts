/**
 * Every control on every page, as Chromium lays out the real pages in the preview: it has an accessible name
 * (aria-label or visible text) and a tap area of at least 88rpx (44 px on a 375 px wide phone), in 大字模式
 * 120rpx (60 px). Every text on every page reaches its contrast (4.5:1, 3:1 when large) and size (14 px, 18 px
 * in 大字模式) in light and dark (./readability.ts). With A11Y_FIGURES_FILE set, the counts are written there for
 * `npm run bench` (a11y.contrast.failures, a11y.small.text). Controls are found from the event bindings the WXML declares (bind:tap, bind:click, bind:change …)
 * on our own pages and components; inside Vant, the Vant element we bind on is what is judged. A small element
 * inside a larger control (an icon in a card) takes its tap area from that control.
 */
import fs from 'fs';
import { CARD_DIAGNOSIS } from '../cloud/harness';
import { testOpenid } from '../../tools/cloud';
import { usePreviewSession } from './helpers/session';
import { tap, waitForReady } from '../../tools/preview/browser';
import { openGuideParts } from './helpers/journey';
import { readability } from './readability';

jest.setTimeout(180_000);

const s = usePreviewSession();

/** 88rpx on the preview's 375 px wide phone (half a pixel for layout rounding); 120rpx in 大字模式. */
const MIN_TAP_PX = 43.5;
const MIN_TAP_LARGE_PX = 59.5;

/** Contrast failures and too-small texts, counted over every page and state, for the bench. */
const figures = { contrast: 0, small: 0 };

interface Control {
  readonly what: string;
  readonly event: string;
  readonly width: number;
  readonly height: number;
  readonly named: boolean;
  /** Inside a larger control that is big enough: its tap area counts. */
  readonly insideLargeControl: boolean;
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string } };

async function appealCall<T>(openid: string, event: Record<string, unknown>): Promise<T> {
  const reply = await s.cloud.call<Reply<T>>('appeal', event, { openid });
  if (!reply.ok) throw new Error(`${String(event.action)}: ${reply.error.code}`);
  return reply.data;
}

/** The controls on the page on top, measured. */
async function controls(min = MIN_TAP_PX): Promise<Control[]> {
  return s.page.evaluate((min) => {
    interface WxNode {
      $$?: Element;
      _vt?: { event?: Record<string, { name: string }>; attrs?: Array<{ name: string; value: unknown }> };
      ownerShadowRoot?: { getHostNode?: () => WxNode | undefined };
    }
    const root = document.querySelector('[data-testid="pv-page"]:not([hidden])');
    if (!root) return [];
    const ours = (node: WxNode) => {
      const host = node.ownerShadowRoot?.getHostNode?.()?.$$?.tagName ?? '';
      return !host.startsWith('VAN-');
    };
    const bound = (el: Element) => {
      const node = (el as unknown as { __wxElement?: WxNode }).__wxElement;
      const events = node?._vt?.event ? Object.values(node._vt.event).map((e) => e.name) : [];
      return node && events.length && ours(node) ? { node, events } : null;
    };
    // A Vant element is laid out by its own root (the host itself may be an inline box around it).
    const boxOf = (el: Element) =>
      (el.tagName.startsWith('VAN-') && el.firstElementChild
        ? el.firstElementChild
        : el
      ).getBoundingClientRect();
    const big = (r: DOMRect) => r.width >= min && r.height >= min;
    const insideLarge = (el: Element) => {
      for (let up = el.parentElement; up && up !== root; up = up.parentElement)
        if (bound(up) && big(boxOf(up))) return true;
      return false;
    };
    const describe = (el: Element, node: WxNode) => {
      const attrs = node._vt?.attrs ?? [];
      const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
      const label = String(attr('ariaLabel') ?? '').trim();
      const text = ((el as HTMLElement).innerText ?? '').trim();
      const id = String(attr('data-testid') ?? attr('class') ?? '');
      return {
        what: `${el.tagName.toLowerCase()} ${id} «${(label || text).slice(0, 24)}»`,
        named: !!(label || text),
      };
    };
    const out: Array<{
      what: string;
      event: string;
      width: number;
      height: number;
      named: boolean;
      insideLargeControl: boolean;
    }> = [];
    root.querySelectorAll('*').forEach((el) => {
      const found = bound(el);
      const rect = found ? boxOf(el) : null;
      if (!found || !rect || (rect.width === 0 && rect.height === 0)) return; // no control, or not shown now
      out.push({
        ...describe(el, found.node),
        event: found.events.join('/'),
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
        insideLargeControl: insideLarge(el),
      });
    });
    return out;
  }, min);
}

async function open(route: string, query = ''): Promise<void> {
  await s.page.goto(`${s.preview.url}#/${route}${query ? `?${query}` : ''}`);
  await s.page.reload();
  await waitForReady(s.page, route);
  await s.page.waitForTimeout(300); // let cloud-loaded content render
  // The richest state: every part of a guide and every group of the guide library opened.
  await openGuideParts(s.page);
  if (route === 'pages/guide/library/index')
    for (const id of await testidsStartingWith('open-')) await tap(s.page, { testid: id });
}

async function testidsStartingWith(prefix: string): Promise<string[]> {
  return s.page
    .locator(`[data-testid="pv-page"]:not([hidden]) [data-testid^="${prefix}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
}

let pages: Array<{ route: string; query: string }> = [];

beforeAll(async () => {
  // The richest states: alice's appeal with a note, a helper (bob) and an open invitation (the join page's token).
  const alice = testOpenid('alice');
  const appeal = await appealCall<{ id: string }>(alice, {
    action: 'create',
    ...CARD_DIAGNOSIS,
    note: '第一次申诉',
  });
  const forBob = await appealCall<{ token: string }>(alice, {
    action: 'invite',
    id: appeal.id,
    label: '儿子',
  });
  await appealCall(testOpenid('bob'), { action: 'join', token: forBob.token });
  await appealCall(alice, { action: 'addNote', id: appeal.id, text: '打了客服电话' });
  const open = await appealCall<{ token: string }>(alice, { action: 'invite', id: appeal.id, label: '女儿' });
  pages = [
    { route: 'pages/home/index', query: '' },
    { route: 'pages/diagnosis/questionnaire/index', query: 'symptom=card-restricted' },
    { route: 'pages/diagnosis/result/index', query: 'symptom=card-restricted' },
    {
      route: 'pages/diagnosis/statement/index',
      query: 'symptom=card-restricted&cause=risk-unusual-activity',
    },
    { route: 'pages/appeal/list/index', query: '' },
    { route: 'pages/appeal/detail/index', query: `id=${appeal.id}` },
    { route: 'pages/appeal/join/index', query: `token=${open.token}` },
    { route: 'pages/guide/library/index', query: '' },
    { route: 'pages/guide/detail/index', query: 'cause=risk-unusual-activity' },
    { route: 'pages/safety/anti-scam/index', query: '' },
    { route: 'pages/safety/contacts/index', query: '' },
    { route: 'pages/settings/index/index', query: '' },
  ];
});

function problemsOf(found: readonly Control[], min: number): string[] {
  return found.flatMap((c) => {
    const problems: string[] = [];
    if (!c.named) problems.push(`${c.what} (${c.event}): no aria-label and no visible text`);
    if ((c.width < min || c.height < min) && !c.insideLargeControl)
      problems.push(
        `${c.what} (${c.event}): tap area ${c.width}×${c.height} px, under ${Math.ceil(min)}×${Math.ceil(min)}`,
      );
    return problems;
  });
}

async function auditAllPages(
  min = MIN_TAP_PX,
): Promise<{ problems: string[]; counted: Record<string, number> }> {
  const problems: string[] = [];
  const counted: Record<string, number> = {};
  for (const { route, query } of pages) {
    await open(route, query);
    const found = await controls(min);
    counted[route] = found.length;
    problems.push(...problemsOf(found, min).map((p) => `${route}: ${p}`));
  }
  return { problems, counted };
}

/** Contrast and size of every text on every page, in light then dark (the preview's theme switch). */
async function readAllPages(
  minPx: number,
): Promise<{ contrast: string[]; small: string[]; checked: number }> {
  const out = { contrast: [] as string[], small: [] as string[], checked: 0 };
  for (const theme of ['light', 'dark'] as const) {
    await s.page.evaluate((t) => localStorage.setItem('pv:theme', t), theme);
    for (const { route, query } of pages) {
      await open(route, query);
      const found = await readability(s.page, minPx);
      out.checked += found.checked;
      out.contrast.push(...found.contrast.map((p) => `${theme} ${route}: ${p}`));
      out.small.push(...found.small.map((p) => `${theme} ${route}: ${p}`));
    }
  }
  await s.page.evaluate(() => localStorage.setItem('pv:theme', 'light'));
  figures.contrast += out.contrast.length;
  figures.small += out.small.length;
  return out;
}

afterAll(() => {
  const file = process.env.A11Y_FIGURES_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(figures));
});

it('every control on every page has a name and a tap area of at least 88rpx', async () => {
  const { problems, counted } = await auditAllPages();
  expect(problems).toEqual([]);
  // The audit saw the controls it is about (a page with none would mean the finder broke).
  for (const { route } of pages) expect([route, counted[route]! > 0]).toEqual([route, true]);
});

it('every text on every page reaches 4.5:1 (3:1 when large) and 14 px, in light and dark', async () => {
  const { contrast, small, checked } = await readAllPages(14);
  expect(checked).toBeGreaterThan(500);
  expect(contrast).toEqual([]);
  expect(small).toEqual([]);
});

it('so does every control in 大字模式, with a tap area of at least 120rpx', async () => {
  // As the settings switch stores it for the preview's default user (alice); every page reads it at launch.
  await s.page.evaluate(() =>
    localStorage.setItem('pv:store:alice:settings.largeText', JSON.stringify({ v: { v: 1, value: true } })),
  );
  const { problems } = await auditAllPages(MIN_TAP_LARGE_PX);
  const large = await s.page.evaluate(
    () =>
      document
        .querySelector('[data-testid="pv-page"]:not([hidden]) page > wx-view')
        ?.classList.contains('page--large') ?? false,
  );
  expect(large).toBe(true);
  expect(problems).toEqual([]);
});

it('in 大字模式 every text is at least 18 px and reaches its contrast, in light and dark', async () => {
  const { contrast, small } = await readAllPages(18);
  expect(contrast).toEqual([]);
  expect(small).toEqual([]);
});
