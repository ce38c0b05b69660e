/**
 * Tracking an appeal, as a person does it in the browser preview against the local cloud:
 * a diagnosis → 开始跟踪申诉 (accepting the reminder prompt) → the appeal page (准备材料) → 我已提交 with the
 * date picker → 已提交 and the working-day deadline → 更新进度 in the sheet → the cloud sends the progress
 * message (the outbox panel shows it) → 我的申诉 lists the appeal.
 *
 * The expected deadline is worked out here from `chinese-days` (the mainland holiday calendar) on its own,
 * not with the app's deadline code, so a wrong deadline on the page fails the test.
 */
import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { deployConfig } from '../../miniprogram/config/deploy';
import { channelFor, getCause, getChannel } from '../../miniprogram/domain';
import { MOVE_LABEL } from '../../miniprogram/pages/appeal/domain/present';
import { STATUS_LABEL } from '../../miniprogram/domain/appeal/status';
import { BURST_MS } from '../../cloudfunctions/shared/notify/records';
import { usePreviewSession } from './helpers/session';
import {
  acceptSubscription,
  expectText,
  find,
  openidOf,
  outboxItems,
  tap,
  waitForReady,
} from '../../tools/preview/browser';
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
let appealId = '';

const CAUSE = 'risk-unusual-activity' as const;
const SYMPTOM = 'card-restricted' as const;
const ALICE = openidOf('alice');
const TEMPLATES = deployConfig.templates;

// ——— the expected deadline, from the holiday calendar directly ———

const DAY_MS = 24 * 3600e3;

function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
}

function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function hasHolidayData(year: number): boolean {
  return getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

/**
 * What the appeal page must say for a commonly reported reply time of `min`–`max` working days after
 * `submitted` (WeChat Pay publishes none, so it is a range, 以官方为准); a year without holiday data is counted
 * Monday to Friday and said as an estimate.
 */
function expectedDeadlineText(submitted: string, reply: { min: number; max: number }): string {
  let due = submitted;
  let estimate = false;
  for (let left = reply.max; left > 0;) {
    due = plusDays(due, 1);
    const known = hasHolidayData(Number(due.slice(0, 4)));
    const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
    estimate = estimate || !known;
    if (known ? isWorkday(due) : weekday !== 0 && weekday !== 6) left -= 1;
  }
  const [y, m, d] = due.split('-').map(Number);
  const range = reply.min === reply.max ? `${reply.max}` : `${reply.min}到${reply.max}`;
  const about = estimate ? '约' : '';
  const after = estimate ? '，放假安排公布后会自动更新' : '';
  return `常听说要${range}个工作日（${about}${y}年${m}月${d}日前后），以官方为准${after}。`;
}

/** The reminders left for alice in WeChat's ledger (the local cloud), as the page must show them. */
function remindersLabel(): string {
  const left =
    s.cloud.credits(ALICE, TEMPLATES.progressUpdate.id) +
    s.cloud.credits(ALICE, TEMPLATES.deadlineReminder.id);
  return left > 0 ? `提醒已开启 · 剩余 ${left} 次` : '提醒次数已用完，点一下重新开启';
}

async function reminderLabel(): Promise<string> {
  return (await find(s.page, { testid: 'reminder-label' }).innerText()).trim();
}

async function statusTag(): Promise<string> {
  return (await find(s.page, { testid: 'status' }).innerText()).trim();
}

it('a diagnosis → 开始跟踪申诉 with the reminder prompt accepted → the appeal page: 准备材料', async () => {
  const { page } = s;
  await diagnoseAs(page, SYMPTOM, UNUSUAL_ACTIVITY_ANSWERS);
  await find(page, { testid: `cause-${CAUSE}` }).waitFor();

  await openGuideParts(page);
  await tap(page, { testid: 'start-tracking' });
  const titles = await page.locator('[data-testid="pv-subscribe-item"]').allInnerTexts();
  expect(titles.map((t) => t.trim()).sort()).toEqual(
    [TEMPLATES.progressUpdate.title, TEMPLATES.deadlineReminder.title].sort(),
  );
  await acceptSubscription(page);
  await waitForReady(page, ROUTE.appealDetail);
  appealId = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]).get('id') ?? '';
  expect(appealId).not.toBe('');

  expect(await settled(statusTag, (t) => t !== '')).toBe(STATUS_LABEL.preparing);
  await expectText(page, getCause(CAUSE).title);
  expect(await find(page, { testid: 'deadline' }).count()).toBe(0); // nothing is awaited yet
  expect(await find(page, { testid: 'reminder-label' }).innerText()).toBe('提醒已开启 · 剩余 2 次');
  expect(s.cloud.credits(ALICE, TEMPLATES.progressUpdate.id)).toBe(1);
  expect(s.cloud.credits(ALICE, TEMPLATES.deadlineReminder.id)).toBe(1);
  // The checklist of the cause, nothing ticked yet.
  const items = await page
    .locator('[data-testid="pv-page"]:not([hidden]) [data-testid^="item-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(items).toEqual(getCause(CAUSE).documents.map((d) => `item-${d.id}`));
  expect(await find(page, { testid: 'checklist' }).innerText()).toContain(`备好 0 / ${items.length}`);
  await s.screenshot('appeal-preparing');
});

