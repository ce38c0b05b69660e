/**
 * The page audit: render one page of app.json in its scenario's state (./scenarios.ts), run the scenario's user
 * actions, and measure what WeChat's experience audit measures — WXML nodes, depth, children of one node
 * (tools/audit/tree.ts) after the load and after every action — and every setData of the page instance
 * (tools/audit/recorder.ts): its keys against the names the page's WXML binds (tools/audit/bindings.ts), calls per
 * action, bytes per call. The measuring lives in tools/audit/ (the bench reads its figures); the page states here
 * drive the page-test device, so they stay with the page tests.
 *
 * Run it in a fresh module registry per page (jest.isolateModulesAsync, with test/pages/setup.ts required
 * inside): miniprogram-simulate registers Vant once per registry, so only the first page of a registry gets
 * working Vant taps.
 */
import fs from 'fs';
import path from 'path';
import simulate from 'miniprogram-simulate';
import { boundNames, keyRoot } from '../../../tools/audit/bindings';
import type { ActionFigures, Figures, PageAudit } from '../../../tools/audit/figures';
import { LIMITS } from '../../../tools/audit/limits';
import { MINIPROGRAM_ROOT, pageName } from '../../../tools/audit/pages';
import { ComponentWatcher, componentBindings, componentsOf } from '../../../tools/audit/components';
import { SetDataRecorder, type SetDataCall } from '../../../tools/audit/recorder';
import { measureTree, type TreeFigures } from '../../../tools/audit/tree';
import { SCENARIOS, type Action, type Scenario } from './scenarios';
import { renderPage, unmountAll, type RenderedPage } from '../../pages/render';

export function scenarioFor(pagePath: string): Scenario {
  const scenario = SCENARIOS[pagePath];
  if (!scenario)
    throw new Error(
      `${pagePath} is in app.json but has no audit scenario: add one (its richest state and user actions) ` +
        'to test/support/audit/scenarios.ts',
    );
  return scenario;
}

type Instance = { setData: (data: Record<string, unknown>, cb?: () => void) => void };
type SimulateModule = { render: (id: string, props?: Record<string, unknown>) => { instance: unknown } };

/** Render through test/pages/render.ts with setData recorded from the first call (before onLoad). */
async function renderRecorded(pagePath: string, query: Record<string, string>, recorder: SetDataRecorder) {
  const sim = simulate as unknown as SimulateModule;
  const render = sim.render;
  sim.render = (id, props) => {
    const comp = render(id, props);
    recorder.attach(comp.instance as Instance);
    return comp;
  };
  try {
    return await renderPage(pagePath, query);
  } finally {
    sim.render = render;
  }
}

/** Cloud calls in flight, so an action is measured until its replies have been shown. */
function trackCloud(): () => number {
  const cloud = (global as unknown as { wx: { cloud: { callFunction(o: unknown): Promise<unknown> } } }).wx
    .cloud;
  const call = cloud.callFunction.bind(cloud);
  let inFlight = 0;
  cloud.callFunction = (o) => {
    inFlight += 1;
    return call(o).finally(() => (inFlight -= 1));
  };
  return () => inFlight;
}

async function quiet(
  page: RenderedPage,
  recorder: SetDataRecorder,
  inFlight: () => number,
  components: ComponentWatcher,
): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const before = recorder.calls.length;
    components.scan(page.comp.instance as never);
    await page.settle();
    components.scan(page.comp.instance as never);
    if (inFlight() === 0 && recorder.calls.length === before) return;
  }
  throw new Error('the page kept calling setData or the cloud for more than 5 s after an action');
}

type Measured = Array<[state: string, tree: TreeFigures]>;

/** The worst state for one figure (the first state reaching the maximum). */
function worst(trees: Measured, figure: 'nodes' | 'depth' | 'children'): [string, TreeFigures] {
  return trees.reduce((a, b) => (b[1][figure] > a[1][figure] ? b : a));
}

