/**
 * Runs every `tools/bench/*.bench.ts` (alphabetically) and prints one `name: value` line per figure, in order;
 * figure names are unique over the whole run (a duplicate fails it).
 * A bench module exports `run(): Promise<Array<[name, value]> | Record<string, number>>`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type BenchResult = Array<[name: string, value: number]> | Record<string, number>;

interface BenchModule {
  run(): Promise<BenchResult>;
}

export function benchFiles(dir = __dirname): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Prints the figures; returns the exit code (1 if a bench threw, after running the others). */
export async function runBenches(files = benchFiles()): Promise<number> {
  let failed = 0;
  const seen = new Set<string>();
  for (const file of files) {
    try {
      const mod = (await import(file)) as BenchModule;
      const result = await mod.run();
      for (const [name, value] of Array.isArray(result) ? result : Object.entries(result)) {
        // One name, one meaning: a second figure under a name already printed fails the bench.
        if (seen.has(name)) throw new Error(`figure "${name}" printed twice`);
        seen.add(name);
        console.log(`${name}: ${value}`);
      }
    } catch (err) {
      failed++;
      console.error(`${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
