/**
 * Everything the browser needs about one built mini program, gathered in Node:
 * the JS file map (for the in-browser CommonJS loader), normalized component JSON, the WXML/WXS
 * compiled by WeChat's own wcc into `$gwx`, and WXSS made browser-ready (see css.ts).
 */
import fs from 'fs';
import { createRequire } from 'module';
import path from 'path';
import { readWxss, scopeWxss } from './css';

/** What /bundle.json carries. Paths are relative to the mini program root, without a leading slash. */
export interface PreviewBundle {
  /** `.js` sources and normalized `.json` component configs. */
  readonly files: Record<string, string>;
  /** wcc output: a function body that returns `$gwx`. */
  readonly gwx: string;
  /** Component path (no extension) → CSS with placeholders. */
  readonly css: Record<string, string>;
  /** app.wxss, scoped like a page's own styles. */
  readonly appCss: string;
  /** app.json and theme.json, parsed. */
  readonly app: AppJson;
  readonly theme: Record<string, Record<string, string>> | null;
  /** Every page route, main package and subpackages. */
  readonly pages: string[];
}

export interface AppJson {
  pages: string[];
  entryPagePath?: string;
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
  window?: Record<string, unknown>;
  tabBar?: { list: { pagePath: string; text: string }[]; [k: string]: unknown };
  usingComponents?: Record<string, string>;
  [k: string]: unknown;
}

interface ComponentJson {
  component?: boolean;
  usingComponents?: Record<string, string>;
  [k: string]: unknown;
}

/**
 * Vant children whose relation code crashes unless their parent component is registered in the same
 * page (miniprogram-simulate resolves relations only among the components it loaded together).
 */
const VANT_PARENTS: Readonly<Record<string, string>> = {
  checkbox: 'checkbox-group',
  radio: 'radio-group',
  'collapse-item': 'collapse',
  tab: 'tabs',
  'sidebar-item': 'sidebar',
  'tabbar-item': 'tabbar',
  'grid-item': 'grid',
  'dropdown-item': 'dropdown-menu',
  'goods-action-button': 'goods-action',
  'goods-action-icon': 'goods-action',
  col: 'row',
  'index-anchor': 'index-bar',
};

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Resolve a `usingComponents` value the way WeChat does, to an absolute `/path` from the root. */
function resolveComponent(root: string, fromDir: string, value: string): string | null {
  const exists = (rel: string) => fs.existsSync(path.join(root, `${rel}.json`));
  const norm = (rel: string) => path.posix.normalize(rel).replace(/^\/+/, '');
  const candidates: string[] = [];
  if (value.startsWith('/')) candidates.push(norm(value));
  else if (value.startsWith('.')) candidates.push(norm(path.posix.join(fromDir, value)));
  else
    candidates.push(
      norm(`miniprogram_npm/${value}`),
      norm(`miniprogram_npm/${value}/index`),
      norm(path.posix.join(fromDir, value)),
      norm(value),
    );
  const found = candidates.find(exists);
  return found === undefined ? null : `/${found}`;
}

function addVantParents(using: Record<string, string>): void {
  for (const target of Object.values(using)) {
    const m = /^\/miniprogram_npm\/@vant\/weapp\/([^/]+)\/index$/.exec(target);
    const parent = m ? VANT_PARENTS[m[1] ?? ''] : undefined;
    if (!parent || Object.values(using).includes(`/miniprogram_npm/@vant/weapp/${parent}/index`)) continue;
    using[`van-${parent}`] = `/miniprogram_npm/@vant/weapp/${parent}/index`;
  }
}

/**
 * A page's or component's JSON with `usingComponents` made absolute. Pages and the project's own
 * components also get app.json's global components, as in WeChat.
 */
function normalizeJson(
  root: string,
  rel: string,
  json: ComponentJson,
  globals: Record<string, string>,
): string {
  const dir = path.posix.dirname(rel);
  const own = rel.startsWith('miniprogram_npm/') ? {} : globals;
  const using: Record<string, string> = {};
  for (const [tag, value] of Object.entries({ ...own, ...(json.usingComponents ?? {}) })) {
    if (value.startsWith('plugin://')) continue;
    const resolved = resolveComponent(root, dir, value);
    if (resolved) using[tag] = resolved;
  }
  addVantParents(using);
  return JSON.stringify({ ...json, usingComponents: using });
}

export function pageRoutes(app: AppJson): string[] {
  const subs = app.subPackages ?? app.subpackages ?? [];
  const routes = [...app.pages];
  for (const sub of subs) for (const page of sub.pages) routes.push(path.posix.join(sub.root, page));
  return routes;
}

/** Run WeChat's wcc over every .wxml/.wxs under the root (node_modules excluded). */
function compileWxml(root: string, files: string[]): string {
  const nodeRequire = createRequire(__filename);
  // miniprogram-compiler reads component JSON through require(): drop stale copies between rebuilds.
  for (const key of Object.keys(nodeRequire.cache))
    if (key.startsWith(root + path.sep)) delete nodeRequire.cache[key];
  const compiler = nodeRequire('miniprogram-compiler') as {
    wxmlToJs(rootPath: string, options: { wxmlList: string[]; wxsList: string[]; maxBuffer: number }): string;
  };
  return compiler.wxmlToJs(root, {
    wxmlList: files.filter((f) => f.endsWith('.wxml')),
    wxsList: files.filter((f) => f.endsWith('.wxs')),
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Put one file of the build where the browser needs it: JS and component JSON in `files`, WXSS in `css`. */
function collect(
  root: string,
  rel: string,
  globals: Record<string, string>,
  files: Record<string, string>,
  css: Record<string, string>,
): void {
  const full = path.join(root, rel);
  if (rel.endsWith('.js')) {
    files[rel] = fs.readFileSync(full, 'utf8');
  } else if (rel.endsWith('.json') && rel !== 'app.json' && fs.existsSync(full.replace(/\.json$/, '.js'))) {
    const json = readJson<ComponentJson>(full);
    if (json) files[rel] = normalizeJson(root, rel, json, globals);
  } else if (rel.endsWith('.wxss') && rel !== 'app.wxss') {
    css[rel.slice(0, -5)] = scopeWxss(readWxss(full));
  }
}

export function buildBundle(rootDir: string): PreviewBundle {
  const root = path.resolve(rootDir);
  const app = readJson<AppJson>(path.join(root, 'app.json'));
  if (!app || !Array.isArray(app.pages)) throw new Error(`${root}/app.json is missing or has no "pages"`);
  if (!fs.existsSync(path.join(root, 'app.js'))) {
    throw new Error(
      `${root}/app.js not found: startPreview needs the BUILT mini program (JS compiled from TS)`,
    );
  }
  const all = walk(root);
  const globals = app.usingComponents ?? {};
  const files: Record<string, string> = {};
  const css: Record<string, string> = {};
  for (const rel of all) collect(root, rel, globals, files, css);
  for (const route of pageRoutes(app)) {
    const rel = `${route}.json`;
    if (!files[rel]) files[rel] = normalizeJson(root, rel, {}, globals);
  }
  const themeFile = typeof app.themeLocation === 'string' ? app.themeLocation : 'theme.json';
  return {
    files,
    gwx: compileWxml(root, all),
    css,
    appCss: scopeWxss(readWxss(path.join(root, 'app.wxss'))),
    app,
    theme: readJson(path.join(root, themeFile)),
    pages: pageRoutes(app),
  };
}
