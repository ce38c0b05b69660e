import { startTracking } from '../../miniprogram/services/appeal';
import { device } from './device';
import { appealWithHelper } from './family';
import { renderPage } from './render';

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

describe('我的申诉', () => {
  it('shows an empty state with a way to start', async () => {
    const page = await renderPage('pages/appeal/list/index');
    expect(page.find('empty')!.textContent).toContain('还没有跟踪的申诉');
    await page.tap('go-diagnose');
    expect(device.calls('navigateTo')).toEqual([expect.objectContaining({ url: '/pages/home/index' })]);
  });

  it('lists my appeals with their status and opens one', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/list/index');
    expect(page.find(`appeal-${id}`)!.textContent).toContain('准备材料');
    await page.tap(`appeal-${id}`);
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${id}` }),
    ]);
  });

  it('the first screen gets the newest few cards; the rest come with 加载更多, in one setData', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push(await created());
    const page = await renderPage('pages/appeal/list/index');
    const cards = () => page.root.querySelectorAll('[data-testid^="appeal-"]').length;
    expect(cards()).toBe(8);
    const renders = jest.spyOn(page.comp.instance as { setData: (d: object) => void }, 'setData');
    await page.tap('load-more');
    for (let i = 0; i < 100 && page.find('load-more'); i += 1) await page.settle();
    expect(renders).toHaveBeenCalledTimes(1);
    expect(cards()).toBe(10);
    for (const id of ids) expect(page.find(`appeal-${id}`)).not.toBeNull();
  });

  it('also lists the appeals I help family with, marked as theirs', async () => {
    const { id, helper } = await appealWithHelper();
    device.openid = helper;
    const mine = await created();
    const page = await renderPage('pages/appeal/list/index');
    expect(page.find(`appeal-${id}`)!.textContent).toContain('家人的申诉');
    expect(page.find(`appeal-${mine}`)!.textContent).not.toContain('家人的申诉');
    await page.tap(`appeal-${id}`);
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: `/pages/appeal/detail/index?id=${id}` }),
    ]);
  });

  it('says what went wrong and offers a retry when offline', async () => {
    device.offline = true;
    const page = await renderPage('pages/appeal/list/index');
    expect(page.find('error')!.textContent).toContain('网络');
    expect(page.find('retry')).not.toBeNull();
  });
});

describe('导出我的数据', () => {
  it('copies all my appeals as a readable Chinese summary, and only mine', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/list/index');
    await page.tap('export');
    await page.settle();
    const copied = (device.calls('setClipboardData') as Array<{ data: string }>)[0]!.data;
    expect(copied.startsWith('申诉向导 · 我的申诉记录')).toBe(true);
    expect(copied).toContain('共 1 条');
    expect(copied).toContain('进度：准备材料');
    expect(copied).not.toContain(id);
    expect(copied).not.toMatch(/symptomId|causeIds|risk-/);
  });

  it('copies the complete data as a machine-readable file, with its format', async () => {
    const id = await created();
    const page = await renderPage('pages/appeal/list/index');
    await page.tap('export-file');
    await page.settle();
    const copied = (device.calls('setClipboardData') as Array<{ data: string }>)[0]!.data;
    const parsed = JSON.parse(copied) as { format: string; version: number; appeals: Array<{ id: string }> };
    expect([parsed.format, parsed.version]).toEqual(['appeal-guide.export', 1]);
    expect(parsed.appeals.map((a) => a.id)).toEqual([id]);
  });
});
