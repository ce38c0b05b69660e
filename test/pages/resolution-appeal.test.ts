/**
 * Recorded resolution times on the appeal page, for the appeal's own cause and channel (one page per test file:
 * see render.ts).
 */
import { renderPage } from './render';
import { SENTENCE, answeredAppeal, resolutionLine, runStatsTimer } from './resolution';

jest.setTimeout(120_000);

// A cause and channel no other page test tracks.
const DIAGNOSIS = {
  symptomId: 'credit-pay-unavailable',
  causeIds: ['creditpay-risk'],
  channelId: 'creditpay-service',
};

it('the appeal page shows the line once 20 appeals like it were answered', async () => {
  let appeal = await answeredAppeal(DIAGNOSIS);
  await runStatsTimer();
  let page = await renderPage('pages/appeal/detail/index', { id: appeal.id });
  await page.settle();
  expect(page.find('resolution-times')).toBeNull();

  for (let i = 0; i < 19; i += 1) appeal = await answeredAppeal(DIAGNOSIS);
  await runStatsTimer();
  page = await renderPage('pages/appeal/detail/index', { id: appeal.id });
  expect(SENTENCE.exec(await resolutionLine(page))?.[1]).toBe('20');
});
