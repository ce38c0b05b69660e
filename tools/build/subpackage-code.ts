/**
 * Our own code that only subpackages use stays out of the main package. In the built folder, before
 * miniprogram-ci compiles it, every file of the main tree (a JS module, a component, a behaviour) that no
 * main-package file reaches but a subpackage does is moved to `<root>/shared/<its path>` of each subpackage
 * that reaches it, and the require() calls, usingComponents, <wxs|import|include src> and @import pointing at
 * it are rewritten. The source keeps one copy of each file; only the upload holds per-subpackage copies.
 * Main-tree JS that nothing reaches is left out, as the upload would drop it (the domain's barrel, which
 * tests and cloud functions import): its requires may name files that moved.
 *
 * A subpackage's copy is a separate module instance, so a module that keeps state between pages (a
 * top-level `let`, or a container that starts empty and is filled at run time) must not be copied: the build
 * refuses it, and such a module keeps its state in storage or is used by the main package. (The catalog,
 * which content packs correct in place, is in the main package: the app's launch applies the pack.)
 *
 *   const moved = placeSubpackageCode('dist/miniprogram'); // { 'pages/appeal': ['services/share.js', …] }
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from './paths';
import { BuildError, appPages, resolveComponent, subPackageRoots } from './validate';

/** Folder inside a subpackage root that holds its copies of main-tree files. */
export const SHARED_DIR = 'shared';
const NPM_DIR = 'miniprogram_npm';
const PART_EXTS = ['.js', '.json', '.wxml', '.wxss'] as const;

type AppJson = Parameters<typeof subPackageRoots>[0] & Parameters<typeof appPages>[0];

/** A reference from one file to another: where its text says, and the file (or component base) it names. */
interface Reference {
  readonly spec: string;
  /** Root-relative path the spec names, as written (a component base or a module without `.js`). */
  readonly named: string;
  /** The files it makes the referring file need. */
  readonly files: readonly string[];
}

const posix = path.posix;
const isNpm = (rel: string): boolean => rel === NPM_DIR || rel.includes(`${NPM_DIR}/`);

/**
 * Top-level mutable state in a module as esbuild emits it (its own helpers and imports are `var`): a `let`, or
 * an empty array, object, Map or Set. A WeakMap keyed by a page or component instance is that instance's own
 * state, which a copy does not split.
 */
const STATE =
  /^let\s|^const\s+\w+\s*=\s*(?:\[\]|\{\}|(?:\/\*\s*@__PURE__\s*\*\/\s*)?new\s+(?:Map|Set)\(\))\s*;/m;

/** `base` with each extension that names a file (never a folder). */
function existing(root: string, base: string, exts: readonly string[]): string[] {
  return exts
    .map((e) => base + e)
    .filter((f) => fs.statSync(path.join(root, f), { throwIfNoEntry: false })?.isFile());
}

/** A path spec (absolute or relative) from `from`, or null for npm-style names. */
function named(from: string, spec: string): string | null {
  if (spec.startsWith('/')) return posix.normalize(spec.slice(1));
  if (spec.startsWith('.')) return posix.normalize(posix.join(posix.dirname(from), spec));
  return null;
}

/** What one own file refers to (npm packages left out: subpackage-npm.ts places those). */
export function references(root: string, file: string): Reference[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const out: Reference[] = [];
  const byPath = (spec: string, files: (n: string) => string[]): void => {
    const n = named(file, spec);
    if (n !== null) out.push({ spec, named: n, files: files(n) });
  };
  if (file.endsWith('.js')) {
    for (const m of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g))
      byPath(m[1] as string, (n) => existing(root, n, ['', '.js']).slice(0, 1));
  } else if (file.endsWith('.json')) {
    const json = JSON.parse(text) as { usingComponents?: Record<string, string> };
    for (const spec of Object.values(json.usingComponents ?? {})) {
      const target = resolveComponent(root, posix.dirname(file), spec);
      if (target === undefined || isNpm(target)) continue;
      out.push({ spec, named: target, files: existing(root, target, PART_EXTS) });
    }
  } else if (file.endsWith('.wxml')) {
    for (const m of text.matchAll(/<(?:wxs|import|include)\b[^>]*\bsrc="([^"]+)"/g))
      byPath(m[1] as string, (n) => existing(root, n, ['', '.wxml', '.wxs']).slice(0, 1));
  } else if (file.endsWith('.wxss')) {
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g))
      byPath(m[1] as string, (n) => existing(root, n, ['']));
  }
  return out;
}

/** Every own file reached from `seeds`, following references (a page or component brings its four files). */
function reach(root: string, seeds: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = seeds.filter((f) => fs.existsSync(path.join(root, f)));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || isNpm(file)) continue;
    seen.add(file);
    for (const ref of references(root, file)) queue.push(...ref.files);
  }
  return seen;
}

