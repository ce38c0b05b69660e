/**
 * The experience audit (WeChat 体验评分): every page of app.json, in its richest realistic state, must stay under
 * 1000 WXML nodes, depth 30 and 60 children per node, and never setData a key its WXML does not bind.
 * Scenarios: test/support/audit/scenarios.ts. With AUDIT_FIGURES_FILE set, the figures are written there as
 * JSON for `npm run bench` (tools/bench/pages.bench.ts).
 *
 * Each page is audited in its own module registry (miniprogram-simulate, Vant, the page, the device), so every
 * page gets working Vant taps: within one registry only the first page definition loaded does.
 */
import fs from 'fs';
import { appPages } from '../support/audit/pages';
import type { PageAudit } from '../support/audit/audit';

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
  it.each(appPages().map((p) => [p]))('%s', async (pagePath) => {
    const audit = await isolatedAudit(pagePath);
    audits.push(audit);
    expect(audit.violations.map((v) => `${audit.page} (${audit.state}): ${v}`)).toEqual([]);
  });
});
