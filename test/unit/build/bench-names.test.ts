/**
 * Every bench figure has one name and one meaning: the runner fails on a name printed twice, and the names the
 * bench files print are unique among them (read from their `['name', value]` rows).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchFiles, runBenches } from '../../../tools/bench/index';

describe('bench figure names', () => {
  let dir: string;
  let out: jest.SpyInstance;
  let err: jest.SpyInstance;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-names-'));
    out = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    out.mockRestore();
    err.mockRestore();
  });

  const bench = (name: string, rows: Array<[string, number]>): string => {
    const file = join(dir, `${name}.bench.js`);
    writeFileSync(file, `exports.run = async () => ${JSON.stringify(rows)};\n`);
    return file;
  };

  it('the runner fails when two benches print the same name', async () => {
    const a = bench('a', [['x.count', 1]]);
    const b = bench('b', [['x.count', 2]]);
    expect(await runBenches([a, b])).toBe(1);
    expect(err).toHaveBeenCalledWith(expect.stringContaining('"x.count" printed twice'));
  });

  it('the runner passes distinct names', async () => {
    expect(await runBenches([bench('c', [['y.count', 1]]), bench('d', [['z.count', 2]])])).toBe(0);
  });

  it('the bench files print distinct names', () => {
    const names = benchFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\[\s*'([a-z0-9]+(?:\.[A-Za-z0-9]+)+)',/g)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
