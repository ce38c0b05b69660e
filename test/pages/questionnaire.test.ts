import { answer, getCause, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { device } from './device';
import { renderPage } from './render';

const Q = 'pages/diagnosis/questionnaire/index';
const questionId = (page: Awaited<ReturnType<typeof renderPage>>) =>
  page.data<{ question: { id: string } | null }>().question?.id;

describe('questionnaire', () => {
  it('asks one question at a time, starting with the official notice, with 不确定 always offered', async () => {
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    expect(questionId(page)).toBe('official-notice');
    expect(page.find('option-unsure')!.textContent).toContain('不确定');
    expect(page.find('progress')!.textContent).toMatch(/已回答 0 题/);
    expect(page.find('back')).toBeNull();
  });

  it('moves on after an answer, saves it, and goes back', async () => {
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    await page.tap('option-none');
    expect(questionId(page)).toBe('other-channels');
    expect(page.find('progress')!.textContent).toMatch(/已回答 1 题/);
    expect(JSON.stringify(device.storage.get('diagnosis.session'))).toContain('"official-notice":"none"');

    await page.tap('back');
    expect(questionId(page)).toBe('official-notice');
  });

  it('explains a question on request', async () => {
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    expect(page.find('help')).toBeNull();
    await page.tap('help-toggle');
    expect(page.find('help')!.textContent!.length).toBeGreaterThan(10);
  });

  it('lets any earlier answer be edited from the review screen', async () => {
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    await page.tap('option-none');
    await page.tap('option-also-fail');
    await page.tap('open-review');
    expect(page.data<{ mode: string }>().mode).toBe('review');
    expect(page.find('review-other-channels')!.textContent).toContain('修改');
    await page.tap('edit-official-notice');
    expect(questionId(page)).toBe('official-notice');
    await page.tap('option-court');
    expect(page.data<{ mode: string }>().mode).toBe('review');
    expect(page.find('review-official-notice')!.textContent).toContain('法院');
  });

  it('shows the result when no question is left', async () => {
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    for (let i = 0; i < 20 && page.data<{ question: unknown }>().question; i += 1) {
      const before = device.calls('redirectTo').length;
      await page.tap('option-unsure');
      if (device.calls('redirectTo').length > before) break;
    }
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: '/pages/diagnosis/result/index?symptom=card-restricted' }),
    ]);
  });

  it('opened from the result, shows the review with the conclusion and works it out again after an edit', async () => {
    let s = startDiagnosis('card-restricted');
    s = answer(s, 'official-notice', 'court');
    s = answer(s, 'other-channels', 'also-fail');
    saveSession(s);
    const page = await renderPage(Q, { symptom: 'card-restricted', review: '1' });
    expect(device.calls('redirectTo')).toEqual([]);
    expect(page.data<{ mode: string }>().mode).toBe('review');
    expect(page.find('conclusion')!.textContent).toContain(getCause('judicial-freeze').title);
    await page.tap('edit-official-notice');
    await page.tap('option-police');
    expect(page.data<{ mode: string }>().mode).toBe('review');
    expect(page.find('conclusion')!.textContent).toContain(getCause('police-case-freeze').title);
    expect(page.find('conclusion')!.textContent).not.toContain(getCause('judicial-freeze').title);
    await page.tap('see-result');
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({ url: '/pages/diagnosis/result/index?symptom=card-restricted' }),
    ]);
    expect(device.calls('navigateTo')).toEqual([]);
  });

  it('starting fresh forgets the saved answers', async () => {
    saveSession(answer(startDiagnosis('card-restricted'), 'official-notice', 'court'));
    const page = await renderPage(Q, { symptom: 'card-restricted', fresh: '1' });
    expect(questionId(page)).toBe('official-notice');
    expect(device.storage.get('diagnosis.session')).toBeUndefined();
  });

  it('keeps working when the phone cannot save', async () => {
    device.storageFull = true;
    const page = await renderPage(Q, { symptom: 'bill-anomaly', fresh: '1' });
    await page.tap('option-none');
    expect(page.find('save-failed')).not.toBeNull();
    expect(page.data<{ answered: number }>().answered).toBe(1);
  });

  it('sends an unknown symptom home', async () => {
    await renderPage(Q, { symptom: 'no-such-thing' });
    expect(device.calls('redirectTo')).toEqual([expect.objectContaining({ url: '/pages/home/index' })]);
  });
});
