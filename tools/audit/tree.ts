/**
 * WXML node figures of a rendered page, measured on the jsdom DOM that j-component (miniprogram-simulate)
 * builds: every element counts once — WXML elements (`wx-view`, `wx-text`, …) and custom-component hosts
 * (`van-button`, `guide-body`, …) with their shadow trees, which j-component renders inline under the host.
 * Text nodes are not counted; `<block>` and false `wx:if` branches are never rendered, so they do not count
 * either. The page root (`<main>`) is node 1 at depth 1.
 */
export interface TreeFigures {
  nodes: number;
  depth: number;
  /** The most children one node has. */
  children: number;
  /** Where the widest node is, e.g. `main > wx-view.page > wx-view.card`. */
  widest: string;
  /** The deepest chain, root first. */
  deepest: string;
}

function label(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const testId = el.getAttribute('data-testid');
  if (testId) return `${tag}[data-testid=${testId}]`;
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls ? `${tag}.${cls.replace(/^[\w-]+--/, '')}` : tag;
}

function chain(el: Element, root: Element): string {
  const names: string[] = [];
  for (let at: Element | null = el; at; at = at === root ? null : at.parentElement) names.unshift(label(at));
  return names.join(' > ');
}

export function measureTree(root: Element): TreeFigures {
  const figures: TreeFigures = { nodes: 0, depth: 0, children: 0, widest: '', deepest: '' };
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    figures.nodes += 1;
    if (depth > figures.depth) {
      figures.depth = depth;
      figures.deepest = chain(el, root);
    }
    const kids = el.children;
    if (kids.length > figures.children) {
      figures.children = kids.length;
      figures.widest = chain(el, root);
    }
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push([kids[i]!, depth + 1]);
  }
  return figures;
}
