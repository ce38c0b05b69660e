/**
 * The single entry behind the npm scripts:
 *
 *   npm run build    mini program → dist/miniprogram, compiled as uploaded → dist/compiled (+ checks, sizes),
 *                    cloud functions → cloudfunctions/<fn>/index.js
 *   npm run dev      build, local cloud, browser preview; keeps running (Ctrl-C stops)
 *   npm test         system packages for the browser tests (installed when possible, else stop with the command)
 *                    → tsc → eslint + prettier --check → build → jest (all projects); last line `tests: N passed, N failed`
 *   npm run bench    every tools/bench/*.bench.ts, one `name: value` line per figure
 *   npm run release  build, upload cloud functions and the mini program (needs MP_APPID and a key; see tools/release.ts)
 *   npm run deploy   collections, indexes, rules and functions of the CloudBase environment (see tools/deploy.ts);
 *                    `npm run deploy -- --dry-run` prints the plan offline
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCloudFunctions } from './build/cloudfunctions';
import { buildMiniprogram, type BuildReport } from './build/miniprogram';
import { repoRoot } from './build/paths';
import { ensureSystemPackages } from './build/system-packages';

const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

/** Run a command from the repo root with inherited stdio; resolves to its exit code. */
export function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export async function build(): Promise<BuildReport> {
  const report = await buildMiniprogram();
  await buildCloudFunctions();
  return report;
}

interface JestSummary {
  passed: number;
  failed: number;
  ok: boolean;
}

/** jest, all projects, in band, TZ=UTC; counts read from its --json output. */
async function jest(extraArgs: readonly string[], env: NodeJS.ProcessEnv): Promise<JestSummary> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jest-json-'));
  const outputFile = path.join(dir, 'results.json');
  try {
    const code = await run(
      bin('jest'),
      ['--runInBand', '--json', `--outputFile=${outputFile}`, ...extraArgs],
      {
        ...env,
        TZ: 'UTC',
        CI: process.env.CI ?? 'true',
      },
    );
    if (!fs.existsSync(outputFile)) return { passed: 0, failed: 0, ok: false };
    const r = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      success: boolean;
    };
    return { passed: r.numPassedTests, failed: r.numFailedTests, ok: code === 0 && r.success };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function step(name: string, failures: string[], fn: () => Promise<boolean>): Promise<boolean> {
  console.log(`\n▶ ${name}`);
  const t = Date.now();
  let ok: boolean;
  try {
    ok = await fn();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    ok = false;
  }
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(name);
  return ok;
}

/** Every step runs even after a failure (one CI run shows everything); exit code 1 if any failed. */
export async function test(jestArgs: readonly string[]): Promise<number> {
  // The browser tests cannot run without them: stop at once rather than after minutes of other steps.
  if (!ensureSystemPackages()) return 1;
  const failures: string[] = [];
  await step(
    'typecheck (tsc --noEmit)',
    failures,
    async () => (await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])) === 0,
  );
  await step('eslint', failures, async () => (await run(bin('eslint'), ['.'])) === 0);
  await step(
    'prettier --check',
    failures,
    async () => (await run(bin('prettier'), ['--check', '.', '--log-level', 'warn'])) === 0,
  );
  const built = await step('build', failures, async () => Boolean(await build()));
  // e2e reuses this build's compiled result instead of building again (test/e2e/helpers/build.ts).
  const env = built ? { E2E_MINIPROGRAM_ROOT: path.join('dist', 'compiled') } : {};
  let summary: JestSummary = { passed: 0, failed: 0, ok: false };
  await step('jest', failures, async () => {
    summary = await jest(jestArgs, env);
    return summary.ok;
  });
  if (failures.length > 0) console.log(`\nFAILED: ${failures.join(', ')}`);
  console.log(`tests: ${summary.passed} passed, ${summary.failed} failed`);
  return failures.length > 0 ? 1 : 0;
}

export async function dev(): Promise<number> {
  const report = await build();
  const { startLocalCloud, DEFAULT_DATA_FILE } = await import('./cloud/index');
  const { startPreview } = await import('./preview/index');
  const { APP_COLLECTIONS } = await import('./cloud/app-database');
  const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const cloud = await startLocalCloud({
    port: port('LOCAL_CLOUD_PORT', 4100),
    dataFile: DEFAULT_DATA_FILE,
    collections: APP_COLLECTIONS,
  });
  console.log(`local cloud: ${cloud.url}`);
  const preview = await startPreview({
    root: report.compiledDir ?? 'dist/compiled',
    cloudUrl: cloud.url,
    port: port('PREVIEW_PORT', 4200),
  });
  console.log(`申诉向导 preview: ${preview.url}`);
  const stop = async (): Promise<void> => {
    await preview.close();
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await new Promise<never>(() => undefined);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      await build();
      return 0;
    case 'dev':
      return dev();
    case 'test':
      return test(rest);
    case 'bench':
      return (await import('./bench/index')).runBenches();
    case 'release':
      return (await import('./release')).release();
    case 'deploy':
      return (await import('./deploy')).deploy(rest);
    default:
      console.error('usage: tsx tools/cli.ts build|dev|test|bench|release|deploy');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  // Exit explicitly: miniprogram-ci and friends can leave handles open.
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
