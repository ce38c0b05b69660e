/**
 * Offline validation of a built mini program folder (JS already produced): the checks WeChat DevTools
 * would do at compile/upload time that miniprogram-ci's getCompiledResult does not (WXML/WXS syntax),
 * plus clear, file-named messages for page files, usingComponents targets and require() targets.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles, nodeRequire } from './paths';

/** A build failure with every problem found (each names the file). */
export class BuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`build failed:\n  - ${problems.join('\n  - ')}`);
    this.name = 'BuildError';
  }
}

export interface ValidationCounts {
  wxml: number;
  wxs: number;
  pages: number;
  components: number;
  requires: number;
}

interface JsonFile {
  usingComponents?: Record<string, string>;
}

interface AppJson extends JsonFile {
  pages?: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
}

const NPM_DIR = 'miniprogram_npm';
const PAGE_EXTS = ['.js', '.json', '.wxml', '.wxss'] as const;
const COMPONENT_EXTS = ['.js', '.json', '.wxml'] as const;

const exists = (root: string, rel: string): boolean => fs.existsSync(path.join(root, rel));
const isNpm = (rel: string): boolean => rel === NPM_DIR || rel.endsWith(`/${NPM_DIR}`);

/** Every page of app.json (main package and subpackages), as root-relative paths without extension. */
export function appPages(app: AppJson): string[] {
  const subs = app.subPackages ?? app.subpackages ?? [];
  return [...(app.pages ?? []), ...subs.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))];
}

/** Subpackage roots of app.json. */
export function subPackageRoots(app: AppJson): string[] {
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''));
}

function readJson<T>(root: string, rel: string, problems: string[]): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as T;
  } catch (err) {
    problems.push(`${rel}: ${(err as Error).message}`);
    return undefined;
  }
}

function wccPath(): string {
  const dir = path.dirname(nodeRequire.resolve('miniprogram-compiler/package.json'));
  const bin = path.join(dir, 'bin', 'linux', 'wcc');
  if (process.platform !== 'linux') throw new Error('WXML validation needs the Linux wcc binary');
  try {
    fs.chmodSync(bin, 0o755);
  } catch {
    // read-only node_modules: it may already be executable
  }
  return bin;
}

/** Compile every own .wxml and .wxs with WeChat's wcc; a syntax error or bad expression names the file. */
export function compileWxml(
  root: string,
  files: readonly string[],
  problems: string[],
): { wxml: number; wxs: number } {
  const wxml = files.filter((f) => f.endsWith('.wxml'));
  const wxs = files.filter((f) => f.endsWith('.wxs'));
  if (wxml.length + wxs.length === 0) return { wxml: 0, wxs: 0 };
  // wcc stops at the first error: when the whole set fails, compile each WXS alone, then each WXML with the
  // good WXS (a page's <wxs src> must be in the same run), so that every broken file is named.
  const run = (list: readonly string[]) =>
    spawnSync(wccPath(), ['-d', '-cc', '0', ...list, '-gn', '$gwx'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
  if (run([...wxml, ...wxs]).status === 0) return { wxml: wxml.length, wxs: wxs.length };
  const failed = (list: readonly string[]): string | undefined => {
    const res = run(list);
    return res.status === 0
      ? undefined
      : (res.stderr || res.error?.message || `wcc exit ${res.status}`).trim();
  };
  const goodWxs: string[] = [];
  for (const file of wxs) {
    const error = failed([file]);
    if (error) problems.push(`${file}: WXS compile error: ${error}`);
    else goodWxs.push(file);
  }
  for (const file of wxml) {
    const error = failed([file, ...goodWxs]);
    if (error) problems.push(`${file}: WXML compile error: ${error}`);
  }
  return { wxml: wxml.length, wxs: wxs.length };
}

/** Every page listed in app.json has its .js/.json/.wxml/.wxss. */
export function checkPages(root: string, app: AppJson, problems: string[]): number {
  const pages = appPages(app);
  for (const page of pages) {
    const missing = PAGE_EXTS.filter((ext) => !exists(root, page + ext));
    if (missing.length > 0) {
      const names = missing.map((ext) =>
        ext === '.js' ? 'index.ts (or .js)' : path.posix.basename(page) + ext,
      );
      problems.push(`${page}: page listed in app.json is missing ${names.join(', ')}`);
    }
  }
  return pages.length;
}

/** Resolve a usingComponents value as WeChat does: absolute, relative, then miniprogram_npm up the tree. */
export function resolveComponent(root: string, fromDir: string, spec: string): string | undefined {
  const asComponent = (rel: string): string | undefined => {
    const clean = path.posix.normalize(rel);
    if (clean.startsWith('..')) return undefined;
    if (exists(root, `${clean}.json`)) return clean;
    if (exists(root, `${clean}/index.json`)) return `${clean}/index`;
    return undefined;
  };
  if (spec.startsWith('/')) return asComponent(spec.slice(1));
  const relative = asComponent(path.posix.join(fromDir, spec));
  if (relative || spec.startsWith('.')) return relative;
  for (let dir = fromDir; ; dir = path.posix.dirname(dir)) {
    const found = asComponent(path.posix.join(dir === '.' ? '' : dir, NPM_DIR, spec));
    if (found) return found;
    if (dir === '.' || dir === '') return undefined;
  }
}

/** Tags app.json declares for every page. */
function globalComponents(root: string, problems: string[]): string[] {
  if (!exists(root, 'app.json')) return [];
  return Object.keys(readJson<JsonFile>(root, 'app.json', problems)?.usingComponents ?? {});
}

/** A custom tag (it has a hyphen) in our WXML that its JSON does not declare renders as nothing on a phone. */
function checkDeclaredTags(
  root: string,
  jsonRel: string,
  json: JsonFile | undefined,
  globals: readonly string[],
  problems: string[],
): void {
  const wxmlRel = jsonRel.replace(/\.json$/, '.wxml');
  if (jsonRel.includes('miniprogram_npm/') || !exists(root, wxmlRel)) return;
  const declared = new Set([...globals, ...Object.keys(json?.usingComponents ?? {})]);
  const wxml = fs.readFileSync(path.join(root, wxmlRel), 'utf8');
  for (const [, tag] of wxml.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s/>]/g)) {
    if (!declared.has(tag!)) problems.push(`${wxmlRel}: <${tag}> is used but not in usingComponents`);
  }
}

