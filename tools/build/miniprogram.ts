/**
 * Offline build of the mini program: npm packing, per-file TS → CommonJS JS into dist/miniprogram, code and
 * Vant components only subpackages use moved into them (subpackage-code.ts, subpackage-npm.ts), the validation WeChat DevTools would do (WXML/WXS compile,
 * pages, usingComponents, require targets), then miniprogram-ci's own compile as an upload does it into
 * dist/compiled — the one artefact the preview and the e2e tests run — checked again file by file, with
 * DevTools' code-quality panel as a gate and the package sizes.
 *
 *   import { buildMiniprogram } from './tools/build/miniprogram';
 *   const report = await buildMiniprogram(); // dist/miniprogram, dist/compiled, miniprogram/miniprogram_npm
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transform } from 'esbuild';
import { compileForUpload, sizeOf, type PackageSize } from './compiled-result';
import { fromRoot, isMain, listFiles, nodeRequire, repoRoot } from './paths';
import { qualityProblems } from './quality';
import { placeSubpackageCode } from './subpackage-code';
import { placeSubpackageNpm } from './subpackage-npm';
import {
  BuildError,
  subPackageRoots,
  validateCompiled,
  validateMiniprogram,
  type ValidationCounts,
} from './validate';

export { BuildError } from './validate';
export type { PackageSize } from './compiled-result';

export interface BuildOptions {
  /** Output folder; default `dist/miniprogram` (relative paths are from the repository root). */
  outDir?: string;
  /** Mini program source root; default `miniprogram`. Tests point it at a fixture copy. */
  srcDir?: string;
  /** Pack npm deps into `<srcDir>/miniprogram_npm` with miniprogram-ci first; default: only for the real app. */
  packNpm?: boolean;
  /** Compile as an upload does (miniprogram-ci, about 10 s) into `compiledDir`, check it, size it; default true. */
  compile?: boolean;
  /** Where the compiled result goes; default `dist/compiled`, or `<outDir>.compiled` when `outDir` is given. */
  compiledDir?: string;
  /** Where progress lines go; default console.log. Pass `() => {}` for silence. */
  log?: (line: string) => void;
}

export interface BuildReport {
  /** Absolute path of the built mini program (a project folder miniprogram-ci / DevTools can open). */
  outDir: string;
  /** Wall time of the whole build, ms. */
  ms: number;
  /** .ts files transpiled to .js, and other files copied (miniprogram_npm included). */
  files: { transpiled: number; copied: number };
  checked: ValidationCounts;
  /** Compiled package sizes (as uploaded); null when `compile: false`. */
  size: PackageSize | null;
  /** Absolute path of the compiled result (what an upload sends); null when `compile: false`. */
  compiledDir: string | null;
  /** checkCodeQuality items checked (every one passed: a failing item fails the build); 0 when not compiled. */
  qualityItems: number;
  /** Subpackage root → main-tree files it got its own copy of (subpackage-code.ts). */
  movedToSubpackages: Record<string, string[]>;
}

/**
 * Syntax target of the emitted JS. ES2017 runs natively on every phone that runs WeChat's base library 3.x
 * (iOS 10.3+, Android System WebView/V8 55+), so project.config.json turns off the ES6→ES5 and enhanced
 * compile (their Babel helpers and regenerator cost about 47 KB of the main package). Upload with
 * `npm run release`, which sends this ES2017 output.
 */
export const JS_TARGET = 'es2017';
/** The main package (what every user downloads before the first page shows) may not grow past this, KB. */
export const MAIN_PACKAGE_BUDGET_KB = 256;
const NPM_DIR = 'miniprogram_npm';
/**
 * Files of npm packages we require by their own path (miniprogram-ci packs only each package's main entry):
 * dayjs plugins, self-contained UMD files.
 */
const EXTRA_NPM_FILES = ['dayjs/plugin/utc.js'];

export async function buildMiniprogram(opts: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const log = opts.log ?? ((line: string) => console.log(line));
  const srcDir = fromRoot(opts.srcDir ?? 'miniprogram');
  const outDir = fromRoot(opts.outDir ?? path.join('dist', 'miniprogram'));
  if (opts.packNpm ?? opts.srcDir === undefined) await packNpm(srcDir, log);

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const files = await emit(srcDir, outDir);
  const movedToSubpackages = placeSubpackageCode(outDir);
  placeSubpackageNpm(outDir);
  const checked = validateMiniprogram(outDir);
  writeProjectConfig(outDir);
  const compiled =
    opts.compile === false
      ? { size: null, compiledDir: null, qualityItems: 0 }
      : await compileAndCheck(outDir, opts);
  const report: BuildReport = {
    outDir,
    ms: Date.now() - started,
    files,
    checked,
    movedToSubpackages,
    ...compiled,
  };
  log(summary(report));
  return report;
}

/**
 * Compile `outDir` as an upload does into the compiled folder, then refuse what WeChat would break on: a file
 * the result lacks, a failing code-quality item, a main package over budget.
 */
async function compileAndCheck(
  outDir: string,
  opts: BuildOptions,
): Promise<Pick<BuildReport, 'compiledDir' | 'qualityItems'> & { size: PackageSize }> {
  const compiledDir = fromRoot(
    opts.compiledDir ?? (opts.outDir === undefined ? path.join('dist', 'compiled') : `${outDir}.compiled`),
  );
  const compiled = await compileForUpload(outDir, compiledDir);
  validateCompiled(compiledDir);
  const problems = qualityProblems(compiled.quality);
  if (problems.length > 0) throw new BuildError(problems);
  const app = JSON.parse(fs.readFileSync(path.join(outDir, 'app.json'), 'utf8')) as Parameters<
    typeof subPackageRoots
  >[0];
  const size = sizeOf(compiled.files, subPackageRoots(app));
  if (size.mainKB > MAIN_PACKAGE_BUDGET_KB) {
    throw new BuildError([
      `main package ${size.mainKB} KB is over its ${MAIN_PACKAGE_BUDGET_KB} KB budget (compiled as uploaded)`,
    ]);
  }
  return { compiledDir, qualityItems: compiled.quality.length, size };
}

