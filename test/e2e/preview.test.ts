/**
 * The browser preview itself, on the real app: the built pages render with Vant's styles and Chinese
 * text, a tap navigates through the page stack, wx.cloud.callFunction reaches the local cloud as the
 * selected test user, the subscription prompt is shown and its answer reaches the cloud, and the
 * outbox panel shows what the cloud sent.
 */
import { deployConfig } from '../../miniprogram/config/deploy';
import { channelFor, getCause, getSymptom } from '../../miniprogram/domain';
import { testOpenid } from '../../tools/cloud';
import { usePreviewSession } from './helpers/session';
import { sheetClosed } from './helpers/journey';
import {
  acceptSubscription,
  expectText,
  find,
  outboxItems,
  rejectSubscription,
  screenshot,
  switchUser,
  tap,
  waitForReady,
  wxLog,
} from '../../tools/preview/browser';

jest.setTimeout(120_000);

const s = usePreviewSession();

async function seedAppeal(openid: string): Promise<string> {
  const symptomId = 'card-restricted';
  const causeId = getSymptom(symptomId).causes[0];
  if (!causeId) throw new Error('catalog: card-restricted has no cause');
  const reply = await s.cloud.call<{ ok: boolean; data: { id: string } }>(
    'appeal',
    { action: 'create', symptomId, causeIds: [causeId], channelId: channelFor(getCause(causeId), symptomId) },
    { openid },
  );
  expect(reply.ok).toBe(true);
  return reply.data.id;
}

/**
 * On the appeal page: 更新进度 → the first status offered in Vant's action sheet. A sheet still sliding away from
 * the last change is waited out first (reopening it mid-transition is not what a person can do).
 */
async function changeStatus(): Promise<void> {
  await sheetClosed(s.page);
  await tap(s.page, { testid: 'change-status' });
  await tap(s.page, { selector: 'van-action-sheet [class~="van-action-sheet--van-action-sheet__item"]' });
}

/** Actions of the app's cloud calls, in the order the preview recorded them. */
async function cloudActions(): Promise<string[]> {
  return (await wxLog(s.page))
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => /"action":"(\w+)"/.exec(c.detail)?.[1] ?? '');
}

/** Wait until the `n`th status change has returned: the page asks for the reminders left only after it. */
async function changeReturned(n: number): Promise<void> {
  await s.page.waitForFunction(
    (count) => {
      const log = (window as unknown as { __pv: { log: { api: string; detail: string }[] } }).__pv.log;
      const actions = log
        .filter((c) => c.api === 'cloud.callFunction')
        .map((c) => /"action":"(\w+)"/.exec(c.detail)?.[1] ?? '');
      const changes = actions.flatMap((a, i) => (a === 'changeStatus' ? [i] : []));
      const nth = changes[count - 1];
      return nth !== undefined && actions.slice(nth + 1).includes('credits');
    },
    n,
    { timeout: 10_000 },
  );
}

