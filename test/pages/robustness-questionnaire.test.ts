/**
 * Robustness of the questionnaire (ONE page definition in this file): a saved session holding garbage starts a
 * clean diagnosis; a full phone keeps the person answering and tells them it could not save.
 */
import { CORRUPT_VALUES, prototypeIsClean } from '../support/robustness';
import { device } from './device';
import { renderPage } from './render';

const Q = 'pages/diagnosis/questionnaire/index';

describe('questionnaire under adverse conditions', () => {
  it.each(CORRUPT_VALUES)(
    'starts cleanly when the saved session holds %s, and takes answers',
    async (_name, value) => {
      device.storage.set('diagnosis.session', value);
      const page = await renderPage(Q, { symptom: 'bill-anomaly' });
      expect(page.find('question')).not.toBeNull();
      expect(page.data<{ answered: number }>().answered).toBe(0);
      await page.tap('option-none');
      expect(page.data<{ answered: number }>().answered).toBe(1);
      expect(prototypeIsClean()).toBe(true);
    },
  );

  it('keeps going and says the answers were not saved when storage is full', async () => {
    device.storageFull = true;
    const page = await renderPage(Q, { symptom: 'bill-anomaly', fresh: '1' });
    await page.tap('option-none');
    expect(page.find('save-failed')!.textContent).toContain('没能保存');
    expect(page.data<{ answered: number }>().answered).toBe(1);
  });
});
