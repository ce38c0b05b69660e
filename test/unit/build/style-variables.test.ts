/**
 * CSS variables in our WXSS: every variable we set is read by our own styles or by a Vant component, and every
 * variable we read is set (in WXSS, or on a page root's style by a service). A misspelt or wrongly prefixed name (Vant Weapp reads `--button-small-height`, not
 * `--van-button-small-height`) fails silently in WeChat: buttons and cells keep their small default sizes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function wxssUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'miniprogram_npm' ? [] : wxssUnder(full);
    return entry.name.endsWith('.wxss') ? [full] : [];
  });
}

const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const SET = /(--[a-z0-9-]+)\s*:/g;
const READ = /var\(\s*(--[a-z0-9-]+)/g;

const ours = wxssUnder(path.join(ROOT, 'miniprogram')).map((file) => fs.readFileSync(file, 'utf8'));
const vant = wxssUnder(path.join(ROOT, 'node_modules', '@vant', 'weapp', 'dist')).map((file) =>
  fs.readFileSync(file, 'utf8'),
);
/** Variables the services set on a page root's style binding (e.g. WeChat's font scale). */
const servicesDir = path.join(ROOT, 'miniprogram', 'services');
const setAtRunTime = fs
  .readdirSync(servicesDir)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => names(fs.readFileSync(path.join(servicesDir, f), 'utf8'), /[`'"](--[a-z0-9-]+)\s*:/g));
const setByUs = new Set([...ours.flatMap((t) => names(t, SET)), ...setAtRunTime]);
const readByUs = new Set(ours.flatMap((t) => names(t, READ)));
const readByVant = new Set(vant.flatMap((t) => names(t, READ)));

describe('CSS variables', () => {
  it('finds our styles and Vant’s', () => {
    expect(setByUs.size).toBeGreaterThan(20);
    expect(readByVant.has('--button-small-height')).toBe(true);
  });

  it('every variable we set is read by our styles or by Vant', () => {
    const unread = [...setByUs].filter((name) => !readByUs.has(name) && !readByVant.has(name));
    expect(unread).toEqual([]);
  });

  it('every variable we read is set', () => {
    expect([...readByUs].filter((name) => !setByUs.has(name))).toEqual([]);
  });

  it('sets the Vant sizes that keep every button and cell large enough to read and tap', () => {
    for (const name of [
      '--button-small-height',
      '--button-mini-height',
      '--cell-font-size',
      '--cell-label-font-size',
    ])
      expect([name, setByUs.has(name)]).toEqual([name, true]);
  });
});
