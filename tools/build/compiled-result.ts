/**
 * miniprogram-ci `getCompiledResult`: compiles and minifies the package exactly as an upload would (offline,
 * throwaway key, `ignoreUploadUnusedFiles` from project.config.json), writes every file of it into a folder
 * (what an upload sends: the preview and the e2e tests run it) and runs `checkCodeQuality` (DevTools'
 * 代码质量 panel) on the same project. Runs in a child process because miniprogram-ci leaves a forked compiler
 * and a pending HTTPS request behind that keep the process alive for minutes, and drops empty hex-named
 * folders into its working directory (the child's cwd is a temp dir that is removed).
 */
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspect } from 'node:util';
import { BuildError } from './validate';
import { isMain, kb, nodeRequire, withTempDir } from './paths';

export interface PackageSize {
  /** Main package, KB (1024 bytes) after miniprogram-ci compile + minify, unused files dropped. */
  mainKB: number;
  /** All packages together, KB. */
  totalKB: number;
  /** Each subpackage root → KB. */
  subPackagesKB: Record<string, number>;
}

/** Files of the compiled result that are project metadata, not package content. */
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json']);

/** Sum the compiled files (path → byte size) into main/subpackage/total KB. */
export function sizeOf(files: Record<string, number>, subRoots: readonly string[]): PackageSize {
  const sub: Record<string, number> = Object.fromEntries(subRoots.map((r) => [r, 0]));
  let main = 0;
  let total = 0;
  for (const [file, bytes] of Object.entries(files)) {
    if (NOT_PACKAGED.has(file)) continue;
    total += bytes;
    const root = subRoots.find((r) => file.startsWith(`${r}/`));
    if (root) sub[root] = (sub[root] ?? 0) + bytes;
    else main += bytes;
  }
  return {
    mainKB: kb(main),
    totalKB: kb(total),
    subPackagesKB: Object.fromEntries(Object.entries(sub).map(([r, b]) => [r, kb(b)])),
  };
}

/** One item of DevTools' 代码质量 panel (`checkCodeQuality`). */
export interface QualityItem {
  name: string;
  success: boolean;
  text: string;
  detail?: unknown;
}

export interface CompiledResult {
  /** Every compiled file (path relative to the package root → bytes). */
  files: Record<string, number>;
  quality: QualityItem[];
}

/**
 * Compile `projectPath` (a mini program root with its own project.config.json) into `outDir` (emptied first)
 * and run the code-quality check on it.
 */
export async function compileForUpload(projectPath: string, outDir: string): Promise<CompiledResult> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  return withTempDir('mp-compile-', async (tmp) => {
    const keyPath = path.join(tmp, 'throwaway.private.key');
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    fs.writeFileSync(keyPath, privateKey, { mode: 0o600 });
    const outFile = path.join(tmp, 'result.json');
    const cwd = path.join(tmp, 'cwd');
    fs.mkdirSync(cwd);
    const args = [
      '--require',
      nodeRequire.resolve('tsx/cjs'),
      __filename,
      '--worker',
      projectPath,
      keyPath,
      outDir,
      outFile,
    ];
    const { code, output } = await runChild(args, cwd);
    if (code !== 0 || !fs.existsSync(outFile)) {
      throw new BuildError([`miniprogram-ci getCompiledResult failed:\n${indent(lastLines(output, 40))}`]);
    }
    return JSON.parse(fs.readFileSync(outFile, 'utf8')) as CompiledResult;
  });
}

function runChild(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const lastLines = (text: string, n: number): string =>
  text
    .split('\n')
    .filter(
      (l) =>
        !/servicewechat\.com|get white ext list fail|^serialize |^\[(miniprogram-builder|summer-compiler)\]/.test(
          l,
        ),
    )
    .slice(-n)
    .join('\n');
const indent = (text: string): string => text.replace(/^/gm, '    ');

/** miniprogram-ci rejects with Errors, plain objects or strings; keep whatever says what went wrong. */
function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  if (typeof err === 'object' && err !== null) {
    const o = err as Record<string, unknown>;
    return (
      [o.code, o.path ?? o.file, o.message ?? o.msg ?? o.errMsg].filter(Boolean).join(' ') ||
      inspect(err, { depth: 4 })
    );
  }
  return String(err);
}

/** Child side: compile into `outDir`, check quality, write the result; exit hard (miniprogram-ci leaves handles open). */
async function worker(projectPath: string, keyPath: string, outDir: string, outFile: string): Promise<void> {
  const ci = nodeRequire('miniprogram-ci') as typeof import('miniprogram-ci');
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKeyPath: keyPath,
    ignores: ['node_modules/**/*'],
  });
  // No network: the project attributes would be fetched with the (throwaway) key otherwise.
  Object.assign(project, { attr: async () => ci.DefaultProjectAttr });
  const result = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    setting: { useProjectConfig: true },
  });
  const files: Record<string, number> = {};
  for (const [file, content] of Object.entries(result)) {
    const target = path.join(outDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    files[file] = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  const quality = (await ci.checkCodeQuality(project)) as unknown as QualityItem[];
  const items = quality.map(({ name, success, text, detail }) => ({ name, success, text, detail }));
  fs.writeFileSync(outFile, JSON.stringify({ files, quality: items } satisfies CompiledResult));
}

if (isMain(__filename) && process.argv[2] === '--worker') {
  const [projectPath, keyPath, outDir, outFile] = process.argv.slice(3) as [string, string, string, string];
  worker(projectPath, keyPath, outDir, outFile).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(describe(err));
      process.exit(1);
    },
  );
}
