/**
 * Vant components the main package does not use live in each subpackage that uses them: WeChat looks for
 * `miniprogram_npm` from the page's folder upwards, so `<root>/miniprogram_npm/@vant/weapp/field/index`
 * serves `"van-field": "@vant/weapp/field/index"` of a page (or of a component copied into `<root>/shared/`)
 * under `<root>` and stays out of the main package. Runs on the built folder after subpackage-code.ts, so
 * the components a subpackage got a copy of count as its own. Each such Vant component is copied from the
 * packed `miniprogram_npm` with every file it reaches (usingComponents, require, <wxs>/<import>/<include> src,
 * @import); the rest stays in the main package.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from './paths';
import { subPackageRoots } from './validate';

const NPM_DIR = 'miniprogram_npm';

type AppJson = Parameters<typeof subPackageRoots>[0] & { usingComponents?: Record<string, string> };

/** npm-style usingComponents values (not relative, not absolute, not plugins) of one JSON file. */
function npmComponents(file: string): string[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { usingComponents?: Record<string, string> };
  return Object.values(json.usingComponents ?? {}).filter((v) => /^[@a-z]/i.test(v) && !v.includes('://'));
}

/** Files (relative to `npmRoot`) a packed component needs, itself included. */
export function componentClosure(npmRoot: string, component: string): string[] {
  const seen = new Set<string>();
  const queue = ['.js', '.json', '.wxml', '.wxss', '.wxs'].map((ext) => component + ext);
  const add = (from: string, spec: string, exts: readonly string[]): void => {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    for (const candidate of [base, ...exts.map((ext) => base + ext)]) {
      if (
        fs.existsSync(path.join(npmRoot, candidate)) &&
        fs.statSync(path.join(npmRoot, candidate)).isFile()
      ) {
        queue.push(candidate);
        return;
      }
    }
  };
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !fs.existsSync(path.join(npmRoot, file))) continue;
    seen.add(file);
    const text = fs.readFileSync(path.join(npmRoot, file), 'utf8');
    if (file.endsWith('.json')) {
      for (const spec of Object.values(
        (JSON.parse(text) as { usingComponents?: Record<string, string> }).usingComponents ?? {},
      )) {
        if (spec.startsWith('.'))
          for (const ext of ['.js', '.json', '.wxml', '.wxss']) add(file, spec + ext, []);
      }
    }
    for (const m of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) add(file, m[1] as string, ['.js']);
    for (const m of text.matchAll(/<(?:wxs|import|include)\b[^>]*\bsrc="([^"]+)"/g))
      add(file, m[1] as string, []);
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g)) add(file, m[1] as string, []);
  }
  return [...seen].sort();
}

/**
 * Copy into each subpackage root of the built folder `srcDir` the npm components it uses and the main
 * package does not (with their files); remove stale copies. Returns subpackage root → components placed there.
 */
export function placeSubpackageNpm(srcDir: string): Record<string, string[]> {
  const app = JSON.parse(fs.readFileSync(path.join(srcDir, 'app.json'), 'utf8')) as AppJson;
  const roots = subPackageRoots(app);
  const inRoot = (rel: string) => roots.find((r) => rel.startsWith(`${r}/`));
  const ownJson = listFiles(srcDir, (rel) => rel === NPM_DIR || rel.endsWith(`/${NPM_DIR}`)).filter(
    (f) => f.endsWith('.json') && fs.existsSync(path.join(srcDir, f.replace(/\.json$/, '.wxml'))),
  );
  const mainUses = new Set([
    ...Object.values(app.usingComponents ?? {}),
    ...ownJson.filter((f) => !inRoot(f)).flatMap((f) => npmComponents(path.join(srcDir, f))),
  ]);
  const npmRoot = path.join(srcDir, NPM_DIR);
  const placed: Record<string, string[]> = {};
  for (const root of roots) {
    const target = path.join(srcDir, root, NPM_DIR);
    fs.rmSync(target, { recursive: true, force: true });
    const only = [
      ...new Set(
        ownJson.filter((f) => inRoot(f) === root).flatMap((f) => npmComponents(path.join(srcDir, f))),
      ),
    ]
      .filter((c) => !mainUses.has(c) && fs.existsSync(path.join(npmRoot, `${c}.json`)))
      .sort();
    if (only.length === 0) continue;
    placed[root] = only;
    for (const file of new Set(only.flatMap((c) => componentClosure(npmRoot, c)))) {
      fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
      fs.copyFileSync(path.join(npmRoot, file), path.join(target, file));
    }
  }
  return placed;
}
