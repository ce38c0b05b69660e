/**
 * The internals of miniprogram-simulate / j-component / exparser that the preview engine touches.
 * Modules are CommonJS: a default import is the module's own `module.exports`, so assigning a
 * property replaces the function the library itself calls.
 */

declare module 'miniprogram-simulate/src/index' {
  interface ExparserNode {
    triggerLifeTime(name: string, args?: unknown[]): void;
    triggerPageLifeTime(name: string, args?: unknown[]): void;
    addListener(name: string, handler: (event: { detail: unknown }) => unknown): void;
    readonly childNodes: ExparserNode[];
    readonly shadowRoot?: ExparserNode;
    readonly $$?: HTMLElement;
    readonly dataset?: Record<string, unknown>;
    readonly id?: string;
  }
  interface RootComponent {
    readonly dom: HTMLElement;
    readonly instance: PageInstance;
    readonly _exparserNode: ExparserNode;
    parentNode: HTMLElement | null;
    detach(): void;
  }
  type PageInstance = Record<string, unknown> & {
    data: Record<string, unknown>;
    setData(data: Record<string, unknown>): void;
  };
  const simulate: {
    load(componentPath: string, tagName: string, options: Record<string, unknown>): string;
    render(id: string, properties?: Record<string, unknown>): RootComponent;
  };
  export = simulate;
  export type { RootComponent, ExparserNode, PageInstance };
}

declare module 'miniprogram-simulate/src/utils' {
  const utils: { runJs: (filePath: string) => unknown; transformRpx: (style: string) => string };
  export = utils;
}

declare module 'miniprogram-simulate/src/wxss' {
  const wxss: {
    getContent: (filePath: string) => string;
    compile: (content: string, options: { prefix?: string }) => string;
    insert: (wxss: string[] | string, id: string) => void;
  };
  export = wxss;
}

declare module 'miniprogram-simulate/src/api/index' {
  const api: Record<string, unknown>;
  export = api;
}

declare module 'j-component' {
  const jComponent: { register(definition: Record<string, unknown>): string };
  export = jComponent;
}

declare module 'j-component/src/tool/utils' {
  const utils: { transformRpx: (style: string, keep?: boolean) => string };
  export = utils;
}

declare module 'j-component/src/render/render' {
  const render: { updateAttrs(node: AnimatedNode, attrs: { name: string; value: unknown }[]): void };
  interface AnimatedNode {
    $$?: HTMLElement;
    __animationStyle?: { style?: Record<string, string> };
  }
  export = render;
}

declare module 'miniprogram-exparser' {
  import type { ExparserNode } from 'miniprogram-simulate/src/index';
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  type Ctor = Function;
  const exparser: {
    Element: Ctor & {
      pretendAttached(node: ExparserNode): void;
      pretendDetached(node: ExparserNode): void;
      getMethodCaller(node: ExparserNode): Record<string, unknown>;
    };
    Component: Ctor & { hasPublicProperty(node: ExparserNode, name: string): boolean };
    Event: {
      create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
      dispatchEvent: (target: unknown, event: unknown) => void;
    };
  };
  export = exparser;
}

declare module 'path-browserify' {
  import path from 'path';
  export = path;
}

declare module '*.css' {
  const text: string;
  export default text;
}
