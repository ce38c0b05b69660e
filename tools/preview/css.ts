/**
 * WXSS → browser CSS, done once in Node. Per component the browser later replaces PREFIX_TOKEN with
 * the tag name the engine registered it under (exparser prefixes every class as `<tag>--<class>`),
 * HOST_TOKEN with its host tag, and converts rpx/vh/vw for the phone frame.
 */
import fs from 'fs';
import path from 'path';

export const PREFIX_TOKEN = '__PV__';
export const HOST_TOKEN = '__PVHOST__';

/** Built-in WXML tags: a type selector `view` must match the rendered `<wx-view>`. */
const OFFICIAL_TAGS = new Set([
  'view',
  'scroll-view',
  'swiper',
  'swiper-item',
  'movable-area',
  'movable-view',
  'cover-view',
  'cover-image',
  'icon',
  'text',
  'rich-text',
  'progress',
  'button',
  'checkbox',
  'checkbox-group',
  'form',
  'input',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  'navigator',
  'image',
  'video',
  'camera',
  'map',
  'canvas',
  'web-view',
  'root-portal',
  'page-container',
]);

interface Chunk {
  readonly prelude: string;
  /** null for a statement that ends with `;` (`@import`, `@charset`). */
  readonly body: string | null;
}

function skipString(css: string, i: number): number {
  const quote = css[i];
  let j = i + 1;
  while (j < css.length && css[j] !== quote) j += css[j] === '\\' ? 2 : 1;
  return j;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") i = skipString(css, i);
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Top-level rules and statements of a stylesheet (comments already removed). */
function split(css: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = skipString(css, i);
    } else if (c === ';') {
      chunks.push({ prelude: css.slice(start, i).trim(), body: null });
      start = i + 1;
    } else if (c === '{') {
      const close = matchingBrace(css, i);
      chunks.push({ prelude: css.slice(start, i).trim(), body: css.slice(i + 1, close) });
      i = close;
      start = close + 1;
    }
  }
  return chunks.filter((chunk) => chunk.prelude || chunk.body);
}

function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

function rewriteSelector(selector: string, scope: string): string {
  const s = selector
    .replace(/:host/g, HOST_TOKEN)
    .replace(/(^|[\s>+~(,])([a-z][a-z0-9-]*)(?![\w-])/g, (all, before: string, tag: string) =>
      OFFICIAL_TAGS.has(tag) ? `${before}wx-${tag}` : all,
    )
    // The rule of miniprogram-simulate's addClassPrefix plugin: `.name` → `.<prefix>--name`.
    .replace(/(.)?\.([-_a-zA-Z0-9]+)/g, (all, before: string | undefined, name: string) =>
      before !== undefined && /\d/.test(before) ? all : `${before ?? ''}.${PREFIX_TOKEN}--${name}`,
    );
  return scope ? `${scope} ${s}` : s;
}

const REMOTE_URL = /url\(\s*['"]?(https?:)?\/\//i;

function transformChunk(chunk: Chunk, scope: string): string {
  const { prelude, body } = chunk;
  if (body === null) return /^@(import|charset)/i.test(prelude) ? '' : `${prelude};`;
  const theme = /^@media\s*\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)$/i.exec(prelude);
  // Dark mode follows the preview's theme switch, not the desktop's: scope it under a class.
  if (theme) return transformCss(body, `.pv-theme-${(theme[1] ?? '').toLowerCase()}`);
  if (/^@(media|supports|document|layer)\b/i.test(prelude)) return `${prelude}{${transformCss(body, scope)}}`;
  // Remote fonts (Vant's icon font CDN) are unreachable: the preview ships its own @font-face.
  if (/^@font-face/i.test(prelude)) return REMOTE_URL.test(body) ? '' : `${prelude}{${body}}`;
  if (prelude.startsWith('@')) return `${prelude}{${body}}`;
  const selectors = splitSelectors(prelude).map((sel) => rewriteSelector(sel, scope));
  return `${selectors.join(',')}{${body}}`;
}

function transformCss(css: string, scope: string): string {
  return split(css)
    .map((chunk) => transformChunk(chunk, scope))
    .join('\n');
}

/** Read a .wxss file with its `@import`s inlined (relative to the importing file). */
export function readWxss(file: string, seen: ReadonlySet<string> = new Set()): string {
  if (seen.has(file) || !fs.existsSync(file)) return '';
  const next = new Set(seen).add(file);
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return text.replace(/@import\s+(?:"([^"]+)"|'([^']+)')\s*;/g, (_all, a?: string, b?: string) =>
    readWxss(path.resolve(path.dirname(file), a ?? b ?? ''), next),
  );
}

/** WXSS (imports inlined) → CSS with class/host placeholders, official tags mapped, themes scoped. */
export function scopeWxss(wxss: string): string {
  return transformCss(wxss.replace(/\/\*[\s\S]*?\*\//g, ''), '');
}
