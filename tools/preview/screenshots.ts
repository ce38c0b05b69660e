/**
 * The README's screenshots, taken from the real pages in the browser preview (local cloud in memory,
 * Debian chromium), by walking through the app as a person does: home → a diagnosis → its result →
 * 开始跟踪申诉 → the appeal page → 我的申诉, plus the guide library, anti-scam, contacts and settings pages;
 * then home, the result (causes, then the opened guide) and the appeal page again in 大字模式 (the switch in
 * 设置) and in dark mode (`large-*.png`, `dark-*.png`).
 *
 *   npm run build && npx tsx tools/preview/screenshots.ts [--root dist/compiled] [--out tools/preview/screenshots]
 *
 * Each PNG is the phone only: 375×812 CSS px at deviceScaleFactor 1.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { channelFor, getCause } from '../../miniprogram/domain';
import {
  acceptSubscription,
  find,
  openidOf,
  openPreview,
  phone,
  tap,
  waitForReady,
  type PreviewSession,
} from './browser';
import { openGuideParts } from './guide-parts';

const REPO = path.resolve(__dirname, '..', '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return path.resolve(REPO, (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback);
}

/** Answers of the diagnosis shown (card-restricted → 短时间里转账多、金额大). */
const ANSWERS: ReadonlyArray<readonly [string, string]> = [
  ['official-notice', 'none'],
  ['other-channels', 'work'],
  ['bank-side', 'none'],
  ['error-message', 'risk'],
  ['recent-activity', 'many-transfers'],
  ['repair-contact', 'no'],
  ['code-shared', 'no'],
  ['lent-card', 'no'],
];

const SCAM_MESSAGE =
  '您好，我是微信支付客服，您的银行卡被风控了，缴纳 300 元保证金就能走内部渠道解封，请把收到的验证码发给我。';

class Camera {
  readonly files: string[] = [];
  constructor(
    private readonly s: PreviewSession,
    private readonly out: string,
  ) {}

