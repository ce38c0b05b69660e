/**
 * The build's gate on DevTools' 代码质量 panel (miniprogram-ci `checkCodeQuality`): every failing item fails
 * the build, with one reviewed exception. "Main-package JS used only by subpackages" flags every main-package
 * file no main-package file requires; a file that several subpackages share (or that the cloud functions
 * share) has nowhere else to live, so it may stay in the main package when it is listed here with why.
 * A flagged file that is not listed fails the build: code one subpackage uses belongs in that subpackage.
 */
import type { QualityItem } from './compiled-result';

export const SHARED_BY_SUBPACKAGES: Readonly<Record<string, string>> = {
  'behaviors/guide-host.js': 'diagnosis result and guide detail (pages showing <guide-body>)',
  'domain/present/checklist-image.js': 'diagnosis result and guide detail',
  'services/image.js': 'diagnosis result and guide detail',
  'services/share.js': 'diagnosis, guide and appeal',
  'services/subscription.js': 'diagnosis result and appeal detail',
  'domain/present/result.js': 'diagnosis result, guide library and safety (flag and fact views)',
  'domain/appeal/deadline.js': 'appeal detail and the cloud functions (working-day maths in one place)',
  'domain/appeal/family.js': 'appeal pages and the cloud functions (one family-helper model)',
};

const OTHER_PACKAGE_JS = 'CONTAINS_OTHER_PKG_JS';

/** Problems of a quality report; `shared` lists the main-package files allowed to serve only subpackages. */
export function qualityProblems(
  items: readonly QualityItem[],
  shared: Readonly<Record<string, string>> = SHARED_BY_SUBPACKAGES,
): string[] {
  const problems: string[] = [];
  for (const item of items) {
    if (item.success) continue;
    if (item.name === OTHER_PACKAGE_JS) {
      const files = (item.detail as { files?: string[] } | undefined)?.files ?? [];
      const misplaced = files.filter((f) => !(f in shared));
      if (misplaced.length === 0) continue;
      problems.push(
        `code quality ${item.name}: main-package JS that only one subpackage uses (move it into that subpackage): ${misplaced.join(', ')}`,
      );
      continue;
    }
    const detail = item.detail === undefined ? '' : `: ${JSON.stringify(item.detail)}`;
    problems.push(`code quality ${item.name} failed (${item.text})${detail}`);
  }
  return problems;
}

/** Count of failing items as checkCodeQuality reports them (before the exception above). */
export const failingItems = (items: readonly QualityItem[]): string[] =>
  items.filter((i) => !i.success).map((i) => i.name);
