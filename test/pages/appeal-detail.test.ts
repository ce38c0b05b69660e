import { startTracking } from '../../miniprogram/services/appeal';
import { device } from './device';
import { renderPage, tapElement, type RenderedPage } from './render';

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
  typeNote(e: { detail: { value: string } }): void;
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
    handlers(page).typeNote({ detail: { value: '客服电话里说卡号6222021234567890123要等三天' } });
    await page.tap('save-note');
    await page.settle();
    const timeline = page.find('timeline')!.textContent!;
    expect(timeline).toContain('要等三天');
    expect(timeline).not.toContain('6222021234567890123');
  });

  it('empties the note box after saving and unticks 只有自己能看, saying where the note went', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    handlers(page).typeNote({ detail: { value: '银行说明天回电话' } });
    await page.tap('note-private');
    expect(page.find('private-on')!.textContent).toContain('家人看不到');
    await page.tap('save-note');
    await page.settle();
    expect(page.data<{ noteText: string; notePrivate: boolean }>()).toMatchObject({
      noteText: '',
      notePrivate: false,
    });
    expect(page.find('private-on')).toBeNull();
    expect(page.find('timeline')!.textContent).toContain('仅自己可见');
    expect(device.calls('showToast')).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: '已保存，只有你能看' })]),
    );
  });

  it('a commonly reported time long gone names its date, says one thing, and is never called overdue', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    const longAgo = new Date(Date.now() - 120 * 86400e3 + 8 * 3600e3).toISOString().slice(0, 10);
    await handlers(page).markSubmitted({ detail: { value: longAgo } });
    await page.settle();
    // WeChat Pay publishes no reply time: only an official rule can make an appeal overdue.
    expect(page.data<{ screen: { overdue: boolean } }>().screen.overdue).toBe(false);
    const text = page.find('deadline')!.textContent!;
    const date = /^常听说要.+（(\d+年\d+月\d+日)前后），以官方为准。$/.exec(text.trim());
    expect(date).not.toBeNull();
    expect(text).not.toMatch(/超过|催办|升级/);
    const next = `${page.find('next-step')!.textContent} ${page.find('follow-up')!.textContent}`;
    expect(next).toContain(`已经过了常说的答复时间（${date![1]}）`);
    expect(next).not.toContain('会提醒');
  });

  it('says so when a status change moves the expected answer date', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    const weekAgo = new Date(Date.now() - 7 * 86400e3 + 8 * 3600e3).toISOString().slice(0, 10);
    await handlers(page).markSubmitted({ detail: { value: weekAgo } });
    await page.settle();
    expect(page.find('deadline-moved')).toBeNull();
    type D = { screen: { deadlineText: string } };
    const before = page.data<D>().screen.deadlineText;
    await handlers(page).chooseStatus({ detail: { value: 'reviewing' } });
    await page.settle();
    const after = page.data<D>().screen.deadlineText;
    expect(after).not.toBe(before);
    const moved = page.find('deadline-moved')!.textContent!;
    expect(moved).toContain('进度改成「审核中」后');
    expect(moved).toMatch(/从 \d+年\d+月\d+日 改成了 \d+年\d+月\d+日/);
  });

  it('我要升级投诉 in the status sheet opens the escalation sheet, which stays open', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/detail/index', { id });
    await handlers(page).markSubmitted({ detail: { value: today() } });
    await device.tapping(() => handlers(page).chooseStatus({ detail: { value: 'rejected' } }));
    await page.settle();
    await page.tap('change-status');
    await page.settle(); // the sheet's popup renders its actions after its transition starts
    const escalate = Array.from(page.root.querySelectorAll('.van-action-sheet--van-action-sheet__item')).find(
      (el) => el.textContent!.includes('我要升级投诉'),
    )!;
    tapElement(escalate);
    await page.settle();
    expect(page.data<{ sheet: string }>().sheet).toBe('escalate');
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
    // Never 开启提醒 beside 提醒已开启; a used-up template is offered as more reminders.
    expect(page.find('turn-on-reminders')?.textContent ?? '').not.toContain('开启提醒');
    expect(page.find('follow-up')!.textContent).toContain('我们会提醒你跟进');
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
    expect(page.find('turn-on-reminders')!.textContent).toContain('开启提醒');
    // No promise of a reminder that will not come.
    expect(page.find('follow-up')!.textContent).toContain('提醒没有开启，我们不会另外通知你');
    expect(page.text()).not.toContain('我们会提醒你');
  });
});
