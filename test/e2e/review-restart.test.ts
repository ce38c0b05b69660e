/**
 * Changing answers and starting over, as a person does it in the browser preview: the result's 修改我的回答
 * opens the review screen in place of the result (the page stack never grows), one answer is changed there and
 * the conclusion is worked out again; 重新开始 on the result; 继续上次 / 重新开始 on the home page, also when
 * the same symptom is tapped again.
 */
import { getCause, getQuestion } from '../../miniprogram/domain';
import { usePreviewSession } from './helpers/session';
import { answerDialog, expectText, find, tap, waitForReady } from '../../tools/preview/browser';
import { answerQuestion, expectAnswered, ROUTE } from './helpers/journey';

jest.setTimeout(120_000);

const s = usePreviewSession();

/** How many pages are on the stack (the preview keeps one wrapper per page). */
async function stackDepth(): Promise<number> {
  return s.page.locator('[data-testid="pv-page"]').count();
}

/** Answer 不确定 to every question still asked, until the result shows. */
async function answerRestUnsure(): Promise<void> {
  const { page } = s;
  for (let i = 0; i < 20; i += 1) {
    const route = await page.evaluate(() => document.documentElement.dataset.pvRoute);
    if (route === ROUTE.result) return;
    const q = await find(page, { testid: 'question' }).getAttribute('data-question');
    if (!q) throw new Error('no question on screen');
    await tap(page, { testid: 'option-unsure' });
  }
  await waitForReady(page, ROUTE.result);
}

async function topCauseTitle(): Promise<string> {
  const first = s.page.locator('[data-testid="pv-page"]:not([hidden]) [data-testid^="cause-"]').first();
  await first.waitFor();
  return first.innerText();
}

it('修改我的回答 → the review → change one answer → a different result, and the stack stays two pages', async () => {
  const { page } = s;
  await page.goto(`${s.preview.url}#/${ROUTE.home}`);
  await waitForReady(page, ROUTE.home);
  await tap(page, { testid: 'symptom-card-restricted' });
  await waitForReady(page, ROUTE.questionnaire);
  await answerQuestion(page, { q: 'official-notice', value: 'court' });
  await answerRestUnsure();
  expect(await topCauseTitle()).toContain(getCause('judicial-freeze').title);
  expect(await stackDepth()).toBe(2);

  await tap(page, { testid: 'edit-answers' });
  await waitForReady(page, ROUTE.questionnaire);
  expect(await stackDepth()).toBe(2);
  // The review lists every answer with its question, and what they point to now.
  const review = find(page, { testid: 'review-official-notice' });
  expect(await review.innerText()).toContain(getQuestion('official-notice').title);
  expect(await review.innerText()).toContain(getQuestion('official-notice').labels.court);
  expect(await find(page, { testid: 'conclusion' }).innerText()).toContain(getCause('judicial-freeze').title);

  await tap(page, { testid: 'edit-official-notice' });
  await answerQuestion(page, { q: 'official-notice', value: 'police' });
  await expectText(page, getQuestion('official-notice').labels.police);
  expect(await find(page, { testid: 'conclusion' }).innerText()).toContain(
    getCause('police-case-freeze').title,
  );
  await tap(page, { testid: 'see-result' });
  await waitForReady(page, ROUTE.result);
  expect(await topCauseTitle()).toContain(getCause('police-case-freeze').title);
  expect(await stackDepth()).toBe(2);

  // And once more: 修改我的回答 does not loop back to the result.
  await tap(page, { testid: 'edit-answers' });
  await waitForReady(page, ROUTE.questionnaire);
  await find(page, { testid: 'review-official-notice' }).waitFor();
  expect(await stackDepth()).toBe(2);
  await tap(page, { testid: 'see-result' });
  await waitForReady(page, ROUTE.result);
});

it('重新开始 on the result asks, then starts from the first question with nothing kept', async () => {
  const { page } = s;
  await tap(page, { testid: 'restart' });
  await answerDialog(page, 'pv-modal', true);
  await waitForReady(page, ROUTE.questionnaire);
  await expectAnswered(page, 0);
  expect(await stackDepth()).toBe(2);
  await find(page, { selector: '[data-testid="question"][data-question="official-notice"]' }).waitFor();
});

it('home: tapping the same symptom again offers 继续上次 or 重新开始', async () => {
  const { page } = s;
  await answerQuestion(page, { q: 'official-notice', value: 'none' });
  await expectAnswered(page, 1);
  await page.locator('[data-testid="pv-relaunch"]').click();
  await waitForReady(page, ROUTE.home);
  expect(await find(page, { testid: 'resume-card' }).innerText()).toContain('已回答 1 题');

  await tap(page, { testid: 'symptom-card-restricted' });
  expect(await page.evaluate(() => document.documentElement.dataset.pvRoute)).toBe(ROUTE.home);
  await tap(page, { testid: 'choice-resume' });
  await waitForReady(page, ROUTE.questionnaire);
  await expectAnswered(page, 1);
  await find(page, { selector: '[data-testid="question"][data-question="other-channels"]' }).waitFor();

  await page.locator('[data-testid="pv-relaunch"]').click();
  await waitForReady(page, ROUTE.home);
  await tap(page, { testid: 'symptom-card-restricted' });
  await tap(page, { testid: 'choice-restart' });
  await waitForReady(page, ROUTE.questionnaire);
  await expectAnswered(page, 0);
});