/** One human line (two with sizes). */
export function summary(r: BuildReport): string {
  const c = r.checked;
  const lines = [
    `miniprogram: ${r.files.transpiled} ts → js, ${r.files.copied} files copied → ${path.relative(repoRoot, r.outDir) || r.outDir}; ` +
      `checked ${c.pages} pages, ${c.components} components, ${c.wxml} wxml, ${c.wxs} wxs, ${c.requires} requires (${r.ms} ms)`,
  ];
  if (r.size) {
    const subs = Object.entries(r.size.subPackagesKB).map(([k, v]) => `${k} ${v}`);
    const moved = Object.values(r.movedToSubpackages).flat().length;
    lines.push(
      `package: main ${r.size.mainKB} KB, total ${r.size.totalKB} KB${subs.length ? ` (${subs.join(', ')})` : ''}`,
      `compiled → ${path.relative(repoRoot, r.compiledDir ?? '') || r.compiledDir}; code quality: ` +
        `${r.qualityItems} items, 0 failing; ${moved} main-tree files copied into the subpackages that use them`,
    );
  }
  return lines.join('\n');
}

/** Transpile one TS source to a CommonJS module (no bundling: requires stay as written). */
export async function transpile(source: string, sourcefile: string): Promise<string> {
  const result = await transform(source, {
    loader: 'ts',
    format: 'cjs',
    target: JS_TARGET,
    sourcefile,
    charset: 'utf8',
  });
  return result.code;
}

async function emit(srcDir: string, outDir: string): Promise<BuildReport['files']> {
  const files = listFiles(srcDir);
  let transpiled = 0;
  let copied = 0;
  await Promise.all(
    files.map(async (rel) => {
      const from = path.join(srcDir, rel);
      if (rel.endsWith('.d.ts')) return;
      const isTs = rel.endsWith('.ts');
      const to = path.join(outDir, isTs ? rel.replace(/\.ts$/, '.js') : rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      if (isTs) {
        fs.writeFileSync(to, await transpile(fs.readFileSync(from, 'utf8'), rel));
        transpiled++;
      } else {
        fs.copyFileSync(from, to);
        copied++;
      }
    }),
  );
  const clash = files.filter((f) => f.endsWith('.js') && files.includes(f.replace(/\.js$/, '.ts')));
  if (clash.length > 0) throw new BuildError(clash.map((f) => `${f}: both .js and .ts sources exist`));
  return { transpiled, copied };
}

/** project.config.json for the built folder: the repo's settings, but JS already compiled and no sub-roots. */
function writeProjectConfig(outDir: string): void {
  const base = JSON.parse(fs.readFileSync(path.join(repoRoot, 'project.config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const setting = { ...(base.setting as Record<string, unknown> | undefined) };
  for (const key of ['useCompilerPlugins', 'packNpmManually', 'packNpmRelationList']) delete setting[key];
  const config: Record<string, unknown> = { ...base, setting };
  for (const key of ['miniprogramRoot', 'srcMiniprogramRoot', 'cloudfunctionRoot']) delete config[key];
  config.description = 'Generated by tools/build/miniprogram.ts from the repository project.config.json.';
  fs.writeFileSync(path.join(outDir, 'project.config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

/**
 * `miniprogram_npm` via miniprogram-ci packNpmManually (no key, no network), skipped when the installed
 * dependency versions did not change. Fails if a package would be ESM (Vant must be its `lib` CJS build).
 */
export async function packNpm(srcDir: string, log: (line: string) => void = console.log): Promise<void> {
  const npmDir = path.join(srcDir, NPM_DIR);
  const stampFile = path.join(npmDir, '.packed-from.json');
  const stamp = JSON.stringify({ ...installedDependencies(), extra: EXTRA_NPM_FILES });
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  const ci = nodeRequire('miniprogram-ci') as typeof import('miniprogram-ci');
  fs.rmSync(npmDir, { recursive: true, force: true });
  const res = await ci.packNpmManually({
    packageJsonPath: path.join(repoRoot, 'package.json'),
    miniprogramNpmDistDir: srcDir + path.sep,
  });
  for (const file of EXTRA_NPM_FILES) {
    fs.mkdirSync(path.dirname(path.join(npmDir, file)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'node_modules', file), path.join(npmDir, file));
  }
  const esm = listFiles(npmDir).filter(
    (f) =>
      f.endsWith('.js') && /^\s*(import\s[^(]|export\s)/m.test(fs.readFileSync(path.join(npmDir, f), 'utf8')),
  );
  if (esm.length > 0)
    throw new BuildError(
      esm.slice(0, 5).map((f) => `${NPM_DIR}/${f}: ES module syntax (use the CommonJS build)`),
    );
  fs.writeFileSync(stampFile, stamp);
  log(
    `miniprogram_npm: packed ${res.miniProgramPackNum + res.otherNpmPackNum} packages (${res.warnList.length} warnings)`,
  );
}

function installedDependencies(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.fromEntries(
    Object.keys(pkg.dependencies ?? {}).map((name) => {
      const file = path.join(repoRoot, 'node_modules', name, 'package.json');
      const version = fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
        : '?';
      return [name, version];
    }),
  );
}

if (isMain(__filename)) {
  buildMiniprogram().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
