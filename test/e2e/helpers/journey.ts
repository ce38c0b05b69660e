/**
 * Steps shared by the journeys: answering the questionnaire the way a person does (read the question on
 * screen, tap an option), and the routes the journeys expect to land on.
 */
import type { Locator, Page } from 'playwright-core';
import { getQuestion, type OptionOf, type QuestionId } from '../../../miniprogram/domain';
import { find, tap, waitForReady } from '../../../tools/preview/browser';

/** The big heading of a card (exparser renders class="hero" as `<component>--hero`). */
export const HERO = '[class*="--hero"]';

export const ROUTE = {
  home: 'pages/home/index',
  questionnaire: 'pages/diagnosis/questionnaire/index',
  result: 'pages/diagnosis/result/index',
  appealList: 'pages/appeal/list/index',
  appealDetail: 'pages/appeal/detail/index',
  appealJoin: 'pages/appeal/join/index',
  settings: 'pages/settings/index/index',
  paste: 'pages/safety/paste/index',
} as const;

export interface Answer {
  readonly q: QuestionId;
  readonly value: string;
}

/** A typed answer: a question id and one of its options (a typo does not compile). */
export function a<Q extends QuestionId>(q: Q, value: OptionOf<Q>): Answer {
  return { q, value };
}

/** 卡在微信里用不了 → 交易异常 (risk-unusual-activity): the answers in the order they are asked. */
export const UNUSUAL_ACTIVITY_ANSWERS: readonly Answer[] = [
  a('official-notice', 'none'),
  a('other-channels', 'work'),
  a('bank-side', 'none'),
  a('error-message', 'risk'),
  a('recent-activity', 'many-transfers'),
  a('repair-contact', 'no'),
  a('code-shared', 'no'),
  a('lent-card', 'no'),
];

/** From the home page: tap the symptom card, answer every question in order, land on the result. */
export async function diagnoseAs(page: Page, symptom: string, answers: readonly Answer[]): Promise<void> {
  await tap(page, { testid: `symptom-${symptom}` });
  await waitForReady(page, ROUTE.questionnaire);
  for (const answer of answers) await answerQuestion(page, answer);
  await waitForReady(page, ROUTE.result);
}

/** The question on screen must be `q` (its catalog title shown); tap the option `value`. */
export async function answerQuestion(page: Page, { q, value }: Answer): Promise<void> {
  const card = find(page, { selector: `[data-testid="question"][data-question="${q}"]` });
  try {
    await card.waitFor({ timeout: 5_000 });
  } catch {
    const shown = await find(page, { testid: 'question' })
      .getAttribute('data-question', { timeout: 1_000 })
      .catch(() => 'none');
    throw new Error(`expected the question "${q}", the screen shows "${shown}"`);
  }
  expect((await card.locator(HERO).first().innerText()).trim()).toBe(getQuestion(q).title);
  const option = find(page, { testid: `option-${value}` });
  expect((await option.innerText()).trim()).toBe((getQuestion(q).labels as Record<string, string>)[value]);
  await tap(page, { testid: `option-${value}` });
}

/** The progress line says how many questions are answered. */
export async function expectAnswered(page: Page, n: number): Promise<void> {
  const text = await settled(
    async () => (await find(page, { testid: 'progress' }).innerText()).trim(),
    (t) => t.startsWith(`已回答 ${n} 题`),
  );
  expect(text).toMatch(new RegExp(`^已回答 ${n} 题`));
}

/**
 * Read a value until `ok` holds or `timeout` passes; returns the last value read (the caller asserts it,
 * so a failure shows what the page really showed).
 */
export async function settled<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 5_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** A checklist row shows a check icon (Vant's `checked`) instead of an empty circle. */
export async function isTicked(row: Locator): Promise<boolean> {
  return (await row.locator('[class~="van-icon--van-icon-checked"]').count()) > 0;
}

/** The navigation bar's back arrow (as a person taps it), until `route` is on top. */
export async function goBack(page: Page, route: string): Promise<void> {
  await page.locator('[data-testid="pv-back"]').click();
  await waitForReady(page, route);
}

/** Tap the item of the open Vant action sheet whose text is `label`. */
export async function chooseInSheet(page: Page, label: string): Promise<void> {
  await tap(page, {
    selector: `van-action-sheet [class~="van-action-sheet--van-action-sheet__item"]:has-text("${label}")`,
  });
}

export { openGuideParts } from '../../../tools/preview/guide-parts';

/** Wait until no action sheet is on screen (a choice closes it with its result, sliding away for 0.3 s). */
export async function sheetClosed(page: Page): Promise<void> {
  const shades = () => find(page, { selector: '[class~="van-overlay--van-overlay"]' }).count();
  expect(await settled(shades, (n) => n === 0)).toBe(0);
}