it('renders the home page: Chinese text in Vant-styled components, Vant icon font loaded', async () => {
  const { page } = s;
  await expectText(page, '微信支付出问题了？');
  await expectText(page, '我的申诉');
  const look = await page.evaluate(async () => {
    const cell = document.querySelector('[data-testid="my-appeals"] [class~="van-cell--van-cell"]');
    const icon = document.querySelector('van-icon [class*="van-icon--van-icon-"]');
    await document.fonts.ready;
    const iconStyle = icon ? getComputedStyle(icon) : null;
    let iconFontLoaded = false;
    document.fonts.forEach((f) => {
      if (f.family.replace(/['"]/g, '') === 'vant-icon' && f.status === 'loaded') iconFontLoaded = true;
    });
    return {
      cellDisplay: cell ? getComputedStyle(cell).display : null,
      cellPadding: cell ? getComputedStyle(cell).paddingLeft : null,
      iconFont: iconStyle?.fontFamily ?? null,
      iconGlyph: icon ? getComputedStyle(icon, '::before').content : null,
      iconFontLoaded,
      pageFont: getComputedStyle(document.querySelector('page') as Element).fontFamily,
    };
  });
  expect(look.cellDisplay).toBe('flex'); // .van-cell from Vant's own WXSS, prefixed as exparser renders it
  expect(look.cellPadding).toBe('16px'); // var(--cell-horizontal-padding, 16px)
  expect(look.iconFont).toContain('vant-icon');
  expect(look.iconGlyph).toMatch(/^".+"$/); // the glyph code point from Vant's icon WXSS
  expect(look.iconFontLoaded).toBe(true); // from @vant/icons' data URI, not the CDN
  expect(look.pageFont).toContain('Noto Sans CJK SC'); // app.wxss applied to <page>
  await screenshot(page, 'preview-home');
});

it('a tap navigates: home → questionnaire (query passed) → back to home', async () => {
  const { page } = s;
  await tap(page, { testid: 'symptom-card-restricted' });
  await waitForReady(page, 'pages/diagnosis/questionnaire/index');
  expect(await page.evaluate(() => location.hash)).toContain('symptom=card-restricted');
  await expectText(page, getSymptom('card-restricted').title);
  await page.locator('[data-testid="question"]').filter({ visible: true }).waitFor();
  expect(await page.locator('[data-testid="pv-title"]').innerText()).not.toBe('');
  await screenshot(page, 'preview-questionnaire');
  await page.locator('[data-testid="pv-back"]').click();
  await waitForReady(page, 'pages/home/index');
  await expectText(page, '微信支付出问题了？');
});

it('wx.cloud.callFunction reaches the local cloud as the selected test user', async () => {
  const { page } = s;
  await seedAppeal(testOpenid('alice'));
  await page.reload();
  await waitForReady(page, 'pages/home/index');
  await expectText(page, '1 条 · 最近：');
  await switchUser(page, 'bob');
  await expectText(page, '还没有跟踪的申诉');
  const calls = (await wxLog(page)).filter((c) => c.api === 'cloud.callFunction');
  expect(calls.at(-1)?.detail).toMatch(/^appeal \{"action":"list"\} as bob$/);
  await switchUser(page, 'alice');
  await expectText(page, '1 条 · 最近：');
});

it('the subscription prompt lists the templates by title; the accept reaches the cloud and the change uses it', async () => {
  const { page } = s;
  const alice = testOpenid('alice');
  const { progressUpdate, deadlineReminder } = deployConfig.templates;
  const id = await seedAppeal(alice);
  await page.goto(`${s.preview.url}#/pages/appeal/detail/index?id=${id}`);
  await page.reload();
  await waitForReady(page, 'pages/appeal/detail/index');
  await expectText(page, '更新进度');
  await changeStatus();
  const prompt = page.locator('[data-testid="pv-subscribe"]');
  await prompt.waitFor();
  const titles = await prompt.locator('[data-testid="pv-subscribe-item"]').allInnerTexts();
  expect(titles.map((t) => t.trim()).sort()).toEqual([progressUpdate.title, deadlineReminder.title].sort());
  await screenshot(page, 'preview-subscribe-prompt');
  await acceptSubscription(page);
  // The change waits for the answer, so its message spends the progress reminder just granted; the page
  // then shows what is left: the deadline reminder.
  await expectText(page, '提醒已开启 · 剩余 1 次');
  expect(s.cloud.credits(alice, deadlineReminder.id)).toBe(1);
  expect(s.cloud.credits(alice, progressUpdate.id)).toBe(0);
  // The app's own report of the accept, through its cloud function, came before the change.
  const calls = await cloudActions();
  expect(calls.indexOf('subscribe')).toBeGreaterThanOrEqual(0);
  expect(calls.indexOf('subscribe')).toBeLessThan(calls.lastIndexOf('changeStatus'));
});

it('the outbox panel lists the message the change sent; a change after a refusal sends nothing', async () => {
  const { page } = s;
  const [item] = await outboxItems(page, 1);
  expect(item).toContain(deployConfig.templates.progressUpdate.title);
  expect(item).toContain(testOpenid('alice'));
  expect(item).toContain('✓ 已发送');
  await find(page, { testid: 'notification' }).waitFor();
  await screenshot(page, 'preview-outbox');
  // The appeal page from the previous test: no progress reminder left, and this time the answer is no.
  await waitForReady(page, 'pages/appeal/detail/index');
  await changeStatus();
  await rejectSubscription(page);
  await changeReturned(2);
  expect(s.cloud.outbox()).toHaveLength(1);
});
