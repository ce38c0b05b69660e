/**
 * Recorded resolution times on the result page: nothing below 20 appeals, then one plain sentence; offline,
 * nothing. Everything through the real functions on the local cloud.
 */
import { device } from './device';
import { renderPage } from './render';
import { openWholeGuide } from './open-guide';
import { SENTENCE, answeredAppeal, resolutionLine, runStatsTimer } from './resolution';

jest.setTimeout(120_000);

// A cause and channel no other page test tracks, so the counts here are this file's own.
const SYMPTOM = 'bill-anomaly';
const DIAGNOSIS = { symptomId: SYMPTOM, causeIds: ['bill-duplicate-charge'], channelId: 'platform-support' };
const R = 'pages/diagnosis/result/index';

describe('recorded resolution times on the result page', () => {
  it('show nothing below 20 appeals, then one sentence', async () => {
    for (let i = 0; i < 19; i += 1) await answeredAppeal(DIAGNOSIS);
    await runStatsTimer();
    device.reset();
    let page = await openWholeGuide(await renderPage(R, { symptom: SYMPTOM }));
    await page.settle();
    expect(device.calls('cloud.callFunction')).toEqual([
      expect.objectContaining({ name: 'stats', data: expect.objectContaining({ action: 'read' }) }),
    ]);
    expect(page.find('resolution-times')).toBeNull();
    expect(page.text()).not.toContain('同类申诉');

    await answeredAppeal(DIAGNOSIS);
    await runStatsTimer();
    device.reset();
    page = await openWholeGuide(await renderPage(R, { symptom: SYMPTOM }));
    const [, count, days] = SENTENCE.exec(await resolutionLine(page)) ?? [];
    expect(Number(count)).toBe(20);
    // A week ago is 3 to 5 working days, depending on the weekday and holidays.
    expect(Number(days)).toBeGreaterThanOrEqual(3);
    expect(Number(days)).toBeLessThanOrEqual(5);
  });

  it('offline, the page carries on without it', async () => {
    device.offline = true;
    const page = await openWholeGuide(await renderPage(R, { symptom: SYMPTOM }));
    expect(page.find('resolution-times')).toBeNull();
    expect(page.text()).toContain('可能的原因');
  });
});
