/**
 * The Debian packages the browser tests need (chromium drives the preview, fonts-noto-cjk draws Chinese text).
 * `npm test` checks them first: installs what is missing when it can (as root, or with `sudo -n`), and otherwise
 * stops at once with the exact command to run, so `npm ci && npm test` is the whole set-up on a fresh machine.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface SystemPackage {
  readonly name: string;
  /** What it is needed for (printed when it is missing). */
  readonly why: string;
  present(): boolean;
}

/** Runs a command with inherited output; true when it exits 0. */
export type Runner = (cmd: string, args: readonly string[]) => boolean;

export interface Host {
  isRoot: boolean;
  /** `sudo -n` works (sudo installed, no password needed). */
  canSudo(): boolean;
  run: Runner;
  log(line: string): void;
}

const quietly = (cmd: string, args: readonly string[]): boolean =>
  spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

export const BROWSER_PACKAGES: readonly SystemPackage[] = [
  {
    name: 'chromium',
    why: 'the browser the e2e tests drive',
    present: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  {
    name: 'fonts-noto-cjk',
    why: 'Chinese text in the browser tests and screenshots',
    present: () => quietly('dpkg', ['-s', 'fonts-noto-cjk']),
  },
];

export const localHost = (): Host => ({
  isRoot: process.getuid?.() === 0,
  canSudo: () => quietly('sudo', ['-n', 'true']),
  run: (cmd, args) =>
    spawnSync(cmd, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0,
  log: (line) => console.log(line),
});

/** Make sure `packages` are installed; false (after printing the exact command) when they are not. */
export function ensureSystemPackages(
  packages: readonly SystemPackage[] = BROWSER_PACKAGES,
  host: Host = localHost(),
): boolean {
  const missing = packages.filter((p) => !p.present());
  if (missing.length === 0) return true;
  const names = missing.map((p) => p.name);
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...names];
  host.log(`missing: ${missing.map((p) => `${p.name} (${p.why})`).join(', ')}`);
  const prefix = host.isRoot ? [] : host.canSudo() ? ['sudo', '-n'] : undefined;
  if (prefix) {
    const [cmd, ...args] = [...prefix, 'apt-get', 'update'];
    const [icmd, ...iargs] = [...prefix, ...install];
    host.log(`installing: ${[...prefix, ...install].join(' ')}`);
    if (
      host.run(cmd as string, args) &&
      host.run(icmd as string, iargs) &&
      missing.every((p) => p.present())
    ) {
      return true;
    }
  }
  host.log(
    `cannot install them from here; run this, then npm test again:\n  sudo apt-get update && sudo ${install.join(' ')}`,
  );
  return false;
}
