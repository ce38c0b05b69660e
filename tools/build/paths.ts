import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/** Repository root (this file lives in tools/build/). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Resolve a path given by a caller: absolute stays, relative is taken from the repository root. */
export function fromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(repoRoot, p);
}

/** All files under `dir` (relative, `/`-separated), skipping dot-entries and `node_modules`. */
export function listFiles(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || skip(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** Run `fn` with a fresh temporary directory that is removed afterwards, whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Kilobytes (1024 bytes), one decimal. */
export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Node's require (the mini program typings redeclare the global `require` without `resolve`/`main`). */
export const nodeRequire = createRequire(__filename);

/** True when `file` (pass `__filename`) is the script node was started with. */
export function isMain(file: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === file;
}
