/**
 * What the e2e tests run: the mini program built from the current sources and compiled as an upload
 * compiles it (miniprogram-ci, the files and bytes WeChat would get), into folders of this test process
 * (parallel test files never rebuild each other's dist/), and the cloud function bundles the local cloud
 * loads (cloudfunctions/<fn>/index.js), rebuilt only when older than their sources.
 *
 * `E2E_MINIPROGRAM_ROOT=<dir>` runs an existing compiled result instead (npm test passes dist/compiled).
 */
import fs from 'fs';
import path from 'path';
import { buildCloudFunctions, cloudFunctionNames } from '../../../tools/build/cloudfunctions';
import { buildMiniprogram } from '../../../tools/build/miniprogram';
import { REPO_ROOT } from '../../../tools/preview/browser';

export interface E2eBuild {
  /** The compiled mini program to preview. */
  readonly root: string;
  /** Remove what this process built. */
  cleanup(): void;
}

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

async function ensureCloudFunctions(): Promise<void> {
  const root = path.join(REPO_ROOT, 'cloudfunctions');
  const sources = Math.max(
    newestMtime(path.join(root, 'shared')),
    ...cloudFunctionNames(root).map((n) => newestMtime(path.join(root, n, 'src'))),
  );
  const stale = cloudFunctionNames(root).some((name) => {
    const bundle = path.join(root, name, 'index.js');
    return !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources;
  });
  if (stale) await buildCloudFunctions({ log: () => undefined });
}

/** A hook that may build (compiling as an upload does takes minutes on a busy machine) waits this long. */
export const BUILD_TIMEOUT_MS = 600_000;

let pending: Promise<E2eBuild> | null = null;

async function build(): Promise<E2eBuild> {
  await ensureCloudFunctions();
  const given = process.env.E2E_MINIPROGRAM_ROOT;
  if (given) return { root: path.resolve(REPO_ROOT, given), cleanup: () => undefined };
  const outDir = path.join(REPO_ROOT, '.tmp', 'e2e', `miniprogram-${process.pid}`);
  const packed = fs.existsSync(path.join(REPO_ROOT, 'miniprogram', 'miniprogram_npm', '@vant'));
  const report = await buildMiniprogram({ outDir, packNpm: !packed, log: () => undefined });
  const root = report.compiledDir as string;
  return {
    root,
    cleanup: () => {
      fs.rmSync(report.outDir, { recursive: true, force: true });
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Build once per test process (later calls share the same build). */
export function prepareBuild(): Promise<E2eBuild> {
  pending ??= build();
  return pending;
}
