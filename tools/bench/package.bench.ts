/** Package size as miniprogram-ci compiles it for upload (main package limit 2048 KB). */
import { buildMiniprogram } from '../build/miniprogram';

export async function run(): Promise<Array<[string, number]>> {
  const report = await buildMiniprogram({ log: () => undefined });
  if (!report.size) throw new Error('build report has no compiled size');
  return [
    ['package.main.kb', report.size.mainKB],
    ['package.total.kb', report.size.totalKB],
  ];
}
