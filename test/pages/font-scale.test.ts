/**
 * WeChat's own font size reaches every page: the page root carries the scale app.wxss multiplies its text sizes
 * by (test/e2e/large-text.test.ts measures the rendered text).
 */
import { device } from './device';
import { renderPage } from './render';

const rootStyle = async () => {
  const page = await renderPage('pages/guide/library/index');
  return page.root.firstElementChild!.getAttribute('style') ?? '';
};

describe('WeChat’s font size', () => {
  it('at standard size, sends and sets nothing', async () => {
    expect(await rootStyle()).toBe('');
  });

  it('sets WeChat’s factor on the page root', async () => {
    device.fontScale = 1.4; // 关怀模式
    expect(await rootStyle()).toBe('--font-scale: 1.4;');
  });

  it('keeps the factor between 1 and 1.6', async () => {
    device.fontScale = 2.5;
    expect(await rootStyle()).toBe('--font-scale: 1.6;');
    device.fontScale = 0.8;
    expect(await rootStyle()).toBe('');
  });
});
