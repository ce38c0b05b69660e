/**
 * The cloud functions' modules import each other without a cycle: a cycle makes the bundle's evaluation order
 * decide which export is still undefined, and makes each module impossible to read without the other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of one file (type-only imports included: they still tie the two modules together). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
    out.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  return out;
}

/** One cycle (as a path of files), or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('import cycles in the cloud functions', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('has none', () => {
    const files = sources(join(ROOT, 'cloudfunctions')).filter((f) => !f.includes('node_modules'));
    expect(files.length).toBeGreaterThan(10);
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => files.includes(i))]));
    expect(findCycle(graph)?.map((f) => relative(ROOT, f)) ?? null).toBeNull();
  });
});
