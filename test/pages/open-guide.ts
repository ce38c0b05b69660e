/**
 * A guide's parts open on a tap (the result page's 看最可能的原因怎么办, then 为什么会这样, 要准备的材料,
 * 去哪里办、大概多久): tests that read the whole guide open them all first, as a person would.
 */
import type { RenderedPage } from './render';

/** Each opener and what shows once it is open. */
const PARTS: ReadonlyArray<readonly [opener: string, shown: string]> = [
  ['open-guide', 'guide'],
  ['open-why', 'why'],
  ['open-checklist', 'checklist-items'],
  ['open-where', 'expected'],
];

export async function openWholeGuide(page: RenderedPage): Promise<RenderedPage> {
  for (const [opener, shown] of PARTS) if (page.find(opener) && !page.find(shown)) await page.tap(opener);
  return page;
}