/** Every usingComponents target (app.json, pages, components, transitively) exists with .js/.json/.wxml. */
export function checkComponents(root: string, entries: readonly string[], problems: string[]): number {
  const globals = globalComponents(root, problems);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const jsonRel = queue.shift() as string;
    if (!exists(root, jsonRel)) continue; // missing page files are reported by checkPages
    const json = readJson<JsonFile>(root, jsonRel, problems);
    checkDeclaredTags(root, jsonRel, json, globals, problems);
    for (const [tag, spec] of Object.entries(json?.usingComponents ?? {})) {
      if (/^plugin(-private)?:\/\//.test(spec)) continue;
      const target = resolveComponent(root, path.posix.dirname(jsonRel), spec);
      const missing = target ? COMPONENT_EXTS.filter((ext) => !exists(root, target + ext)) : ['.json'];
      if (!target || missing.length > 0) {
        problems.push(
          `${jsonRel}: usingComponents "${tag}": "${spec}" not found (missing ${missing.join(', ')})`,
        );
      } else if (!seen.has(target)) {
        seen.add(target);
        queue.push(`${target}.json`);
      }
    }
  }
  return seen.size;
}

/**
 * Resolve a require() specifier from a JS file as the WeChat runtime does: a relative or absolute path names
 * a file (`.js` may be left out; a folder is never looked into for index.js); a package name is looked up
 * in `miniprogram_npm` from the file's folder upwards (its main, or a file inside it).
 */
function resolveRequire(root: string, fromFile: string, spec: string): boolean {
  const has = (base: string, ...more: string[]) =>
    [base, `${base}.js`, ...more].some((c) => !c.startsWith('..') && isFile(root, c));
  if (spec.startsWith('/')) return has(path.posix.normalize(spec.slice(1)));
  if (spec.startsWith('.'))
    return has(path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec)));
  for (let dir = path.posix.dirname(fromFile); ; dir = path.posix.dirname(dir)) {
    const pkg = path.posix.join(dir === '.' ? '' : dir, NPM_DIR, spec);
    if (has(pkg, `${pkg}/index.js`, path.posix.join(pkg, readMain(root, pkg)))) return true;
    if (dir === '.' || dir === '/') return false;
  }
}

