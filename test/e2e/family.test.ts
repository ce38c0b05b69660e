/**
 * A family member follows an appeal, two WeChat accounts in one preview: alice (the card holder)
 * starts tracking and invites; the share panel shows the invitation card's join path; bob opens it, accepts,
 * sees the appeal as a helper and ticks a document; alice sees the tick as 家人's; once both allowed reminders,
 * alice's status change sends the progress message to both of them.
 */
import { deployConfig } from '../../miniprogram/config/deploy';
import { getCause, isCauseId } from '../../miniprogram/domain';
import { MOVE_LABEL } from '../../miniprogram/pages/appeal/domain/present';
import { HELPER_LABELS, helperName } from '../../miniprogram/domain/appeal/family';
import { STATUS_LABEL } from '../../miniprogram/domain/appeal/status';
import { BUILD_TIMEOUT_MS, prepareBuild, type E2eBuild } from './helpers/build';
import {
  acceptSubscription,
  expectText,
  find,
  openidOf,
  openPreview,
  outboxItems,
  rejectSubscription,
  switchUser,
  tap,
  waitForReady,
  type PreviewSession,
} from '../../tools/preview/browser';
import { chooseInSheet, isTicked, ROUTE, settled, openGuideParts, sheetClosed } from './helpers/journey';

jest.setTimeout(120_000);

let s: PreviewSession;
let build: E2eBuild;
let appealId = '';
let joinPath = '';

const SYMPTOM = 'account-restricted' as const;
const ALICE = openidOf('alice');
const BOB = openidOf('bob');
const PROGRESS = deployConfig.templates.progressUpdate;
const LABEL = HELPER_LABELS[0] ?? '';

beforeAll(async () => {
  build = await prepareBuild();
  s = await openPreview({ root: build.root, route: `${ROUTE.result}?symptom=${SYMPTOM}` });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await s?.close();
  build?.cleanup();
});

afterEach(() => {
  const errors = s.errors.splice(0);
  expect(errors).toEqual([]);
});

function inPage(selector: string) {
  return s.page.locator(`[data-testid="pv-page"]:not([hidden]) ${selector}`);
}

async function statusTag(): Promise<string> {
  return (await find(s.page, { testid: 'status' }).innerText()).trim();
}

it('alice starts tracking from a result and invites her son: the share panel shows the join path', async () => {
  const { page } = s;
  const top = ((await inPage('[data-testid^="cause-"]').first().getAttribute('data-testid')) ?? '').slice(6);
  if (!isCauseId(top)) throw new Error(`the result shows no cause first (${top})`);
  await openGuideParts(page);
  await tap(page, { testid: 'start-tracking' });
  await acceptSubscription(page);
  await waitForReady(page, ROUTE.appealDetail);
  appealId = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]).get('id') ?? '';
  expect(appealId).not.toBe('');
  await expectText(page, getCause(top).title);
  await find(page, { testid: 'no-helpers' }).waitFor();

  await tap(page, { testid: 'invite-label-0' });
  await tap(page, { testid: 'invite' });
  await find(page, { testid: 'invite-ready' }).waitFor();
  await expectText(page, `邀请「${LABEL}」：还没人接受`);
  await tap(page, { testid: 'share-invite' });
  const card = page.locator('[data-testid="pv-share"]');
  await card.waitFor();
  joinPath = (await card.locator('[data-testid="pv-share-path"]').innerText()).trim();
  expect(joinPath).toMatch(/^\/pages\/appeal\/join\/index\?token=[^&\s]+$/);
  expect(joinPath).not.toContain(appealId); // the card carries a token, not the appeal
  await s.screenshot('family-share-card');
  await page.locator('[data-testid="pv-share-cancel"]').click();
  await card.waitFor({ state: 'detached' });
});

it('bob opens the join path, accepts, sees the appeal as a helper, allows reminders and ticks a document', async () => {
  const { page } = s;
  await switchUser(page, 'bob');
  await page.goto(`${s.preview.url}#${joinPath}`);
  await waitForReady(page, ROUTE.appealJoin);
  await find(page, { testid: 'helper-can' }).waitFor();
  await tap(page, { testid: 'accept' });
  await waitForReady(page, ROUTE.appealDetail);
  expect(await page.evaluate(() => location.hash)).toContain(`id=${appealId}`);
  expect(await settled(statusTag, (t) => t !== '')).toBe(STATUS_LABEL.preparing);
  expect(await find(page, { testid: 'helper-self' }).innerText()).toContain(
    `你以「${helperName(LABEL)}」的身份帮忙`,
  );
  // A helper has none of the owner's controls.
  for (const owner of ['change-status', 'submitted-picker', 'delete', 'family'])
    expect(await inPage(`[data-testid="${owner}"]`).count()).toBe(0);

  await tap(page, { testid: 'turn-on-reminders' });
  await acceptSubscription(page);
  expect(s.cloud.credits(BOB, PROGRESS.id)).toBe(1);

  const firstItem = inPage('[data-testid^="item-"]').first();
  const itemId = (await firstItem.getAttribute('data-testid')) ?? '';
  expect(await isTicked(firstItem)).toBe(false);
  await tap(page, { testid: itemId });
  expect(await settled(() => isTicked(firstItem), Boolean)).toBe(true);
  await s.screenshot('family-helper');
});

it('back as alice: the tick is labelled as the family member’s', async () => {
  const { page } = s;
  await switchUser(page, 'alice'); // reloads the same appeal page under alice's account
  await waitForReady(page, ROUTE.appealDetail);
  const item = inPage('[data-testid^="item-"]').first();
  await item.waitFor();
  expect(await isTicked(item)).toBe(true);
  expect(await item.innerText()).toContain('家人勾的');
  expect(await find(page, { testid: 'helpers' }).innerText()).toContain(helperName(LABEL));
});

it('alice’s status change sends the progress message to both of them', async () => {
  const { page } = s;
  const before = s.cloud.outbox().length;
  await tap(page, { testid: 'change-status' });
  await chooseInSheet(page, MOVE_LABEL.submitted);
  await rejectSubscription(page); // she already allowed one at 开始跟踪申诉
  expect(await settled(statusTag, (t) => t === STATUS_LABEL.submitted)).toBe(STATUS_LABEL.submitted);
  await sheetClosed(page);

  const sent = s.cloud.outbox().slice(before);
  expect(sent.map((m) => [m.touser, m.templateId, m.errCode]).sort()).toEqual(
    [
      [ALICE, PROGRESS.id, 0],
      [BOB, PROGRESS.id, 0],
    ].sort(),
  );
  const items = (await outboxItems(page, before + 2)).slice(before);
  expect(items).toHaveLength(2);
  for (const who of [ALICE, BOB]) {
    const line = items.find((i) => i.includes(who)) ?? '';
    expect(line).toContain(PROGRESS.title);
    expect(line).toContain('✓ 已发送');
  }
  const notices = await inPage('[data-testid="notification"]').allInnerTexts();
  expect(notices.filter((n) => n.includes('已发送'))).toHaveLength(2);
  expect(notices.some((n) => n.includes('进度通知（家人）'))).toBe(true);
  await s.screenshot('family-notified');
});
