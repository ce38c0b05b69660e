/**
 * The appeal page says one consistent thing per state, as a person sees it in the browser preview: with the
 * reminder prompt refused, an appeal submitted long ago is overdue — the page names the date it is past and
 * promises no reminder; a status change that moves the expected date says so; a saved note leaves an empty
 * box and the 只有自己能看 choice visible and unticked.
 */
import { MOVE_LABEL } from '../../miniprogram/pages/appeal/domain/present';
import { STATUS_LABEL } from '../../miniprogram/domain/appeal/status';
import { usePreviewSession } from './helpers/session';
import { find, rejectSubscription, tap, visibleText, waitForReady } from '../../tools/preview/browser';
import {
  chooseInSheet,
  diagnoseAs,
  goBack,
  openGuideParts,
  ROUTE,
  settled,
  UNUSUAL_ACTIVITY_ANSWERS,
  sheetClosed,
} from './helpers/journey';

jest.setTimeout(120_000);

const s = usePreviewSession();

const shanghaiDaysAgo = (n: number) =>
  new Date(Date.now() + 8 * 3600e3 - n * 86400e3).toISOString().slice(0, 10);

async function text(testid: string): Promise<string> {
  return (await find(s.page, { testid }).innerText()).trim();
}

async function statusTag(): Promise<string> {
  return text('status');
}

async function pickSubmitted(date: string): Promise<void> {
  const { page } = s;
  await tap(page, { testid: 'submitted-picker' });
  const input = page.locator('[data-testid="pv-picker-input"]');
  await input.waitFor();
  await input.fill(date);
  await page.locator('[data-testid="pv-picker-confirm"]').click();
}

it('reminders refused, submitted long ago: the appeal names the date that has gone by and promises nothing', async () => {
  const { page } = s;
  await diagnoseAs(page, 'card-restricted', UNUSUAL_ACTIVITY_ANSWERS);
  await openGuideParts(page);
  await tap(page, { testid: 'start-tracking' });
  await rejectSubscription(page);
  await waitForReady(page, ROUTE.appealDetail);
  expect(await settled(statusTag, (t) => t !== '')).toBe(STATUS_LABEL.preparing);

  await pickSubmitted(shanghaiDaysAgo(120));
  expect(await settled(statusTag, (t) => t === STATUS_LABEL.submitted)).toBe(STATUS_LABEL.submitted);
  const deadline = await text('deadline');
  // WeChat Pay publishes no reply time: the commonly reported one is a range with its date, never overdue.
  const date = /^常听说要.+（(\d+年\d+月\d+日)前后），以官方为准。$/.exec(deadline);
  expect(date).not.toBeNull();
  expect(await text('follow-up')).toBe(`已经过了常说的答复时间（${date![1]}），可以打官方电话问问进度。`);
  expect(await text('reminder-label')).toBe('提醒未开启');
  expect(await text('turn-on-reminders')).toBe('开启提醒');
  const all = await visibleText(page);
  // Only the offer to turn reminders on may speak of reminding (开启后，…); nothing promises one.
  expect(all.replace(/开启后，[^。]*。/g, '')).not.toContain('我们会提醒你');
  expect(all).not.toContain('提醒已开启');
  await s.screenshot('appeal-overdue');
});

it('更新进度 → 审核中 moves the expected date, and the page says from when to when', async () => {
  const { page } = s;
  await pickSubmitted(shanghaiDaysAgo(7));
  await settled(
    () => text('deadline'),
    (t) => t.includes('还有') || t.includes('今天'),
  );
  await tap(page, { testid: 'change-status' });
  await chooseInSheet(page, MOVE_LABEL.reviewing);
  await rejectSubscription(page);
  expect(await settled(statusTag, (t) => t === STATUS_LABEL.reviewing)).toBe(STATUS_LABEL.reviewing);
  await sheetClosed(page);
  const moved = await text('deadline-moved');
  expect(moved).toMatch(/^进度改成「审核中」后，预计答复日从 \d+年\d+月\d+日 改成了 \d+年\d+月\d+日。$/);
  const newDate = /改成了 (\d+年\d+月\d+日)/.exec(moved)![1]!;
  expect(await text('deadline')).toContain(newDate);
});

it('a saved note leaves the box empty and 只有自己能看 visible and unticked', async () => {
  const { page } = s;
  const box = find(page, { selector: '[data-testid="note-input"] textarea' });
  await box.fill('银行说明天回电话');
  await tap(page, { testid: 'note-private' });
  expect(await text('private-on')).toContain('家人看不到');
  await tap(page, { testid: 'save-note' });
  await find(page, { testid: 'timeline' }).getByText('银行说明天回电话').waitFor();
  expect(
    await settled(
      () => box.inputValue(),
      (v) => v === '',
    ),
  ).toBe('');
  expect(await find(page, { testid: 'private-on' }).count()).toBe(0);
  expect(await find(page, { testid: 'note-private' }).isVisible()).toBe(true);
  expect(await text('note-private')).toBe('只有自己能看');
  expect(await text('timeline')).toContain('仅自己可见');
  // Saving an empty box again says why nothing happened.
  await tap(page, { testid: 'save-note' });
  await page.locator('[data-testid="pv-toast"]').getByText('先写点内容再保存').waitFor();
});

it('我的申诉 → 导出文字版 copies a summary to paste into a memo; 导出数据文件 the complete data', async () => {
  const { page } = s;
  await goBack(page, ROUTE.result);
  await goBack(page, ROUTE.home);
  await tap(page, { testid: 'my-appeals' });
  await waitForReady(page, ROUTE.appealList);
  const clipboard = () =>
    page.evaluate(() => (window as unknown as { __pv: { clipboard?: string } }).__pv.clipboard ?? '');
  await tap(page, { testid: 'export' });
  const summary = await settled(clipboard, (c) => c.startsWith('申诉向导'));
  expect(summary.split('\n')[0]).toBe('申诉向导 · 我的申诉记录');
  expect(summary).toContain('共 1 条');
  expect(summary).toContain(`进度：${STATUS_LABEL.reviewing}`);
  expect(summary).toContain('银行说明天回电话（只有自己能看）');
  expect(summary).not.toMatch(/symptomId|causeIds|[a-z]+-[a-z]+-[a-z]+/);
  await tap(page, { testid: 'export-file' });
  const file = await settled(clipboard, (c) => c.startsWith('{'));
  const parsed = JSON.parse(file) as { format: string; version: number; appeals: unknown[] };
  expect([parsed.format, parsed.version, parsed.appeals.length]).toEqual(['appeal-guide.export', 1, 1]);
});
