/**
 * Robustness of the result page (ONE page definition in this file): storage full or corrupt, cloud unavailable,
 * subscription refused, privacy consent refused — the page keeps working and says plainly what happened.
 */
import { answer, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { listMyAppeals } from '../../miniprogram/services/appeal';
import { CORRUPT_VALUES, corruptEverything, prototypeIsClean } from '../support/robustness';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { openWholeGuide } from './open-guide';

const R = 'pages/diagnosis/result/index';

function diagnosed(): void {
  let s = startDiagnosis('card-restricted');
  s = answer(s, 'recent-activity', 'many-transfers');
  saveSession(s);
}

const modals = () => device.calls('showModal') as Array<{ title: string; content: string }>;
const toasts = () => (device.calls('showToast') as Array<{ title: string }>).map((t) => t.title);
const firstItem = (page: RenderedPage) =>
  page.all('checklist')[0]!.querySelector('[data-testid^="doc-"]')!.getAttribute('data-testid')!;

describe('result page under adverse conditions', () => {
  it.each(CORRUPT_VALUES)(
    'opens on a phone whose storage holds %s, and shows the causes',
    async (_name, value) => {
      corruptEverything(device, value);
      const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
      expect(page.all('checklist').length).toBeGreaterThan(0);
      expect(page.data<{ selected: string }>().selected).not.toBe('');
      expect(prototypeIsClean()).toBe(true);
    },
  );

  it('keeps the tick on screen and says it was not saved when storage is full', async () => {
    diagnosed();
    device.storageFull = true;
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    const item = firstItem(page);
    await page.tap(item);
    expect(page.data<{ ticks: Record<string, boolean> }>().ticks[item.slice(4)]).toBe(true);
    expect(toasts()).toContain('手机存储空间不足，勾选没能保存');
  });

  it('says the cloud is unreachable when tracking cannot start, and the guide stays usable', async () => {
    diagnosed();
    device.offline = true;
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('start-tracking');
    await page.settle();
    expect(page.find('tracking-error')!.textContent).toMatch(/网络|连不上/);
    expect(page.find('checklist')).not.toBeNull();
    device.offline = false;
    await page.tap('start-tracking');
    await page.settle();
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/pages/appeal/detail/index?id=') }),
    ]);
  });

  it('a tap again after a lost reply opens the appeal the first tap created, not a second one', async () => {
    diagnosed();
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    device.loseReplies = 1;
    await page.tap('start-tracking');
    await page.settle();
    expect(page.find('tracking-error')!.textContent).toMatch(/网络|连不上/);
    await page.tap('start-tracking');
    await page.settle();
    const creates = (
      device.calls('cloud.callFunction') as Array<{ data: { action: string; requestId?: string } }>
    )
      .map((c) => c.data)
      .filter((d) => d.action === 'create');
    expect(creates).toHaveLength(2);
    expect(creates[0]!.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(creates[1]!.requestId).toBe(creates[0]!.requestId);
    const mine = await listMyAppeals();
    if (!mine.ok) throw new Error(mine.error.message);
    expect(mine.data.items).toHaveLength(1);
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${mine.data.items[0]!.id}` }),
    ]);
  });

  it('starts tracking even when reminders are refused', async () => {
    diagnosed();
    device.subscribeAnswer = 'reject';
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('start-tracking');
    await page.settle();
    expect(device.calls('requestSubscribeMessage')).toHaveLength(1);
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/pages/appeal/detail/index?id=') }),
    ]);
  });

  it('explains how to do it by hand when privacy consent is refused (copy)', async () => {
    diagnosed();
    device.privacyAgreed = false;
    device.privacyAnswer = 'disagree';
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('copy-statement');
    await page.settle();
    const said = [...modals().map((m) => `${m.title} ${m.content}`), ...toasts()].join(' ');
    expect(said).toMatch(/隐私|手动|长按/);
    expect(page.find('checklist')).not.toBeNull();
  });
});
