/** The pages WeChat would register: app.json's main package and every subpackage, in declaration order. */
import fs from 'fs';
import path from 'path';

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '../../miniprogram');

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
}

export function appPages(root = MINIPROGRAM_ROOT): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const subs = app.subPackages ?? app.subpackages ?? [];
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))];
}

/** `pages/diagnosis/questionnaire/index` → `diagnosis.questionnaire`; `pages/settings/index/index` → `settings`. */
export function pageName(pagePath: string): string {
  const parts = pagePath.split('/').filter((p) => p && p !== 'pages');
  while (parts.length > 1 && parts[parts.length - 1] === 'index') parts.pop();
  return parts.join('.');
}