const pageFiles = (root: string, page: string): string[] => existing(root, page, PART_EXTS);

/** The spec that names `target` from `from`, absolute when the old one was. */
function specFor(oldSpec: string, from: string, target: string): string {
  if (oldSpec.startsWith('/')) return `/${target}`;
  const rel = posix.relative(posix.dirname(from), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Write `file` at `at` with each reference naming `moved(named)`; a file in place is left as is if unchanged. */
function rewrite(root: string, file: string, at: string, moved: (named: string) => string): void {
  let text = fs.readFileSync(path.join(root, file), 'utf8');
  const changed = new Map<string, string>();
  for (const ref of references(root, file)) {
    const spec = specFor(ref.spec, at, moved(ref.named));
    if (spec !== ref.spec || file !== at) changed.set(ref.spec, spec);
  }
  if (changed.size === 0 && file === at) return;
  if (file.endsWith('.json')) {
    const json = JSON.parse(text) as { usingComponents?: Record<string, string> };
    for (const [tag, spec] of Object.entries(json.usingComponents ?? {}))
      json.usingComponents![tag] = changed.get(spec) ?? spec;
    text = JSON.stringify(json);
  } else {
    text = text.replace(
      /(\brequire\(\s*["']|\bsrc="|@import\s+["'])([^"']+)(["'])/g,
      (all, head: string, spec: string, tail: string) =>
        changed.has(spec) ? `${head}${changed.get(spec)}${tail}` : all,
    );
  }
  fs.mkdirSync(path.dirname(path.join(root, at)), { recursive: true });
  fs.writeFileSync(path.join(root, at), text);
}

/** Why `f` cannot get a copy at `target`: an existing file there, or state at module level. */
function copyProblems(root: string, f: string, target: string): string[] {
  const problems: string[] = [];
  if (fs.existsSync(path.join(root, target)))
    problems.push(`${target}: already exists, cannot hold the copy of ${f}`);
  if (f.endsWith('.js') && STATE.test(fs.readFileSync(path.join(root, f), 'utf8')))
    problems.push(
      `${f}: keeps state at module level, but only subpackages use it and each would get its own copy ` +
        '(keep the state in storage, or use the module from the main package)',
    );
  return problems;
}

/** Copy `copies` into `sub`/shared and point the subpackage's files and the copies at them. */
function copyInto(root: string, sub: string, copies: readonly string[]): void {
  const copied = new Set(copies);
  const target = (f: string) => posix.join(sub, SHARED_DIR, f);
  /** Where a named module or component is now, seen from this subpackage. */
  const moved = (n: string) =>
    copied.has(n) || existing(root, n, ['.js', '.json']).some((f) => copied.has(f)) ? target(n) : n;
  for (const f of copies) rewrite(root, f, target(f), moved);
  const code = (f: string) => /\.(?:js|json|wxml|wxss)$/.test(f) && !f.startsWith(`${SHARED_DIR}/`);
  for (const f of listFiles(path.join(root, sub), isNpm).filter(code)) {
    const file = posix.join(sub, f);
    rewrite(root, file, file, moved);
  }
}

/**
 * Move main-tree files only subpackages reach into each such subpackage's `shared/` folder (see above).
 * Returns subpackage root → the main-tree files it got a copy of.
 */
export function placeSubpackageCode(root: string): Record<string, string[]> {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const roots = subPackageRoots(app);
  const inSub = (f: string) => roots.some((r) => f.startsWith(`${r}/`));
  const main = reach(root, [
    'app.js',
    'app.json',
    'app.wxss',
    ...(app.pages ?? []).flatMap((p) => pageFiles(root, p)),
  ]);
  const placed: Record<string, string[]> = {};
  for (const sub of roots) {
    const own = appPages(app)
      .filter((p) => p.startsWith(`${sub}/`))
      .flatMap((p) => pageFiles(root, p));
    const copies = [...reach(root, own)].filter((f) => !inSub(f) && !main.has(f)).sort();
    if (copies.length > 0) placed[sub] = copies;
  }
  const problems = Object.entries(placed).flatMap(([sub, copies]) =>
    copies.flatMap((f) => copyProblems(root, f, posix.join(sub, SHARED_DIR, f))),
  );
  if (problems.length > 0) throw new BuildError(problems);
  for (const [sub, copies] of Object.entries(placed)) copyInto(root, sub, copies);
  const moved = new Set(Object.values(placed).flat());
  for (const f of listFiles(root, (rel) => isNpm(rel) || roots.includes(rel)))
    if (moved.has(f) || (f.endsWith('.js') && !main.has(f))) fs.rmSync(path.join(root, f));
  return placed;
}
