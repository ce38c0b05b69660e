/**
 * The questionnaire opened from a pasted notice: the answers the text settled are shown ("从你贴的内容看出"),
 * are not asked again, and each can be changed.
 */
import { answer, getQuestion, startDiagnosis } from '../../miniprogram/domain';
import { loadSession, saveSession } from '../../miniprogram/services/diagnosis';
import { renderPage } from './render';

const P = 'pages/diagnosis/questionnaire/index';

describe('questionnaire after a pasted court notice', () => {
  beforeEach(() => {
    saveSession(answer(startDiagnosis('card-restricted'), 'official-notice', 'court'));
  });

  it('shows what the text settled and asks the next question', async () => {
    const page = await renderPage(P, { symptom: 'card-restricted', from: 'paste' });
    const pasted = page.find('pasted')!.textContent!;
    expect(pasted).toContain('从你贴的内容看出');
    expect(pasted).toContain(getQuestion('official-notice').labels.court);
    expect(page.find('question')!.getAttribute('data-question')).not.toBe('official-notice');
  });

  it('lets the person change a settled answer', async () => {
    const page = await renderPage(P, { symptom: 'card-restricted', from: 'paste' });
    await page.tap('pasted-edit-official-notice');
    expect(page.find('question')!.getAttribute('data-question')).toBe('official-notice');
    expect(page.find('pasted')).toBeNull();
    await page.tap('option-police');
    expect(loadSession()!.answers['official-notice']).toBe('police');
  });

  it('shows nothing of the kind when not opened from a pasted notice', async () => {
    const page = await renderPage(P, { symptom: 'card-restricted' });
    expect(page.find('pasted')).toBeNull();
  });
});