function isFile(root: string, rel: string): boolean {
  try {
    return fs.statSync(path.join(root, rel)).isFile();
  } catch {
    return false;
  }
}

function readMain(root: string, pkgDir: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, pkgDir, 'package.json'), 'utf8')) as {
      main?: string;
    };
    return pkg.main ?? 'index.js';
  } catch {
    return 'index.js';
  }
}

/** Every require() in our own JS resolves inside the package (relative files or miniprogram_npm). */
export function checkRequires(root: string, jsFiles: readonly string[], problems: string[]): number {
  let count = 0;
  for (const file of jsFiles) {
    const code = fs.readFileSync(path.join(root, file), 'utf8');
    for (const match of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
      count++;
      const spec = match[1] as string;
      if (!resolveRequire(root, file, spec)) {
        problems.push(
          `${file}: require("${spec}") does not resolve inside the package (a file, never a folder, or miniprogram_npm)`,
        );
      }
    }
  }
  return count;
}

/**
 * Every WXSS `@import` and WXML `<import>`, `<include>` and `<wxs>` src names a file inside the package
 * (absolute from the root, or relative to the file; WXML sources may leave out `.wxml`). A missing one is
 * no error in our compiler runs: the styles or templates are silently absent on the phone.
 */
export function checkSourceImports(root: string, files: readonly string[], problems: string[]): number {
  let count = 0;
  const patterns: ReadonlyArray<readonly [RegExp, RegExp, readonly string[]]> = [
    [/\.wxss$/, /@import\s+["']([^"']+)["']/g, ['']],
    [/\.wxml$/, /<(?:import|include|wxs)\b[^>]*\bsrc="([^"]+)"/g, ['', '.wxml']],
  ];
  for (const file of files) {
    const kind = patterns.find(([ext]) => ext.test(file));
    if (!kind) continue;
    const [, pattern, exts] = kind;
    for (const match of fs.readFileSync(path.join(root, file), 'utf8').matchAll(pattern)) {
      count++;
      const spec = match[1] as string;
      const target = spec.startsWith('/')
        ? path.posix.normalize(spec.slice(1))
        : path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (!exts.some((ext) => !target.startsWith('..') && isFile(root, target + ext)))
        problems.push(
          `${file}: "${spec}" is not a file of the package (its styles or templates would be missing)`,
        );
    }
  }
  return count;
}

/** Run every offline check on a built mini program folder; throws BuildError listing all problems. */
export function validateMiniprogram(root: string): ValidationCounts {
  const problems: string[] = [];
  const own = listFiles(root, isNpm);
  for (const json of own.filter((f) => f.endsWith('.json'))) readJson(root, json, problems);
  const app = exists(root, 'app.json') ? readJson<AppJson>(root, 'app.json', problems) : undefined;
  if (!app) problems.push('app.json: missing or unreadable');
  const compiled = compileWxml(root, own, problems);
  const pages = app ? checkPages(root, app, problems) : 0;
  const jsonEntries = ['app.json', ...(app ? appPages(app).map((p) => `${p}.json`) : [])];
  const components = checkComponents(root, jsonEntries, problems);
  const requires = checkRequires(
    root,
    own.filter((f) => f.endsWith('.js')),
    problems,
  );
  checkSourceImports(root, own, problems);
  if (problems.length > 0) throw new BuildError(problems);
  return { ...compiled, pages, components, requires };
}

/**
 * The compiled result (what an upload sends) holds everything it needs: every page and component with its
 * files, every usingComponents target, every require() of every JS file (ours, npm, babel helpers) resolved
 * inside it by WeChat's rules. Throws BuildError listing all problems.
 */
export function validateCompiled(root: string): Pick<ValidationCounts, 'pages' | 'components' | 'requires'> {
  const problems: string[] = [];
  const app = readJson<AppJson>(root, 'app.json', problems);
  const pages = app ? checkPages(root, app, problems) : 0;
  const components = checkComponents(
    root,
    ['app.json', ...(app ? appPages(app).map((p) => `${p}.json`) : [])],
    problems,
  );
  const files = listFiles(root);
  const requires = checkRequires(
    root,
    files.filter((f) => f.endsWith('.js')),
    problems,
  );
  checkSourceImports(root, files, problems);
  if (problems.length > 0) throw new BuildError(problems.map((p) => `compiled result: ${p}`));
  return { pages, components, requires };
}
