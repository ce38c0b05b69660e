/** npm test's first step: the browser tests' Debian packages, installed when possible, else the exact command. */
import { ensureSystemPackages, type Host, type SystemPackage } from '../../../tools/build/system-packages';

function pkg(name: string, installed: Set<string>): SystemPackage {
  return { name, why: 'tests', present: () => installed.has(name) };
}

function host(opts: { isRoot?: boolean; sudo?: boolean; aptWorks?: boolean }, installed: Set<string>) {
  const ran: string[] = [];
  const lines: string[] = [];
  const h: Host = {
    isRoot: opts.isRoot ?? false,
    canSudo: () => opts.sudo ?? false,
    run: (cmd, args) => {
      ran.push([cmd, ...args].join(' '));
      const works = opts.aptWorks ?? true;
      if (works && args.includes('install')) for (const a of args) if (!a.startsWith('-')) installed.add(a);
      return works;
    },
    log: (line) => lines.push(line),
  };
  return { h, ran, lines };
}

test('nothing to do when everything is installed', () => {
  const installed = new Set(['chromium', 'fonts-noto-cjk']);
  const { h, ran } = host({ isRoot: true }, installed);
  expect(ensureSystemPackages([pkg('chromium', installed), pkg('fonts-noto-cjk', installed)], h)).toBe(true);
  expect(ran).toEqual([]);
});

test('as root the missing packages are installed with apt-get', () => {
  const installed = new Set(['chromium']);
  const { h, ran } = host({ isRoot: true }, installed);
  expect(ensureSystemPackages([pkg('chromium', installed), pkg('fonts-noto-cjk', installed)], h)).toBe(true);
  expect(ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends fonts-noto-cjk']);
});

test('without root, sudo -n is used when it works', () => {
  const installed = new Set<string>();
  const { h, ran } = host({ sudo: true }, installed);
  expect(ensureSystemPackages([pkg('chromium', installed)], h)).toBe(true);
  expect(ran).toEqual([
    'sudo -n apt-get update',
    'sudo -n apt-get install -y --no-install-recommends chromium',
  ]);
});

test('without root or sudo it stops at once with the exact command, installing nothing', () => {
  const installed = new Set<string>();
  const { h, ran, lines } = host({}, installed);
  expect(ensureSystemPackages([pkg('chromium', installed), pkg('fonts-noto-cjk', installed)], h)).toBe(false);
  expect(ran).toEqual([]);
  expect(lines.join('\n')).toContain(
    'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk',
  );
});

test('a failed install stops with the command too', () => {
  const installed = new Set<string>();
  const { h, lines } = host({ isRoot: true, aptWorks: false }, installed);
  expect(ensureSystemPackages([pkg('chromium', installed)], h)).toBe(false);
  expect(lines.at(-1)).toContain('apt-get install -y --no-install-recommends chromium');
});