  /** The phone only, once toasts and transitions are gone, with the page scrolled to `scrollTo` if given. */
  async shoot(name: string, scrollTo?: string): Promise<void> {
    const { page } = this.s;
    await page.locator('[data-testid="pv-toast"]').waitFor({ state: 'detached', timeout: 5_000 });
    if (scrollTo) {
      await find(page, { testid: scrollTo }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    }
    await page.waitForTimeout(400); // Vant's transitions
    const file = path.join(this.out, `${name}.png`);
    await phone(page).screenshot({ path: file, animations: 'disabled' });
    this.files.push(file);
  }
}

async function answer(page: Page, q: string, value: string): Promise<void> {
  await find(page, { selector: `[data-testid="question"][data-question="${q}"]` }).waitFor();
  await tap(page, { testid: `option-${value}` });
}

async function back(page: Page, route: string): Promise<void> {
  await page.locator('[data-testid="pv-back"]').click();
  await waitForReady(page, route);
}

/** A second, older appeal so 我的申诉 shows more than one state. */
async function seedAppeal(s: PreviewSession): Promise<void> {
  const cause = getCause('collection-business-use');
  const reply = await s.cloud.call<{ ok: boolean; data: { id: string } }>(
    'appeal',
    {
      action: 'create',
      symptomId: 'account-restricted',
      causeIds: [cause.id],
      channelId: channelFor(cause, 'account-restricted'),
    },
    { openid: openidOf('alice') },
  );
  if (!reply.ok) throw new Error('could not create the sample appeal');
}

async function diagnosisAndAppeal(s: PreviewSession, cam: Camera): Promise<string> {
  const { page } = s;
  await cam.shoot('home');
  await tap(page, { testid: 'symptom-card-restricted' });
  await waitForReady(page, 'pages/diagnosis/questionnaire/index');
  const [first, second, ...rest] = ANSWERS;
  if (!first || !second) throw new Error('ANSWERS: at least two');
  await answer(page, ...first);
  await answer(page, ...second);
  await find(page, { selector: `[data-testid="question"][data-question="${rest[0]?.[0]}"]` }).waitFor();
  await tap(page, { testid: 'help-toggle' });
  await cam.shoot('questionnaire');
  for (const [q, value] of rest) await answer(page, q, value);
  await waitForReady(page, 'pages/diagnosis/result/index');
  await cam.shoot('result');
  await openGuideParts(page);
  await tap(page, { selector: '[data-testid^="doc-"]' });
  await cam.shoot('result-checklist', 'checklist');

  await tap(page, { testid: 'start-tracking' });
  await acceptSubscription(page);
  await waitForReady(page, 'pages/appeal/detail/index');
  await tap(page, { testid: 'submitted-picker' });
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  await page.locator('[data-testid="pv-picker-input"]').fill(today);
  await page.locator('[data-testid="pv-picker-confirm"]').click();
  await find(page, { testid: 'deadline' }).waitFor();
  await tap(page, { selector: '[data-testid^="item-"]' });
  await cam.shoot('appeal');
  const appealRoute = page.url().split('#/')[1] ?? '';

  await back(page, 'pages/diagnosis/result/index');
  await back(page, 'pages/home/index');
  await tap(page, { testid: 'my-appeals' });
  await waitForReady(page, 'pages/appeal/list/index');
  await find(page, { selector: '[data-testid^="appeal-"]' }).waitFor();
  await cam.shoot('my-appeals');
  await back(page, 'pages/home/index');
  return appealRoute;
}

/** Open a route afresh (a reload is a new launch: settings and theme are read again). */
async function visit(s: PreviewSession, route: string): Promise<void> {
  await s.page.goto(`${s.preview.url}#/${route}`);
  await s.page.reload();
  await waitForReady(s.page, route.split('?')[0]);
}

/** Home, the result (its causes, then the opened guide) and the appeal page, named `<prefix>-…`. */
async function mainPages(s: PreviewSession, cam: Camera, prefix: string, appealRoute: string): Promise<void> {
  await visit(s, 'pages/home/index');
  await cam.shoot(`${prefix}-home`);
  await visit(s, 'pages/diagnosis/result/index?symptom=card-restricted');
  await cam.shoot(`${prefix}-result`);
  await openGuideParts(s.page);
  await cam.shoot(`${prefix}-result-guide`, 'guide');
  await visit(s, appealRoute);
  await find(s.page, { testid: 'deadline' }).waitFor();
  await cam.shoot(`${prefix}-appeal`);
}

/** 大字模式 (switched on in 设置, as a person does), then dark mode at normal size. */
async function variants(s: PreviewSession, cam: Camera, appealRoute: string): Promise<void> {
  await visit(s, 'pages/settings/index/index');
  await tap(s.page, { testid: 'large-text-switch' });
  await find(s.page, { testid: 'large-text-state' }).filter({ hasText: '已打开' }).waitFor();
  await mainPages(s, cam, 'large', appealRoute);
  await visit(s, 'pages/settings/index/index');
  await tap(s.page, { testid: 'large-text-switch' });
  await find(s.page, { testid: 'large-text-state' }).filter({ hasText: '已关闭' }).waitFor();
  await s.page.evaluate(() => localStorage.setItem('pv:theme', 'dark'));
  await mainPages(s, cam, 'dark', appealRoute);
  await s.page.evaluate(() => localStorage.setItem('pv:theme', 'light'));
}

async function otherPages(s: PreviewSession, cam: Camera): Promise<void> {
  const { page } = s;
  await tap(page, { testid: 'open-guides' });
  await waitForReady(page, 'pages/guide/library/index');
  await cam.shoot('guide-library');
  await back(page, 'pages/home/index');

  await tap(page, { testid: 'open-anti-scam' });
  await waitForReady(page, 'pages/safety/anti-scam/index');
  await find(page, { testid: 'paste' }).locator('textarea').fill(SCAM_MESSAGE);
  await tap(page, { testid: 'check' });
  await find(page, { testid: 'result' }).waitFor();
  await cam.shoot('anti-scam', 'checker');
  await back(page, 'pages/home/index');

  await tap(page, { testid: 'open-contacts' });
  await waitForReady(page, 'pages/safety/contacts/index');
  await cam.shoot('contacts');
  await back(page, 'pages/home/index');

  await tap(page, { testid: 'open-settings' });
  await waitForReady(page, 'pages/settings/index/index');
  await cam.shoot('settings');
}

async function main(): Promise<void> {
  const root = arg('root', 'dist/compiled');
  const out = arg('out', 'tools/preview/screenshots');
  fs.mkdirSync(out, { recursive: true });
  const s = await openPreview({ root });
  try {
    await seedAppeal(s);
    await s.page.reload();
    await waitForReady(s.page, 'pages/home/index');
    const cam = new Camera(s, out);
    const appealRoute = await diagnosisAndAppeal(s, cam);
    await otherPages(s, cam);
    await variants(s, cam, appealRoute);
    if (s.errors.length) throw new Error(`page errors:\n${s.errors.join('\n')}`);
    let total = 0;
    for (const file of cam.files) {
      const size = fs.statSync(file).size;
      total += size;
      console.log(`${path.relative(REPO, file)}  ${(size / 1024).toFixed(0)} KB`);
    }
    console.log(`${cam.files.length} screenshots, ${(total / 1024).toFixed(0)} KB`);
  } finally {
    await s.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
