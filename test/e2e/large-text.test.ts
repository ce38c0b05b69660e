/**
 * 大字模式 as a person uses it: settings → tap the switch → every page shown afterwards (home, the
 * questionnaire) carries the `large` class and its text is computed larger by Chromium; the choice is kept on
 * the phone, so it survives a reload (a fresh launch).
 */
import { getQuestion } from '../../miniprogram/domain';
import { usePreviewSession } from './helpers/session';
import { expectText, find, tap, waitForReady } from '../../tools/preview/browser';
import { goBack, HERO, ROUTE, settled } from './helpers/journey';

jest.setTimeout(120_000);

const s = usePreviewSession();

interface Look {
  /** The page root's classes (exparser renders class="page large" as `page--page page--large`). */
  readonly large: boolean;
  /** Computed font sizes in px. */
  readonly question: number;
  readonly option: number;
}

/** What the questionnaire looks like now: is the root large, how big are the question and an option. */
async function questionnaireLook(): Promise<Look> {
  const { page } = s;
  await find(page, { testid: 'question' }).waitFor();
  return page.evaluate((hero) => {
    const root = document.querySelector('[data-testid="pv-page"]:not([hidden]) page > wx-view');
    const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
    return {
      large: root?.classList.contains('page--large') ?? false,
      question: size(
        document.querySelector(`[data-testid="pv-page"]:not([hidden]) [data-testid="question"] ${hero}`),
      ),
      option: size(
        document.querySelector('[data-testid="pv-page"]:not([hidden]) [data-testid="option-unsure"]'),
      ),
    };
  }, HERO);
}

async function rootIsLarge(): Promise<boolean> {
  return s.page.evaluate(
    () =>
      document
        .querySelector('[data-testid="pv-page"]:not([hidden]) page > wx-view')
        ?.classList.contains('page--large') ?? false,
  );
}

async function openQuestionnaire(): Promise<void> {
  await tap(s.page, { testid: 'symptom-card-restricted' });
  await waitForReady(s.page, ROUTE.questionnaire);
  await expectText(s.page, getQuestion('official-notice').title);
}

it('turning on 大字模式 in settings makes home and the questionnaire larger, and it survives a reload', async () => {
  const { page } = s;
  // Before: normal size.
  expect(await rootIsLarge()).toBe(false);
  await openQuestionnaire();
  const before = await questionnaireLook();
  expect(before.large).toBe(false);
  expect(before.question).toBe(24); // --fs-hero 48rpx on a 375 px wide phone
  await goBack(page, ROUTE.home);

  // Settings → the switch.
  await tap(page, { testid: 'open-settings' });
  await waitForReady(page, ROUTE.settings);
  await expectText(page, '大字模式已关闭');
  await tap(page, { testid: 'large-text-switch' });
  await expectText(page, '大字模式已打开');
  expect(await rootIsLarge()).toBe(true); // applies at once on the settings page itself
  const switchOn = await find(page, { testid: 'large-text-switch' })
    .locator('[class*="van-switch--on"]')
    .count();
  expect(switchOn).toBe(1);

  // Home (shown again) and the questionnaire (opened afterwards) are large.
  await goBack(page, ROUTE.home);
  expect(await settled(rootIsLarge, Boolean)).toBe(true);
  await s.screenshot('large-text-home');
  await openQuestionnaire();
  const after = await questionnaireLook();
  expect(after.large).toBe(true);
  expect(after.question).toBeGreaterThan(before.question);
  expect(after.question).toBe(28); // --fs-hero 56rpx
  expect(after.option).toBeGreaterThan(before.option);
  await s.screenshot('large-text-questionnaire');

  // A reload is a fresh launch: the setting comes back from the phone's storage.
  await page.reload();
  await waitForReady(page, ROUTE.questionnaire);
  const reloaded = await questionnaireLook();
  expect(reloaded).toEqual(after);
  // The side panel's 重新进入首页 (the reloaded questionnaire is alone on the stack: no back arrow).
  await page.locator('[data-testid="pv-relaunch"]').click();
  await waitForReady(page, ROUTE.home);
  expect(await rootIsLarge()).toBe(true);
});

it('turning it off again restores the normal size', async () => {
  const { page } = s;
  await tap(page, { testid: 'open-settings' });
  await waitForReady(page, ROUTE.settings);
  await expectText(page, '大字模式已打开');
  await tap(page, { testid: 'large-text-switch' });
  await expectText(page, '大字模式已关闭');
  await goBack(page, ROUTE.home);
  expect(await settled(rootIsLarge, (large) => !large)).toBe(false);
  await openQuestionnaire();
  const look = await questionnaireLook();
  expect(look.large).toBe(false);
  expect(look.question).toBe(24);
});

it('WeChat’s own large font turns 大字模式 on at launch, and the switch here still turns it off', async () => {
  const { page } = s;
  // 关怀模式 in WeChat (23.8 px), and no choice made in the app yet.
  await page.evaluate(() => {
    localStorage.setItem('pv:fontSizeSetting', '23.8');
    localStorage.removeItem('pv:store:alice:settings.largeText');
  });
  await page.reload();
  await waitForReady(page);
  await page.locator('[data-testid="pv-relaunch"]').click();
  await waitForReady(page, ROUTE.home);
  expect(await settled(rootIsLarge, Boolean)).toBe(true);
  await tap(page, { testid: 'open-settings' });
  await waitForReady(page, ROUTE.settings);
  await expectText(page, '你在微信里把字调大了，所以自动打开了大字模式');
  await tap(page, { testid: 'large-text-switch' });
  await expectText(page, '大字模式已关闭');
  // The choice made here wins from now on, also after a fresh launch.
  await page.reload();
  await waitForReady(page);
  await page.locator('[data-testid="pv-relaunch"]').click();
  await waitForReady(page, ROUTE.home);
  expect(await settled(rootIsLarge, (large) => !large)).toBe(false);
  await page.evaluate(() => localStorage.removeItem('pv:fontSizeSetting'));
});

it('WeChat’s font size scales the text itself: by its factor, up to 1.6, 大字模式 never smaller', async () => {
  const { page } = s;
  /** Launch afresh with WeChat's font at `px` (16 standard in the preview) and no choice made in the app. */
  const launchWith = async (px: string) => {
    await page.evaluate((size) => {
      localStorage.setItem('pv:fontSizeSetting', size);
      localStorage.removeItem('pv:store:alice:settings.largeText');
    }, px);
    await page.reload();
    await waitForReady(page);
    await page.locator('[data-testid="pv-relaunch"]').click();
    await waitForReady(page, ROUTE.home);
    await openQuestionnaire();
    return questionnaireLook();
  };
  // A little larger than standard (× 1.125): not yet 大字模式, the question grows from 24 px with it.
  const slightly = await launchWith('18');
  expect(slightly.large).toBe(false);
  expect(slightly.question).toBeCloseTo(24 * 1.125, 1);
  // × 1.6: 大字模式 and the question at 24 × 1.6 px, larger than 大字模式's own 28 px.
  const large = await launchWith('25.6');
  expect(large.large).toBe(true);
  expect(large.question).toBeCloseTo(24 * 1.6, 1);
  expect(large.option).toBeGreaterThan(slightly.option);
  await s.screenshot('wechat-font-1.6-questionnaire');
  // × 2 is held at 1.6.
  expect((await launchWith('32')).question).toBeCloseTo(24 * 1.6, 1);
  await page.evaluate(() => localStorage.removeItem('pv:fontSizeSetting'));
});
