import { answer, nextQuestion, optionsOf, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { device } from './device';
import { renderPage } from './render';
import { STABLE_SYMPTOMS } from '../unit/domain/stable-ids';

describe('home page', () => {
  it('shows every entry symptom as a card', async () => {
    const page = await renderPage('pages/home/index');
    const cards = page.all('symptom-card-restricted').concat(page.all('symptom-repair-offer'));
    expect(cards).toHaveLength(2);
    for (const id of STABLE_SYMPTOMS) {
      const card = page.find(`symptom-${id}`);
      expect(card).not.toBeNull();
    }
    expect(page.text()).toContain('微信支付出问题了？');
  });

  it('warns about paid unlocks and lists only verified numbers', async () => {
    const page = await renderPage('pages/home/index');
    expect(page.find('scam-banner')!.textContent).toContain('都是骗子');
    expect(page.find('call-95017')).not.toBeNull();
    expect(page.find('call-96110')).not.toBeNull();
    const phones = (page.text().match(/\d{5,}/g) ?? []).filter((n) => !['95017', '96110'].includes(n));
    expect(phones).toEqual([]);
  });

  it('one tap from home to the box where a frightened person pastes what they received', async () => {
    const page = await renderPage('pages/home/index');
    expect(page.find('open-paste-check')!.textContent).toContain('粘贴进来看看');
    await page.tap('open-paste-check');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: '/pages/safety/paste/index' }),
    ]);
  });

  it('opens the questionnaire for the symptom tapped', async () => {
    const page = await renderPage('pages/home/index');
    await page.tap('symptom-bill-anomaly');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: '/pages/diagnosis/questionnaire/index?symptom=bill-anomaly&fresh=1' }),
    ]);
  });

  it('offers 继续上次 or 重新开始 for a saved diagnosis, also when its symptom is tapped again', async () => {
    saveSession(answer(startDiagnosis('bill-anomaly'), 'official-notice', 'none'));
    const page = await renderPage('pages/home/index');
    expect(page.find('resume-card')!.textContent).toContain('已回答 1 题');
    expect(page.find('resume-choice')).toBeNull();
    await page.tap('symptom-bill-anomaly');
    expect(device.calls('navigateTo')).toEqual([]);
    expect(page.find('resume-choice')!.textContent).toContain('继续上次');
    await page.tap('choice-resume');
    await page.tap('choice-restart');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: '/pages/diagnosis/questionnaire/index?symptom=bill-anomaly' }),
      expect.objectContaining({ url: '/pages/diagnosis/questionnaire/index?symptom=bill-anomaly&fresh=1' }),
    ]);
  });

  it('继续上次 of a finished diagnosis opens its result', async () => {
    let s = startDiagnosis('card-restricted');
    for (let q = nextQuestion(s); q; q = nextQuestion(s))
      s = answer(s, q.id, optionsOf(q.id).slice(-1)[0]!.value as never);
    saveSession(s);
    const page = await renderPage('pages/home/index');
    expect(page.find('resume')!.textContent).toContain('看上次的结果');
    await page.tap('resume');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: '/pages/diagnosis/result/index?symptom=card-restricted' }),
    ]);
  });

  it('calls 95017 when its row is tapped', async () => {
    const page = await renderPage('pages/home/index');
    await page.tap('call-95017');
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '95017' })]);
  });

  it('says 我的申诉 is empty from the real cloud, and that it is offline when it is', async () => {
    const page = await renderPage('pages/home/index');
    expect(page.find('my-appeals')!.textContent).toContain('还没有跟踪的申诉');

    device.offline = true;
    const offline = await renderPage('pages/home/index');
    expect(offline.find('my-appeals')!.textContent).toContain('暂时连不上');
  });
});
