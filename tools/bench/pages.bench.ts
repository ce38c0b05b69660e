/**
 * Benchmark: every page of app.json as the page audit measures it (test/pages/audit.test.ts; measuring in
 * tools/audit/, page states in test/support/audit/), per page:
 *
 *   page.<name>.nodes           WXML nodes in the richest state (elements incl. custom components' shadow trees)
 *   page.<name>.depth           deepest WXML node (page root = 1)
 *   page.<name>.setdata.calls   the most setData calls one user action makes (1; the audit fails above)
 *   page.<name>.setdata.bytes   the largest setData payload of a user action (target: ≤ 4 KB per answer step)
 *   page.<name>.load.bytes      everything sent on load: initial data and every setData of the page and of its
 *                               components (≤ 4 KB; the audit fails above, test/support/audit/limits.ts)
 *
 * setData calls and bytes count the page's custom components too.
 *
 *   a11y.contrast.failures      texts under their contrast (4.5:1, 3:1 large), every page, light and dark,
 *                               normal and 大字模式, as Chromium renders them in the preview (target 0)
 *   a11y.small.text             texts under 14 px (18 px in 大字模式), same pages and states (target 0)
 *
 * These two come from the browser test test/e2e/accessibility.test.ts (A11Y_FIGURES_FILE), run the same way.
 *
 * <name> is the page path without `pages/` and trailing `index`: `home`, `diagnosis.questionnaire`, `settings`.
 * Rendering needs jsdom, miniprogram-simulate and the local cloud, which the jest "pages" project sets up, so
 * this spawns jest on the audit with AUDIT_FIGURES_FILE and reads the figures back: the same code as the test.
 * The audit failing (a limit breached) does not stop the figures: `npm test` is the gate.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../build/paths';
import type { PageAudit } from '../audit/figures';
import { appPages, pageName } from '../audit/pages';

function jest(
  project: string,
  file: string,
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(repoRoot, 'node_modules', '.bin', 'jest'),
      ['--selectProjects', project, '--runInBand', '--runTestsByPath', file],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TZ: 'UTC', CI: process.env.CI ?? 'true', ...env },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Contrast failures and too-small texts, from the browser audit of every page. */
async function a11yFigures(dir: string): Promise<Array<[string, number]>> {
  const file = path.join(dir, 'a11y.json');
  const { output } = await jest('e2e', 'test/e2e/accessibility.test.ts', { A11Y_FIGURES_FILE: file });
  if (!fs.existsSync(file))
    throw new Error(`the accessibility audit wrote no figures:\n${output.slice(-4000)}`);
  const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as { contrast: number; small: number };
  return [
    ['a11y.contrast.failures', figures.contrast],
    ['a11y.small.text', figures.small],
  ];
}

export async function run(): Promise<Array<[string, number]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-audit-'));
  const file = path.join(dir, 'figures.json');
  try {
    const { code, output } = await jest('pages', 'test/pages/audit.test.ts', { AUDIT_FIGURES_FILE: file });
    const audits: PageAudit[] = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PageAudit[])
      : [];
    const byPage = new Map(audits.map((a) => [a.page, a]));
    const missing = appPages().filter((p) => !byPage.has(p));
    if (missing.length)
      throw new Error(
        `the page audit measured no figures for ${missing.join(', ')}:\n${output.slice(-4000)}`,
      );
    if (code !== 0) console.error('pages.bench: the page audit fails (see `npm test`); figures as measured:');
    const a11y = await a11yFigures(dir);
    const pages = appPages().flatMap((p): Array<[string, number]> => {
      const { figures } = byPage.get(p)!;
      const name = `page.${pageName(p)}`;
      return [
        [`${name}.nodes`, figures.nodes],
        [`${name}.depth`, figures.depth],
        [`${name}.setdata.calls`, figures.calls],
        [`${name}.setdata.bytes`, figures.bytes],
        [`${name}.load.bytes`, figures.loadBytes],
      ];
    });
    return [...pages, ...a11y];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
