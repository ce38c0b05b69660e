/**
 * 适老化 measured on the page on top, from the styles Chromium computed (MIIT 《移动互联网应用(APP)适老化通用
 * 设计规范》, WCAG 2.x contrast): every piece of text against the background it is drawn on (layers blended
 * up to the first opaque one) reaches 4.5:1, or 3:1 when large (≥ 24 px, or ≥ 18.66 px bold); no text is under
 * 14 px, or under 18 px in 大字模式. Text inside a disabled (translucent) control is not judged.
 */
import type { Page } from 'playwright-core';

export interface Readability {
  /** Text elements judged. */
  readonly checked: number;
  readonly contrast: readonly string[];
  readonly small: readonly string[];
}

export async function readability(page: Page, minPx: number): Promise<Readability> {
  return page.evaluate((min) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
    };
    const lum = (c: Rgba) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [x, y] = [lum(a), lum(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    /** The colour behind an element: its own and its ancestors' backgrounds, blended down to an opaque one. */
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let up: Element | null = el; up; up = up.parentElement) {
        const bg = parse(getComputedStyle(up).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let out: Rgba = [255, 255, 255, 1];
      for (let i = layers.length - 1; i >= 0; i -= 1) out = over(layers[i]!, out);
      return out;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let up: Element | null = el; up; up = up.parentElement) o *= Number(getComputedStyle(up).opacity);
      return o;
    };
    const root = document.querySelector('[data-testid="pv-page"]:not([hidden])');
    const contrast: string[] = [];
    const small: string[] = [];
    let checked = 0;
    root?.querySelectorAll('*').forEach((el) => {
      const text = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!text) return;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') return;
      if (opacityOf(el) < 0.99) return;
      checked += 1;
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const bg = backgroundOf(el);
      const fg = over(parse(style.color), bg);
      const r = ratio(fg, bg);
      const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const what = `«${text.slice(0, 16)}» ${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`;
      if (r < need)
        contrast.push(
          `${what}: ${r.toFixed(2)}:1 (needs ${need}:1) ${style.color} on rgb(${bg.slice(0, 3).join(',')})`,
        );
      if (size < min - 0.25) small.push(`${what}: ${size} px (needs ${min} px)`);
    });
    return { checked, contrast, small };
  }, minPx);
}
