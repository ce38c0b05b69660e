/**
 * The experience audit (WeChat 体验评分): every page of app.json, in its richest realistic state, must stay under
 * 1000 WXML nodes, depth 30 and 60 children per node, never setData a key its WXML does not bind, render once per
 * user action and send at most 4 KB on load (../support/audit/limits.ts).
 * Scenarios: test/support/audit/scenarios.ts. With AUDIT_FIGURES_FILE set, the figures are written there as
 * JSON for `npm run bench` (tools/bench/pages.bench.ts).
 *
 * Each page is audited in its own module registry (miniprogram-simulate, Vant, the page, the device), so every
 * page gets working Vant taps: within one registry only the first page definition loaded does.
 */
import fs from 'fs';
import { appPages } from '../../tools/audit/pages';
import type { PageAudit } from '../../tools/audit/figures';
import { scenarioFor } from '../support/audit/audit';
import { boundNames, keyRoot } from '../../tools/audit/bindings';
import { LOAD_BUDGET_BYTES, TARGETS } from '../../tools/audit/limits';
import { SCENARIOS } from '../support/audit/scenarios';
import { measureTree } from '../../tools/audit/tree';

const audits: PageAudit[] = [];

async function isolatedAudit(pagePath: string): Promise<PageAudit> {
  let result: PageAudit | undefined;
  await jest.isolateModulesAsync(async () => {
    await import('./setup'); // wx, getApp, getCurrentPages → this registry's device
    const { auditPage } = await import('../support/audit/audit');
    result = await auditPage(pagePath);
  });
  return result!;
}

afterAll(() => {
  const file = process.env.AUDIT_FIGURES_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(audits, null, 2));
});

describe('experience audit', () => {
  it('audits every page: a page of app.json without a scenario fails, a scenario without a page is stale', () => {
    expect(() => scenarioFor('pages/not-audited/index')).toThrow(
      'pages/not-audited/index is in app.json but has no audit scenario',
    );
    expect(Object.keys(SCENARIOS).filter((p) => !appPages().includes(p))).toEqual([]);
  });

  it.each(appPages().map((p) => [p]))(
    '%s',
    async (pagePath) => {
      const audit = await isolatedAudit(pagePath);
      audits.push(audit);
      expect(audit.violations.map((v) => `${audit.page} (${audit.state}): ${v}`)).toEqual([]);
      // One render per user action, page and components counted together.
      expect(audit.actions.filter((a) => a.calls > TARGETS.setDataPerAction)).toEqual([]);
      // What the first screen shows, sent on load; the rest when the person opens it.
      expect(audit.figures.loadBytes).toBeLessThanOrEqual(LOAD_BUDGET_BYTES);
    },
    20_000,
  );
});

describe('audit engine', () => {
  it('reads the data names a WXML binds, not members, strings or loop aliases', () => {
    const wxml = `<view class="{{large ? 'big' : ''}}" wx:for="{{list}}" wx:for-item="row">{{row.name}} {{map[key].x}}</view>
      <guide-body guide="{{guide}}" /><!-- {{commented}} --><view wx:for="plain">{{index + 1}}</view>`;
    expect([...boundNames(wxml)].sort()).toEqual(['guide', 'key', 'large', 'list', 'map', 'plain']);
    expect(['a.b[0].c', 'list[2]', 'flat'].map(keyRoot)).toEqual(['a', 'list', 'flat']);
  });

  it('counts elements, depth (root = 1) and the widest node', () => {
    const root = document.createElement('main');
    root.innerHTML = `<wx-view>${'<wx-view></wx-view>'.repeat(61)}</wx-view><van-icon><wx-view>t</wx-view></van-icon>`;
    expect(measureTree(root)).toMatchObject({ nodes: 65, depth: 3, children: 61, widest: 'main > wx-view' });
  });
});
