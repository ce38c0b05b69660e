import { answer, getSymptoms, nextQuestion, optionsOf, startDiagnosis } from '../../miniprogram/domain';
import { saveSession } from '../../miniprogram/services/diagnosis';
import { device } from './device';
import { renderPage } from './render';
import { openWholeGuide } from './open-guide';
import { shareProblems } from './share-ids';

const R = 'pages/diagnosis/result/index';

function courtNotice() {
  let s = startDiagnosis('card-restricted');
  s = answer(s, 'official-notice', 'court');
  s = answer(s, 'other-channels', 'also-fail');
  return s;
}

describe('result page', () => {
  it('puts the cause the answers point to first, says who can lift it and why we think so', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    expect(page.data<{ selected: string }>().selected).toBe('judicial-freeze');
    expect(page.find('cause-judicial-freeze')!.textContent).toContain('最可能');
    expect(page.find('cause-judicial-freeze')!.textContent).toContain('为什么这样判断');
    expect(page.find('lifted-by')!.textContent).toContain('法院');
    expect(page.text()).toContain('来源：');
  });

  it('opens with the causes; the guide, then each of its parts, come when the person opens them', async () => {
    saveSession(courtNotice());
    const page = await renderPage(R, { symptom: 'card-restricted' });
    expect(page.find('cause-judicial-freeze')).not.toBeNull();
    expect(page.find('guide')).toBeNull();
    await page.tap('open-guide');
    expect(page.find('lifted-by')!.textContent).toContain('法院');
    expect(page.find('open-checklist')!.textContent).toMatch(/要准备的材料（\d+ 项）/);
    expect(page.all('doc-id-card')).toEqual([]);
    await page.tap('open-checklist');
    expect(page.find('checklist')!.querySelectorAll('[data-testid^="doc-"]').length).toBeGreaterThan(0);
    expect(page.find('open-checklist')!.textContent).toContain('收起');
    await page.tap('open-checklist');
    expect(page.find('checklist')!.querySelectorAll('[data-testid^="doc-"]').length).toBe(0);
    // Another cause: its own guide, its parts closed again.
    const other = page.all('cause-judicial-freeze').length
      ? page.root.querySelectorAll('[data-testid^="cause-"]')[1]!
      : null;
    expect(other).not.toBeNull();
    await page.tap(other!.getAttribute('data-testid')!);
    expect(page.data<{ selected: string }>().selected).not.toBe('judicial-freeze');
    expect(page.find('guide')).not.toBeNull();
    expect(page.find('why')).toBeNull();
  });

  it('修改我的回答 opens the review in place of the result, so the page stack does not grow', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('edit-answers');
    expect(device.calls('navigateTo')).toEqual([]);
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({
        url: '/pages/diagnosis/questionnaire/index?symptom=card-restricted&review=1',
      }),
    ]);
  });

  it('重新开始 asks first, then starts the questions afresh', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    device.modalConfirm = false;
    await page.tap('restart');
    expect(device.calls('redirectTo')).toEqual([]);
    device.modalConfirm = true;
    await page.tap('restart');
    expect(device.calls('redirectTo')).toEqual([
      expect.objectContaining({
        url: '/pages/diagnosis/questionnaire/index?symptom=card-restricted&fresh=1',
      }),
    ]);
  });

  it('ticks checklist items on the phone only', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    const first = page.all('checklist')[0]!.querySelector('[data-testid^="doc-"]')!;
    const id = first.getAttribute('data-testid')!.slice(4);
    const cloudCalls = device.calls('cloud.callFunction').length;
    await page.tap(`doc-${id}`);
    expect(page.data<{ ticks: Record<string, boolean> }>().ticks[id]).toBe(true);
    expect(JSON.stringify(device.storage.get('checklist.ticks'))).toContain(`"${id}":true`);
    expect(device.calls('cloud.callFunction')).toHaveLength(cloudCalls);
  });

  it('copies the short appeal statement', async () => {
    let s = startDiagnosis('card-restricted');
    s = answer(s, 'recent-activity', 'many-transfers');
    saveSession(s);
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    const statement = page.data<{ statement: string }>().statement;
    expect(statement.length).toBeGreaterThan(10);
    expect(statement.length).toBeLessThanOrEqual(200);
    await page.tap('copy-statement');
    expect(device.calls('setClipboardData')).toEqual([expect.objectContaining({ data: statement })]);
  });

  it('asks for reminders inside the tap, starts tracking in the real cloud and opens the appeal', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('start-tracking');
    // The real cloud answers: wait for the page to move on (bounded), not for a fixed few milliseconds.
    for (let i = 0; i < 100 && device.calls('navigateTo').length === 0; i++) await page.settle();
    expect(device.calls('requestSubscribeMessage')).toHaveLength(1);
    const nav = device.calls('navigateTo') as Array<{ url: string }>;
    expect(nav[0]!.url).toMatch(/^\/pages\/appeal\/detail\/index\?id=[A-Za-z0-9_-]+$/);
    const list = await renderPage('pages/appeal/list/index');
    expect(list.text()).toContain('准备材料');
  });

  it('explains a failed save and keeps the page usable when the cloud is unreachable', async () => {
    device.offline = true;
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('start-tracking');
    expect(page.find('tracking-error')!.textContent).toContain('网络');
    expect(page.find('checklist')).not.toBeNull();
  });

  it('shares a card with ids only', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    const share = (
      page.comp.instance as unknown as { onShareAppMessage(): { path: string } }
    ).onShareAppMessage();
    expect(share.path).toBe('/pages/guide/detail/index?cause=judicial-freeze&symptom=card-restricted');
  });

  it('shares ids only, for every symptom and every cause the person can pick, never the answers', async () => {
    type Page = {
      data: { view: { causes: Array<{ id: string }> } };
      selectCause(e: { currentTarget: { dataset: { id: string } } }): void;
      onShareAppMessage(): { title: string; path: string };
      onShareTimeline(): { title: string; query: string };
    };
    const symptoms = getSymptoms().filter((sy) => sy.causes.length > 0);
    expect(symptoms.length).toBeGreaterThan(0);
    for (const symptom of symptoms) {
      let s = startDiagnosis(symptom.id);
      // Answer everything asked with its first option: the answers must stay on the phone.
      for (let q = nextQuestion(s); q; q = nextQuestion(s))
        s = answer(s, q.id, optionsOf(q.id)[0]!.value as never);
      saveSession(s);
      const page = await openWholeGuide(await renderPage(R, { symptom: symptom.id }));
      const instance = page.comp.instance as unknown as Page;
      for (const { id } of instance.data.view.causes) {
        instance.selectCause({ currentTarget: { dataset: { id } } });
        const card = instance.onShareAppMessage();
        const cards = [card, instance.onShareTimeline()];
        expect({ symptom: symptom.id, id, problems: cards.flatMap(shareProblems) }).toEqual({
          symptom: symptom.id,
          id,
          problems: [],
        });
        expect(card.path).toContain(`cause=${id}`);
      }
    }
  }, 60_000);

  it('warns first when a scammer has been in touch', async () => {
    let s = startDiagnosis('card-restricted');
    s = answer(s, 'repair-contact', 'yes');
    saveSession(s);
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    expect(page.find('flag-scam-contact')!.textContent).toContain('96110');
  });
});

describe('checklist picture', () => {
  it('draws every document of the checklist and saves it to the album', async () => {
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('save-image');
    await page.settle();
    const names = page
      .data<{ guide: { checklist: Array<{ name: string }> } }>()
      .guide.checklist.map((d) => d.name);
    const drawn = device.drawnText.join('');
    for (const name of names) expect(drawn).toContain(name);
    expect(device.calls('saveImageToPhotosAlbum')).toEqual([
      expect.objectContaining({ filePath: 'wxfile://tmp/checklist.png' }),
    ]);
  });

  it('asks to open settings when the album is not allowed, and saves nothing', async () => {
    device.albumAllowed = false;
    device.modalConfirm = false;
    saveSession(courtNotice());
    const page = await openWholeGuide(await renderPage(R, { symptom: 'card-restricted' }));
    await page.tap('save-image');
    await page.settle();
    expect(device.calls('showModal')).toEqual([expect.objectContaining({ title: '需要相册权限' })]);
    expect(device.calls('saveImageToPhotosAlbum')).toEqual([]);
  });
});
