/**
 * The build's gate on DevTools' 代码质量 panel (miniprogram-ci `checkCodeQuality`): every failing item fails
 * the build. "Main-package JS used only by subpackages" (CONTAINS_OTHER_PKG_JS) flags a main-package file that
 * no main-package file requires; subpackage-code.ts moves such files into the subpackages that use them, so a
 * flagged file means that placement missed one.
 */
import type { QualityItem } from './compiled-result';

const OTHER_PACKAGE_JS = 'CONTAINS_OTHER_PKG_JS';

/** Problems of a quality report: one line per failing item, naming the files it flags. */
export function qualityProblems(items: readonly QualityItem[]): string[] {
  return items
    .filter((item) => !item.success)
    .map((item) => {
      if (item.name === OTHER_PACKAGE_JS) {
        const files = (item.detail as { files?: string[] } | undefined)?.files ?? [];
        return `code quality ${item.name}: main-package JS that only subpackages use (it belongs in them): ${files.join(', ')}`;
      }
      const detail = item.detail === undefined ? '' : `: ${JSON.stringify(item.detail)}`;
      return `code quality ${item.name} failed (${item.text})${detail}`;
    });
}
