/**
 * 经过 on the appeal page, against the real local cloud: a note WeChat's content check holds back says so to its
 * author (等待审核 · 仅自己可见) with 再次检查, which shares it once it passes; the first screen shows the newest
 * few entries, and 查看更早的记录 shows the rest of the newest page, then the older ones, each in one setData.
 */
import { addNote, startTracking } from '../../miniprogram/services/appeal';
import { LIMITS } from '../../miniprogram/domain/appeal/contract';
import { FIRST_ROWS } from '../../miniprogram/pages/appeal/domain/timeline';
import { device } from './device';
import { DIAGNOSIS } from './family';
import { postToLocalCloud } from './local-cloud-line';
import { renderPage, type RenderedPage } from './render';

const P = 'pages/appeal/detail/index';
// The first call wakes the cloud functions and the test writes a hundred notes: slower than most page tests.
jest.setTimeout(30_000);
const REVIEW_LINE = '正在等微信审核，审核前只有你能看到';
const OUTAGE_LINE = '内容检查暂时用不了，这条先只有你能看到';

async function created(): Promise<string> {
  const reply = await startTracking(DIAGNOSIS);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.id;
}

/** What the content check answers for texts containing `phrase` from now on. */
async function verdict(v: 'pass' | 'review' | 'outage', phrase: string): Promise<void> {
  const reply = await postToLocalCloud('/content-verdict', { verdict: v, phrase });
  expect(reply.status).toBe(200);
}

type Typing = { typeNote(e: { detail: { value: string } }): void };

/** Let the page settle until `done` holds (the cloud answers at its own pace on a busy machine). */
async function until(page: RenderedPage, done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i += 1) await page.settle();
}

async function writeNote(page: RenderedPage, text: string): Promise<void> {
  (page.comp.instance as unknown as Typing).typeNote({ detail: { value: text } });
  await page.tap('save-note');
  await until(page, () => (page.find('timeline')?.textContent ?? '').includes(text));
}

const toasts = () => device.calls('showToast').map((c) => (c as { title?: string }).title);

describe('a note held back by the content check', () => {
  it('says 等待审核 · 仅自己可见 with the reason; 再次检查 shares it once it passes', async () => {
    const words = '银行说下周回电-页面审核甲';
    await verdict('review', words);
    const page = await renderPage(P, { id: await created() });
    await writeNote(page, words);
    expect(page.find('held-state')!.textContent).toContain('等待审核 · 仅自己可见');
    expect(page.find('timeline')!.textContent).toContain(REVIEW_LINE);
    await verdict('pass', words);
    await page.tap('recheck');
    await until(page, () => page.find('held-state') === null);
    expect(page.find('timeline')!.textContent).toContain(words);
    expect(page.find('held-state')).toBeNull();
    expect(page.find('recheck')).toBeNull();
    expect(toasts()).toContain('已通过检查，大家都能看到了');
  });

  it('still held after 再次检查: says why now, and the button stays', async () => {
    const words = '客服给了单号-页面审核乙';
    await verdict('review', words);
    const page = await renderPage(P, { id: await created() });
    await writeNote(page, words);
    await verdict('outage', words);
    await page.tap('recheck');
    await until(page, () => toasts().includes(OUTAGE_LINE));
    expect(page.find('held-state')).not.toBeNull();
    expect(page.find('timeline')!.textContent).toContain(OUTAGE_LINE);
    expect(page.find('recheck')).not.toBeNull();
    expect(toasts()).toContain(OUTAGE_LINE);
    expect(toasts()).not.toContain('已通过检查，大家都能看到了');
  });
});

/** 查看更早的记录 once: the whole newest page, without asking the cloud. */
async function wholePage(page: RenderedPage): Promise<void> {
  await page.tap('earlier');
  await until(page, () => page.all('entry').length === LIMITS.timelineShown);
}

describe('查看更早的记录', () => {
  const extra = 12;
  let appeal: Promise<{ id: string; owner: string }> | undefined;
  /**
   * One appeal with `extra` entries more than a page shows, written once for the tests below; the phone is its
   * owner's again in each (every test starts as a new WeChat user).
   */
  const longAppeal = async (): Promise<string> => {
    appeal ??= (async () => {
      const id = await created();
      const notes = Array.from({ length: LIMITS.timelineShown - 1 + extra }, (_, i) => `第${i}条记录`);
      for (let i = 0; i < notes.length; i += 10) {
        const replies = await Promise.all(notes.slice(i, i + 10).map((n) => addNote(id, n, true)));
        expect(replies.every((r) => r.ok)).toBe(true);
      }
      return { id, owner: device.openid };
    })();
    const { id, owner } = await appeal;
    device.openid = owner;
    return id;
  };

  it('shows the newest few, then the rest of the newest page, then appends the older ones, one setData each', async () => {
    const id = await longAppeal();
    const page = await renderPage(P, { id });
    expect(page.all('entry')).toHaveLength(FIRST_ROWS);
    const notShown = LIMITS.timelineShown - FIRST_ROWS + extra;
    expect(page.find('earlier')!.textContent).toContain(`查看更早的记录（还有 ${notShown} 条）`);
    const renders = jest.spyOn(page.comp.instance as { setData: (d: object) => void }, 'setData');
    const calls = device.calls('cloud.callFunction').length;
    await wholePage(page);
    expect(renders).toHaveBeenCalledTimes(1);
    expect(device.calls('cloud.callFunction')).toHaveLength(calls);
    expect(page.find('earlier')!.textContent).toContain(`查看更早的记录（还有 ${extra} 条）`);
    expect(page.find('timeline')!.textContent).not.toContain('开始跟踪这条申诉');
    await page.tap('earlier');
    await until(page, () => page.find('earlier') === null);
    expect(renders).toHaveBeenCalledTimes(2);
    const entries = page.all('entry').map((e) => e.textContent ?? '');
    expect(entries).toHaveLength(LIMITS.timelineShown + extra);
    // Newest first all the way down: the appended page ends with the very first entry; nothing twice.
    expect(entries[entries.length - 1]).toContain('开始跟踪这条申诉');
    expect(new Set(entries.map((e) => e.replace(/^.*本人/, ''))).size).toBe(entries.length);
  });

  it('with the cloud out of reach: says so, appends nothing, and the control works once it is back', async () => {
    const page = await renderPage(P, { id: await longAppeal() });
    await wholePage(page);
    device.offline = true;
    await page.tap('earlier');
    await until(page, () => toasts().some((t) => /网络|连不上/.test(t ?? '')));
    device.offline = false;
    expect(toasts().some((t) => /网络|连不上/.test(t ?? ''))).toBe(true);
    expect(page.all('entry')).toHaveLength(LIMITS.timelineShown);
    await page.tap('earlier');
    await until(page, () => page.find('earlier') === null);
    expect(page.all('entry')).toHaveLength(LIMITS.timelineShown + extra);
  });

  // Last: it adds an entry to the shared appeal.
  it('a new entry moves the newest page on: the older pages go, the control offers one more', async () => {
    const page = await renderPage(P, { id: await longAppeal() });
    await wholePage(page);
    await page.tap('earlier');
    await until(page, () => page.find('earlier') === null);
    await writeNote(page, '又打了一次客服电话');
    expect(page.all('entry')).toHaveLength(LIMITS.timelineShown);
    expect(page.find('earlier')!.textContent).toContain(`查看更早的记录（还有 ${extra + 1} 条）`);
    await page.tap('earlier');
    await until(page, () => page.find('earlier') === null);
    expect(page.all('entry')).toHaveLength(LIMITS.timelineShown + extra + 1);
  });
});
