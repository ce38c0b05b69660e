/**
 * Robustness of the appeal page (ONE page definition in this file): the cloud gone at load or in the middle,
 * reminders refused, storage holding garbage — the page keeps working and says plainly what happened.
 */
import { startTracking } from '../../miniprogram/services/appeal';
import { CORRUPT_VALUES, corruptEverything, prototypeIsClean } from '../support/robustness';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';

const P = 'pages/appeal/detail/index';
const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity'],
  channelId: 'wechat-pay-card-appeal',
};

async function created(): Promise<string> {
  const reply = await startTracking(DIAGNOSIS);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.id;
}

type Handlers = {
  chooseStatus(e: { detail: { value: string } }): Promise<void>;
  typeNote(e: { detail: { value: string } }): void;
};
const handlers = (page: RenderedPage) => page.comp.instance as unknown as Handlers;
const toasts = () => (device.calls('showToast') as Array<{ title: string }>).map((t) => t.title);
const state = (page: RenderedPage) => page.data<{ state: string }>().state;

describe('appeal page under adverse conditions', () => {
  it('says the cloud is unreachable at load, and shows the appeal after 再试一次', async () => {
    const id = await created();
    device.offline = true;
    const page = await renderPage(P, { id });
    expect(state(page)).toBe('error');
    expect(page.find('error')!.textContent).toMatch(/网络|连不上/);
    device.offline = false;
    await page.tap('retry');
    await page.settle();
    expect(state(page)).toBe('ready');
    expect(page.find('status')!.textContent).toContain('准备材料');
  });

  it('saving a note again after a lost reply writes it once, and keeps the words until it is saved', async () => {
    const id = await created();
    const page = await renderPage(P, { id });
    handlers(page).typeNote({ detail: { value: '周一寄出了材料' } });
    device.loseReplies = 1;
    await page.tap('save-note');
    await page.settle();
    expect(toasts().some((t) => /网络|连不上/.test(t))).toBe(true);
    expect(page.data<{ noteText: string }>().noteText).toBe('周一寄出了材料');
    await page.tap('save-note');
    await page.settle();
    const timeline = page.find('timeline')!.textContent!;
    expect(timeline.split('周一寄出了材料')).toHaveLength(2); // exactly once
    expect(page.data<{ noteText: string }>().noteText).toBe('');
  });

  it('keeps the page and the checklist as they were when the cloud goes away mid-session', async () => {
    const id = await created();
    const page = await renderPage(P, { id });
    const item = page
      .find('checklist')!
      .querySelector('[data-testid^="item-"]')!
      .getAttribute('data-testid')!;
    device.offline = true;
    await page.tap(item);
    await page.settle();
    expect(state(page)).toBe('ready');
    expect(page.data<{ screen: { readyCount: number } }>().screen.readyCount).toBe(0);
    expect(toasts().some((t) => /网络|连不上/.test(t))).toBe(true);
    device.offline = false;
    await page.tap(item);
    await page.settle();
    expect(page.data<{ screen: { readyCount: number } }>().screen.readyCount).toBe(1);
  });

  it('changes the status even when reminders are refused, and offers to turn them on', async () => {
    device.subscribeAnswer = 'reject';
    const id = await created();
    const page = await renderPage(P, { id });
    await device.tapping(() => handlers(page).chooseStatus({ detail: { value: 'submitted' } }));
    await page.settle();
    expect(page.find('status')!.textContent).toContain('已提交');
    expect(page.find('turn-on-reminders')).not.toBeNull();
  });

  it.each(CORRUPT_VALUES)('opens on a phone whose storage holds %s', async (_name, value) => {
    const id = await created();
    corruptEverything(device, value);
    const page = await renderPage(P, { id });
    expect(state(page)).toBe('ready');
    expect(prototypeIsClean()).toBe(true);
  });
});
