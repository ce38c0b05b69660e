/**
 * Opening a guide's parts in the browser preview as a person taps them; the e2e journeys and the screenshot
 * script both use it.
 */
import type { Page } from 'playwright-core';
import { find, tap } from './browser';

/** Each opener of a guide's parts and what shows once it is open. */
const GUIDE_PARTS: ReadonlyArray<readonly [opener: string, shown: string]> = [
  ['open-guide', 'guide'],
  ['open-why', 'why'],
  ['open-checklist', 'checklist-items'],
  ['open-where', 'expected'],
];

/**
 * Open every part of the guide on screen as a person taps them: on the result page 看最可能的原因怎么办 first,
 * then 为什么会这样, 要准备的材料, 去哪里办、大概多久. Parts already open, or absent, are left alone.
 */
export async function openGuideParts(page: Page): Promise<void> {
  for (const [opener, shown] of GUIDE_PARTS) {
    const button = find(page, { testid: opener });
    if (!(await button.count()) || (await find(page, { testid: shown }).count())) continue;
    await tap(page, { testid: opener });
    await find(page, { testid: shown }).waitFor();
  }
}