it('我已提交 → the date picker → 已提交 with the expected working-day deadline', async () => {
  const { page } = s;
  const today = shanghaiToday();
  const submitted = plusDays(today, -1);
  await tap(page, { testid: 'submitted-picker' });
  const input = page.locator('[data-testid="pv-picker-input"]');
  await input.waitFor();
  expect(await input.inputValue()).toBe(today); // the picker opens on today
  expect(await input.getAttribute('max')).toBe(today); // and cannot go into the future
  const before = s.cloud.outbox().length;
  await input.fill(submitted);
  await page.locator('[data-testid="pv-picker-confirm"]').click();

  expect(await settled(statusTag, (t) => t === STATUS_LABEL.submitted)).toBe(STATUS_LABEL.submitted);
  const reply = getChannel(channelFor(getCause(CAUSE), SYMPTOM)).replyDays;
  if (!reply || reply.unit !== 'working-days') throw new Error('catalog: expected a working-day reply time');
  const deadline = (await find(page, { testid: 'deadline' }).innerText()).trim();
  expect(deadline).toBe(expectedDeadlineText(submitted, reply));
  expect(deadline).toMatch(/^常听说要.+以官方为准/);
  await expectText(page, `提交日期：${submitted}`);
  // 已提交 is news: the progress message goes out on the reminder accepted at 开始跟踪申诉 …
  expect(
    s.cloud
      .outbox()
      .slice(before)
      .map((m) => [m.touser, m.templateId, m.errCode]),
  ).toEqual([[ALICE, TEMPLATES.progressUpdate.id, 0]]);
  // … so one reminder is left, and the page says so.
  expect(s.cloud.credits(ALICE, TEMPLATES.progressUpdate.id)).toBe(0);
  expect(await settled(reminderLabel, (l) => l === remindersLabel())).toBe(remindersLabel());
  expect(await find(page, { testid: 'turn-on-reminders' }).isVisible()).toBe(true);
  await s.screenshot('appeal-submitted');
});

it('更新进度 in the sheet → 审核中, and the outbox panel lists the progress message to alice', async () => {
  const { page } = s;
  // Some time later: the 已提交 message is outside the burst window (one progress message per 10 minutes).
  s.cloud.store.update(
    'notifications',
    {},
    { $set: { at: new Date(Date.now() - BURST_MS - 60_000) } },
    { multi: true, merge: true, upsert: false },
  );
  const before = s.cloud.outbox().length;
  await tap(page, { testid: 'change-status' });
  await chooseInSheet(page, MOVE_LABEL.reviewing);
  await acceptSubscription(page);
  expect(await settled(statusTag, (t) => t === STATUS_LABEL.reviewing)).toBe(STATUS_LABEL.reviewing);
  await sheetClosed(page);
  expect(await settled(reminderLabel, (l) => l === remindersLabel())).toBe(remindersLabel());

  const sent = s.cloud.outbox().slice(before);
  expect(sent.map((m) => [m.touser, m.templateId, m.errCode])).toEqual([
    [ALICE, TEMPLATES.progressUpdate.id, 0],
  ]);
  expect(String(sent[0]?.page)).toContain(appealId);
  const items = await outboxItems(page, s.cloud.outbox().length);
  const last = items[items.length - 1] ?? '';
  expect(last).toContain(TEMPLATES.progressUpdate.title);
  expect(last).toContain(ALICE);
  expect(last).toContain('✓ 已发送');
  expect(last).toContain(STATUS_LABEL.reviewing);
  // The appeal page says so too.
  const notices = await page
    .locator('[data-testid="pv-page"]:not([hidden]) [data-testid="notification"]')
    .allInnerTexts();
  expect(notices.some((n) => n.includes('进度通知') && n.includes('已发送'))).toBe(true);
  await s.screenshot('appeal-reviewing');
});

it('我的申诉 lists the appeal with its status and deadline', async () => {
  const { page } = s;
  await goBack(page, ROUTE.result);
  await goBack(page, ROUTE.home);
  await expectText(page, `1 条 · 最近：${getCause(CAUSE).title}「${STATUS_LABEL.reviewing}」`);
  await tap(page, { testid: 'my-appeals' });
  await waitForReady(page, ROUTE.appealList);
  const card = find(page, { testid: `appeal-${appealId}` });
  await card.waitFor();
  const text = await card.innerText();
  expect(text).toContain(getCause(CAUSE).title);
  expect(text).toContain(STATUS_LABEL.reviewing);
  expect(text).toMatch(/常听说要.+以官方为准/);
  await s.screenshot('appeal-list');
  // A tap opens it again.
  await tap(page, { testid: `appeal-${appealId}` });
  await waitForReady(page, ROUTE.appealDetail);
  expect(await settled(statusTag, (t) => t !== '')).toBe(STATUS_LABEL.reviewing);
});
