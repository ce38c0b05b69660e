import { getSymptom } from '../../miniprogram/domain';
import { device } from './device';
import { renderPage } from './render';
import { type } from './typing';

const P = 'pages/guide/library/index';
const DIAGNOSIS_SYMPTOMS = [
  'card-restricted',
  'account-restricted',
  'credit-pay-unavailable',
  'bill-anomaly',
] as const;

describe('guide library', () => {
  it('lists every cause under each entry symptom, plus the two step guides, without any question', async () => {
    const page = await renderPage(P);
    for (const symptom of DIAGNOSIS_SYMPTOMS) {
      expect(page.find(`section-${symptom}`)!.textContent).toBe(getSymptom(symptom).title);
      // A group lists its causes once opened, and says how many first.
      const causes = getSymptom(symptom).causes;
      expect(page.find(`open-${symptom}`)!.textContent).toContain(`看 ${causes.length} 种情况`);
      expect(page.find(`guide-${symptom}-${causes[0]}`)).toBeNull();
      await page.tap(`open-${symptom}`);
      for (const cause of causes) {
        expect(page.find(`guide-${symptom}-${cause}`)!.textContent).toContain('谁能解除：');
      }
    }
    expect(page.find('steps-unbind-card')!.textContent).toContain('想安全地解绑一张卡');
    expect(page.find('steps-repair-offer')!.textContent).toContain('有人说收费能帮你解封');
    expect(page.find('steps-repair-offer')!.textContent).toContain('共 7 步');
  });

  it('opens the guide of a cause as reached from its symptom', async () => {
    const page = await renderPage(P);
    await page.tap('open-account-restricted');
    await page.tap('guide-account-restricted-judicial-freeze');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({
        url: '/pages/guide/detail/index?cause=judicial-freeze&symptom=account-restricted',
      }),
    ]);
  });

  it('opens a step guide by its id', async () => {
    const page = await renderPage(P);
    await page.tap('steps-repair-offer');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({ url: '/pages/guide/detail/index?guide=repair-offer' }),
    ]);
  });

  it('narrows the list with the search box, says when nothing matches, and clears', async () => {
    const page = await renderPage(P);
    await type(page, 'search', '分付');
    expect(page.find('section-credit-pay-unavailable')).not.toBeNull();
    expect(page.find('guide-credit-pay-unavailable-creditpay-outage')).not.toBeNull(); // found: opened
    expect(page.find('section-card-restricted')).toBeNull();
    expect(page.find('steps-repair-offer')).toBeNull();

    await type(page, 'search', '火星');
    expect(page.find('empty')!.textContent).toContain('没有找到“火星”相关的指南');

    await page.tap('clear-search');
    expect(page.find('empty')).toBeNull();
    expect(page.find('guide-credit-pay-unavailable-creditpay-outage')).toBeNull(); // closed again
    expect(page.find('section-card-restricted')).not.toBeNull();
    expect(page.find('steps-unbind-card')).not.toBeNull();
  });

  it('needs no network and stores nothing', async () => {
    device.offline = true;
    const page = await renderPage(P);
    expect(page.find('section-bill-anomaly')).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
    expect(device.storage.size).toBe(0);
  });

  it('is shown in 大字模式 when the person chose it', async () => {
    device.app.globalData.largeText = true;
    const page = await renderPage(P);
    expect(page.data<{ largeText: boolean }>().largeText).toBe(true);
    expect(Array.from(page.root.firstElementChild!.classList)).toContain('main--large');
  });
});
