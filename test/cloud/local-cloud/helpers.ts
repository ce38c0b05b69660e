/**
 * Test helpers: bundle fixture cloud functions (test/cloud/fixtures/<name>/index.ts) the way the build bundles
 * real ones (esbuild, CommonJS, wx-server-sdk external) into a git-ignored temp folder inside the repo (so
 * `require('wx-server-sdk')` resolves to the pinned copy), and start a local cloud on them.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../../tools/cloud';
import { bundleFunction } from '../../../tools/cloud/bundle';

export const REPO = resolve(__dirname, '..', '..', '..');
const FIXTURES = join(REPO, 'test', 'cloud', 'fixtures');

export interface Bundled {
  readonly dir: string;
  readonly functionPaths: Record<string, string>;
  cleanup(): void;
}

export function bundleFixtures(names: readonly string[]): Bundled {
  const dir = join(REPO, '.tmp', 'local-cloud-fixtures', `${process.pid}-${randomBytes(4).toString('hex')}`);
  const functionPaths: Record<string, string> = {};
  for (const name of names) {
    const out = join(dir, name);
    mkdirSync(out, { recursive: true });
    bundleFunction(join(FIXTURES, name, 'index.ts'), join(out, 'index.js'));
    const config = join(FIXTURES, name, 'config.json');
    if (existsSync(config)) copyFileSync(config, join(out, 'config.json'));
    functionPaths[name] = join(out, 'index.js');
  }
  return { dir, functionPaths, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startWithFixtures(
  names: readonly string[],
  opts: Omit<LocalCloudOptions, 'functionPaths' | 'functionsDir'> = {},
): Promise<{ cloud: LocalCloud; bundled: Bundled; stop: () => Promise<void> }> {
  const bundled = bundleFixtures(names);
  const cloud = await startLocalCloud({
    port: 0,
    dataFile: null,
    functionsDir: bundled.dir,
    functionPaths: bundled.functionPaths,
    ...opts,
  });
  return {
    cloud,
    bundled,
    stop: async () => {
      await cloud.close();
      bundled.cleanup();
    },
  };
}
