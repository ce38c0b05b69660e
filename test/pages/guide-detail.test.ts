import { CAUSE_IDS, getCause, getChannel, getSymptom, getSymptoms } from '../../miniprogram/domain';
import { GUIDE_RULES } from '../../miniprogram/domain/diagnosis/rules';
import { device } from './device';
import { renderPage, type RenderedPage } from './render';
import { openWholeGuide } from './open-guide';
import { shareProblems } from './share-ids';

const P = 'pages/guide/detail/index';

type Share = {
  onShareAppMessage(): { title: string; path: string };
  onShareTimeline(): { title: string; query: string };
};
const share = (page: RenderedPage) => page.comp.instance as unknown as Share;

describe('guide page', () => {
  it.each(CAUSE_IDS.map((id) => [id]))(
    'shows the complete guide for %s to someone with no data of their own',
    async (cause) => {
      const page = await openWholeGuide(await renderPage(P, { cause }));
      expect(page.find('missing')).toBeNull();
      expect(page.find('guide')!.textContent).toContain(getCause(cause).title);
      expect(page.find('guide')!.textContent).toContain('来源：');
      expect(page.find('lifted-by')!.textContent!.trim().length).toBeGreaterThan(0);
      expect(page.find('verdict')!.textContent!.trim().length).toBeGreaterThan(0);
      const docs = page.find('checklist')!.querySelectorAll('[data-testid^="doc-"]');
      expect(docs.length).toBeGreaterThanOrEqual(1);
      expect(page.find('checklist')!.textContent).toMatch(/必须|可选|常见做法，以官方为准/);
      expect(page.find('checklist')!.textContent).toContain('怎么拿：');
      expect(page.find('channel')!.textContent).toContain(getChannel(getCause(cause).channel).name);
      expect(page.find('expected')!.textContent!.trim().length).toBeGreaterThan(0);
      expect(page.find('dont')!.textContent).toContain('千万不要');
      expect(page.find('reviewed')!.textContent).toContain(getCause(cause).lastReviewed);
      expect(device.storage.size).toBe(0);
      expect(device.calls('cloud.callFunction')).toEqual([]);
    },
  );

  it('shows every symptom/cause pair of the catalog', async () => {
    for (const symptom of [
      'card-restricted',
      'account-restricted',
      'credit-pay-unavailable',
      'bill-anomaly',
    ] as const) {
      for (const cause of getSymptom(symptom).causes) {
        const page = await openWholeGuide(await renderPage(P, { cause, symptom }));
        expect(page.find('checklist')!.querySelector('[data-testid^="doc-"]')).not.toBeNull();
        expect(page.text()).toContain(getSymptom(symptom).title);
      }
    }
  }, 20_000);

  it('uses the first channel of the symptom it was reached from', async () => {
    const fromCard = await openWholeGuide(
      await renderPage(P, { cause: 'illicit-flag', symptom: 'card-restricted' }),
    );
    expect(fromCard.find('channel')!.textContent).toContain(getChannel('wechat-pay-card-appeal').name);
    const fromAccount = await openWholeGuide(
      await renderPage(P, { cause: 'illicit-flag', symptom: 'account-restricted' }),
    );
    expect(fromAccount.find('channel')!.textContent).toContain(getChannel('wechat-pay-account-appeal').name);
  });

  it('ignores a symptom that does not lead to the cause', async () => {
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'bill-unauthorized', symptom: 'card-restricted' }),
    );
    expect(page.find('guide')).not.toBeNull();
    expect(page.text()).not.toContain(getSymptom('card-restricted').title);
    expect(share(page).onShareAppMessage().path).toBe('/pages/guide/detail/index?cause=bill-unauthorized');
  });

  it.each([
    [{ cause: 'no-such-cause' }],
    [{}],
    [{ guide: 'card-restricted' }],
    [{ guide: 'nope' }],
    [{ cause: '%E0%A4%A' }],
  ])('says plainly when there is no such guide (%j) and offers a way on', async (query) => {
    const page = await openWholeGuide(await renderPage(P, query as Record<string, string>));
    expect(page.find('missing')!.textContent).toContain('没有找到这份指南');
    expect(page.find('guide')).toBeNull();
    await page.tap('go-home');
    expect(device.calls('redirectTo')).toEqual([expect.objectContaining({ url: '/pages/home/index' })]);
  });

  it('shows the repair-offer guide with every step, the scam warning and call buttons', async () => {
    const page = await openWholeGuide(await renderPage(P, { guide: 'repair-offer' }));
    expect(page.find('steps-guide')!.textContent).toContain('有人说收费能帮你解封');
    expect(page.find('flag-scam-contact')!.textContent).toContain('96110');
    for (const rule of GUIDE_RULES['repair-offer']!) expect(page.find(`step-${rule.step}`)).not.toBeNull();
    expect(page.find('step-freeze-with-bank')!.textContent).toContain('遇到这种情况才需要');
    expect(page.find('step-repair-is-scam')!.textContent).not.toContain('遇到这种情况才需要');
    expect(page.find('step-repair-is-scam')!.textContent).toContain('来源：');
    expect(page.find('step-freeze-with-bank')!.textContent).toContain('银行卡背面');
    await page.tap('call-call-96110-96110');
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '96110' })]);
  });

  it('shows the unbind-card guide with the in-app path', async () => {
    const page = await openWholeGuide(await renderPage(P, { guide: 'unbind-card' }));
    for (const rule of GUIDE_RULES['unbind-card']!) expect(page.find(`step-${rule.step}`)).not.toBeNull();
    expect(page.find('step-unbind-in-wallet')!.textContent).toContain('路径：');
    expect(share(page).onShareAppMessage().path).toBe('/pages/guide/detail/index?guide=unbind-card');
    expect(share(page).onShareTimeline().query).toBe('guide=unbind-card');
  });

  it('ticks a document on the phone only', async () => {
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'bank-info-outdated', symptom: 'card-restricted' }),
    );
    const first = page.find('checklist')!.querySelector('[data-testid^="doc-"]')!;
    const id = first.getAttribute('data-testid')!.slice(4);
    await page.tap(`doc-${id}`);
    expect(page.data<{ ticks: Record<string, boolean> }>().ticks[id]).toBe(true);
    expect(page.find(`doc-${id}`)!.innerHTML).toContain('van-icon-checked');
    expect(JSON.stringify(device.storage.get('checklist.ticks'))).toContain(`"${id}":true`);
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });

  it('calls the verified number of the channel, after WeChat privacy consent', async () => {
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'risk-unusual-activity', symptom: 'card-restricted' }),
    );
    await page.tap('call-channel');
    expect(device.log.map((c) => c.api).filter((a) => /Privacy|PhoneCall/.test(a))).toEqual([
      'requirePrivacyAuthorize',
      'makePhoneCall',
    ]);
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '95017' })]);
  });

  it('keeps working and says what to do when privacy consent is refused', async () => {
    device.privacyAgreed = false;
    device.privacyAnswer = 'disagree';
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'risk-unusual-activity', symptom: 'card-restricted' }),
    );
    await page.tap('call-channel');
    expect(device.calls('makePhoneCall')).toEqual([]);
    const modal = device.calls('showModal') as Array<{ content: string }>;
    expect(modal).toHaveLength(1);
    expect(modal[0]!.content).toContain('拨号盘上自己输入 95017');
    expect(page.find('checklist')).not.toBeNull();
  });

  it('names the bank hotline without a number', async () => {
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'bank-card-status', symptom: 'card-restricted' }),
    );
    expect(page.find('call-channel')).toBeNull();
    expect(page.find('bank-hotline')!.textContent).toContain('银行卡背面');
  });

  it('shares ids only, and offers the questionnaire for the person’s own case', async () => {
    const page = await openWholeGuide(
      await renderPage(P, { cause: 'judicial-freeze', symptom: 'card-restricted' }),
    );
    expect(share(page).onShareAppMessage().path).toBe(
      '/pages/guide/detail/index?cause=judicial-freeze&symptom=card-restricted',
    );
    expect(share(page).onShareTimeline().query).toBe('cause=judicial-freeze&symptom=card-restricted');
    await page.tap('diagnose');
    expect(device.calls('navigateTo')).toEqual([
      expect.objectContaining({
        url: '/pages/diagnosis/questionnaire/index?symptom=card-restricted&fresh=1',
      }),
    ]);
  });

  it('shares ids only from every guide, and nothing of a query it does not know', async () => {
    const queries: Array<Record<string, string>> = [
      ...getSymptoms().flatMap((sy) => sy.causes.map((cause) => ({ cause, symptom: sy.id }))),
      ...CAUSE_IDS.map((cause) => ({ cause })),
      ...getSymptoms()
        .filter((sy) => sy.kind === 'guide')
        .map((sy) => ({ guide: sy.id })),
      { cause: 'risk-unusual-activity', symptom: 'card-restricted', note: '卡号6222021234567890123' },
      { cause: '张三13812345678', symptom: 'card-restricted' },
      { cause: 'judicial-freeze', symptom: '%E5%BC%A0%E4%B8%89' },
    ];
    for (const query of queries) {
      const page = await openWholeGuide(await renderPage(P, query));
      const cards = [share(page).onShareAppMessage(), share(page).onShareTimeline()];
      expect({ query, problems: cards.flatMap(shareProblems) }).toEqual({ query, problems: [] });
      expect(JSON.stringify(cards)).not.toMatch(/张三|13812345678|6222021234567890123/);
    }
  }, 60_000);

  it('works offline', async () => {
    device.offline = true;
    const page = await openWholeGuide(await renderPage(P, { cause: 'creditpay-overdue' }));
    expect(page.find('checklist')).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });
});
