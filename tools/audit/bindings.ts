/**
 * The data names a page's WXML binds, by static extraction: the root identifier of every `{{ }}` expression
 * (in text and in attributes — including property bindings on the page's own custom components, e.g.
 * `<guide-body guide="{{guide}}">`), and of bare `wx:for="list"`. Member names (`a.b` → only `a`), string
 * literals and JS literals are left out; loop aliases (`item`, `index` and every `wx:for-item`/`wx:for-index` name) are
 * not page data, so a setData key with such a name counts as unbound.
 */
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'typeof', 'in', 'instanceof', 'new', 'void']);
const STRING = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
const IDENT = /[A-Za-z_$][\w$]*/g;

/** Root identifiers read by one expression (the text between `{{` and `}}`). */
export function expressionRoots(expression: string): string[] {
  const code = expression.replace(STRING, ' ');
  const roots: string[] = [];
  for (const m of code.matchAll(IDENT)) {
    const before = code.slice(0, m.index).trimEnd();
    if (before.endsWith('.') && !before.endsWith('...')) continue;
    if (/\d$/.test(code.slice(0, m.index))) continue; // 1e3, 0x1f
    if (!LITERALS.has(m[0])) roots.push(m[0]);
  }
  return roots;
}

function aliases(wxml: string): Set<string> {
  const names = new Set(['item', 'index']);
  for (const m of wxml.matchAll(/wx:for-(?:item|index)\s*=\s*"([^"]*)"/g)) names.add(m[1]!.trim());
  return names;
}

export function boundNames(wxml: string): Set<string> {
  const source = wxml.replace(/<!--[\s\S]*?-->/g, '');
  const names = new Set<string>();
  for (const m of source.matchAll(/\{\{([\s\S]*?)\}\}/g))
    for (const r of expressionRoots(m[1]!)) names.add(r);
  for (const m of source.matchAll(/wx:for\s*=\s*"([^"{]+)"/g)) names.add(m[1]!.trim());
  // Loop aliases are not page data (unless the page also binds a data key of that name outside any loop).
  for (const alias of aliases(source)) names.delete(alias);
  return names;
}

/** The data key a setData path writes: `a.b[0].c` → `a`, `list[2]` → `list`. */
export function keyRoot(key: string): string {
  return key.split(/[.[]/, 1)[0]!;
}
