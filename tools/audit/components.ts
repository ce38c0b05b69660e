/**
 * The app's own custom components inside a page (shared ones and page-private ones, nested too): found after the
 * load and after every action, each one's initial data and setData recorded like the page's, its keys checked
 * against its own WXML.
 */
import fs from 'fs';
import path from 'path';
import { boundNames } from './bindings';
import { MINIPROGRAM_ROOT } from './pages';
import type { SetDataRecorder } from './recorder';

type Instance = {
  setData: (data: Record<string, unknown>, cb?: () => void) => void;
  data?: unknown;
};

/** An exparser node as j-component builds it (a component's node has a shadow root and a method caller). */
interface Node {
  readonly childNodes?: readonly Node[];
  readonly shadowRoot?: Node;
  readonly __domElement?: { tagName?: string };
  readonly __methodCaller?: Instance;
}

function usingOf(jsonFile: string): Record<string, string> {
  const json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { usingComponents?: Record<string, string> };
  return json.usingComponents ?? {};
}

/** Tag → the component's path (no extension), for every non-npm component reachable from the page. */
export function componentsOf(pagePath: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (owner: string) => {
    const using = { ...usingOf(path.join(MINIPROGRAM_ROOT, 'app.json')), ...usingOf(`${owner}.json`) };
    for (const [tag, ref] of Object.entries(using)) {
      if (!ref.startsWith('/') && !ref.startsWith('.')) continue;
      const file = ref.startsWith('/')
        ? path.join(MINIPROGRAM_ROOT, ref)
        : path.resolve(path.dirname(owner), ref);
      if (found.has(tag)) continue;
      found.set(tag, file);
      visit(file);
    }
  };
  visit(path.join(MINIPROGRAM_ROOT, pagePath));
  return found;
}

/** The names each component's WXML binds (plus its properties, which the owner sets). */
export function componentBindings(components: Map<string, string>): Map<string, Set<string>> {
  return new Map(
    [...components].map(([tag, file]) => [tag, boundNames(fs.readFileSync(`${file}.wxml`, 'utf8'))]),
  );
}

export class ComponentWatcher {
  private readonly seen = new WeakSet<object>();

  constructor(
    private readonly tags: readonly string[],
    private readonly recorder: SetDataRecorder,
  ) {}

  /** Attach the recorder to every component instance not seen yet, anywhere in the page (nested too). */
  scan(page: { _exparserNode?: Node }): void {
    this.walk(page._exparserNode?.shadowRoot);
  }

  private walk(node: Node | undefined): void {
    if (!node) return;
    const tag = node.__domElement?.tagName?.toLowerCase() ?? '';
    const inst = node.__methodCaller;
    if (this.tags.includes(tag) && inst && !this.seen.has(inst)) {
      this.seen.add(inst);
      this.recorder.attach(inst, tag);
    }
    if (node.shadowRoot) this.walk(node.shadowRoot);
    for (const child of node.childNodes ?? []) this.walk(child);
  }
}