function treeViolations(trees: Measured): string[] {
  const out: string[] = [];
  const [nodesAt, n] = worst(trees, 'nodes');
  if (n.nodes >= LIMITS.nodes) out.push(`${n.nodes} WXML nodes ${nodesAt} (must be < ${LIMITS.nodes})`);
  const [depthAt, d] = worst(trees, 'depth');
  if (d.depth >= LIMITS.depth)
    out.push(`depth ${d.depth} ${depthAt} (must be < ${LIMITS.depth}): ${d.deepest}`);
  const [childrenAt, c] = worst(trees, 'children');
  if (c.children > LIMITS.children)
    out.push(`${c.children} children under one node ${childrenAt} (at most ${LIMITS.children}): ${c.widest}`);
  return out;
}

function setDataViolations(
  calls: readonly SetDataCall[],
  bound: ReadonlyMap<string, ReadonlySet<string>>,
  wxml: string,
): string[] {
  const out = new Set<string>();
  for (const call of calls) {
    const names = bound.get(call.scope);
    const where = call.scope === 'page' ? wxml : `<${call.scope}>`;
    for (const key of call.keys)
      if (names && !names.has(keyRoot(key)))
        out.add(`setData key "${key}" (${call.step}) is not bound in ${where}`);
    if (call.bytes > LIMITS.payloadBytes)
      out.add(
        `setData of ${call.bytes} bytes (${call.step}) is over WeChat's ${LIMITS.payloadBytes}-byte limit`,
      );
  }
  return [...out];
}

function maxOf(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

async function runAction(
  page: RenderedPage,
  action: Action,
  recorder: SetDataRecorder,
  inFlight: () => number,
  components: ComponentWatcher,
): Promise<ActionFigures> {
  recorder.step = action.name;
  await action.run(page);
  await quiet(page, recorder, inFlight, components);
  const calls = recorder.during(action.name);
  if (!calls.length && !action.quiet)
    throw new Error(
      `action "${action.name}" changed nothing: did the tap reach the page? (mark it quiet if right)`,
    );
  return { name: action.name, calls: calls.length, bytes: maxOf(calls.map((c) => c.bytes)) };
}

export async function auditPage(pagePath: string): Promise<PageAudit> {
  const scenario = scenarioFor(pagePath);
  const wxmlFile = path.join(MINIPROGRAM_ROOT, `${pagePath}.wxml`);
  const own = componentsOf(pagePath);
  const bound = new Map([['page', boundNames(fs.readFileSync(wxmlFile, 'utf8'))], ...componentBindings(own)]);
  const recorder = new SetDataRecorder();
  const components = new ComponentWatcher([...own.keys()], recorder);
  const inFlight = trackCloud();
  const query = (await scenario.setup?.()) ?? {};
  try {
    const page = await renderRecorded(pagePath, query, recorder);
    await quiet(page, recorder, inFlight, components);
    const trees: Measured = [['after load', measureTree(page.root)]];
    const actions: ActionFigures[] = [];
    for (const action of scenario.actions) {
      actions.push(await runAction(page, action, recorder, inFlight, components));
      trees.push([`after "${action.name}"`, measureTree(page.root)]);
    }
    const figures: Figures = {
      nodes: maxOf(trees.map(([, t]) => t.nodes)),
      depth: maxOf(trees.map(([, t]) => t.depth)),
      children: maxOf(trees.map(([, t]) => t.children)),
      calls: maxOf(actions.map((a) => a.calls)),
      bytes: maxOf(recorder.calls.filter((c) => !c.initial).map((c) => c.bytes)),
      loadBytes: recorder.bytesDuring('load'),
    };
    const violations = [
      ...treeViolations(trees),
      ...setDataViolations(recorder.calls, bound, path.relative(path.dirname(MINIPROGRAM_ROOT), wxmlFile)),
    ];
    const states = trees.map(([state, t]) => ({
      state,
      nodes: t.nodes,
      depth: t.depth,
      children: t.children,
    }));
    return {
      page: pagePath,
      name: pageName(pagePath),
      state: scenario.state,
      figures,
      actions,
      states,
      violations,
    };
  } finally {
    unmountAll();
  }
}
