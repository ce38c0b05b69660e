import { startTracking } from '../../miniprogram/services/appeal';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';

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
  markSubmitted(e: { detail: { value: string } }): Promise<void>;
  chooseStatus(e: { detail: { value: string } }): Promise<void>;
  chooseEscalation(e: { detail: { value: string } }): Promise<void>;
  typeNote(e: { detail: string }): void;
};
const handlers = (page: RenderedPage) => page.comp.instance as unknown as Handlers;
const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);

describe('appeal page', () => {
  it('shows status, next step and the checklist of the causes', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    expect(page.find('status')!.textContent).toContain('准备材料');
    expect(page.find('next-step')!.textContent).toContain('我已提交');
    expect(page.find('checklist')!.querySelectorAll('[data-testid^="item-"]').length).toBeGreaterThan(0);
    expect(page.find('timeline')!.textContent).toContain('开始跟踪这条申诉');
  });

  it('records the submission date and shows a working-day countdown', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    await handlers(page).markSubmitted({ detail: { value: today() } });
    await page.settle();
    expect(page.find('status')!.textContent).toContain('已提交');
    expect(page.find('deadline')!.textContent).toMatch(/工作日|放假安排/);
  });

  it('moves the status through the sheet and refuses nothing it offers', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    await page.tap('change-status');
    expect(page.data<{ sheet: string }>().sheet).toBe('status');
    const offered = page
      .data<{ screen: { moves: Array<{ value: string }> } }>()
      .screen.moves.map((m) => m.value);
    expect(offered).toEqual(['submitted', 'closed']);
    await device.tapping(() => handlers(page).chooseStatus({ detail: { value: 'submitted' } }));
    await page.settle();
    expect(page.find('status')!.textContent).toContain('已提交');
    expect(device.calls('showToast')).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: '已改为「已提交」' })]),
    );
  });

  it('ticks a checklist item in the cloud and saves a masked note', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    const item = page
      .find('checklist')!
      .querySelector('[data-testid^="item-"]')!
      .getAttribute('data-testid')!;
    await page.tap(item);
    await page.settle();
    expect(page.data<{ screen: { readyCount: number } }>().screen.readyCount).toBe(1);
    handlers(page).typeNote({ detail: '客服电话里说卡号6222021234567890123要等三天' });
    await page.tap('save-note');
    await page.settle();
    const timeline = page.find('timeline')!.textContent!;
    expect(timeline).toContain('要等三天');
    expect(timeline).not.toContain('6222021234567890123');
  });

  it('asks before deleting and deletes only when confirmed', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    device.modalConfirm = false;
    await page.tap('delete');
    expect(device.calls('redirectTo')).toEqual([]);
    device.modalConfirm = true;
    await page.tap('delete');
    await page.settle();
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: '/pages/appeal/list/index' }),
    ]);
  });

  it('tells a stranger nothing about someone else’s appeal', async () => {
    const id = await created();
    device.reset();
    const page = await renderPage('pages/appeal/detail/index', { id });
    expect(page.find('error')!.textContent).toContain('没有找到');
  });
});

describe('reminders on the appeal page', () => {
  it('asks inside the status tap, then lists the progress message the cloud sent', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    expect(page.find('reminder-label')!.textContent).toContain('提醒未开启');
    await device.tapping(() => handlers(page).chooseStatus({ detail: { value: 'submitted' } }));
    await page.settle();
    expect(device.calls('requestSubscribeMessage')).toHaveLength(1);
    const label = page.find('reminder-label')!.textContent!;
    expect(label).toMatch(/提醒已开启 · 剩余 \d+ 次/);
    // The inline send happens after the status change; reload to see it recorded.
    const again = await renderPage('pages/appeal/detail/index', { id });
    const sent = again.all('notification').map((n) => n.textContent ?? '');
    expect(sent.some((t) => t.includes('进度通知') && t.includes('已发送'))).toBe(true);
  });

  it('explains a refusal and keeps the status change', async () => {
    device.subscribeAnswer = 'reject';
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    await device.tapping(() => handlers(page).chooseStatus({ detail: { value: 'submitted' } }));
    await page.settle();
    expect(page.find('status')!.textContent).toContain('已提交');
    expect(page.find('turn-on-reminders')).not.toBeNull();
  });
});
