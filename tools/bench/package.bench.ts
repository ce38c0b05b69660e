/**
 * Package sizes of the compiled result (miniprogram-ci, as an upload compiles it: minified, unused files
 * dropped, every file it needs present — the build checks that). Main package budget 256 KB (limit 2048 KB).
 */
import { buildMiniprogram } from '../build/miniprogram';

export async function run(): Promise<Array<[string, number]>> {
  const report = await buildMiniprogram({ log: () => undefined });
  if (!report.size) throw new Error('build report has no compiled size');
  return [
    ['package.main.kb', report.size.mainKB],
    ['package.total.kb', report.size.totalKB],
    ...Object.entries(report.size.subPackagesKB).map(([root, kb]): [string, number] => [
      `package.sub.${root.replace(/^pages\//, '')}.kb`,
      kb,
    ]),
  ];
}
