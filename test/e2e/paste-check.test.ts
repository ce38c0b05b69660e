/**
 * "Paste what you received", in the browser preview as a person does it: one tap on the home page opens the
 * box (a page of the safety subpackage); a scam message
 * gets the warning; a court notice starts the diagnosis with "法院的文书或通知" already answered (shown, and
 * leading to the judicial-freeze result); a bank transaction SMS gets its explanation. Card numbers pasted
 * are hidden in the box itself.
 */
import { getCause, getQuestion, isQuestionId, optionsOf } from '../../miniprogram/domain';
import { usePreviewSession } from './helpers/session';
import { find, tap, waitForReady } from '../../tools/preview/browser';
import { ROUTE } from './helpers/journey';

jest.setTimeout(120_000);

const s = usePreviewSession();

async function pasteOnHome(text: string): Promise<void> {
  const { page } = s;
  await page.goto(`${s.preview.url}#/${ROUTE.home}`);
  await waitForReady(page, ROUTE.home);
  await tap(page, { testid: 'open-paste-check' });
  await waitForReady(page, ROUTE.paste);
  await find(page, { testid: 'paste' }).locator('textarea').fill(text);
  await tap(page, { testid: 'check' });
  await find(page, { testid: 'result' }).waitFor();
}

const resultKind = () => find(s.page, { testid: 'result' }).getAttribute('data-kind');
const headline = async () => (await find(s.page, { testid: 'risk' }).innerText()).trim();

it('a scam message: the warning, and the card number hidden in the box', async () => {
  await pasteOnHome('我是微信客服，你的卡6222021234567894被限制了，交800块解封费，今天就能恢复。');
  expect(await resultKind()).toBe('scam');
  expect(await headline()).toBe('很可能是骗子');
  expect(await find(s.page, { testid: 'result' }).innerText()).toContain('96110');
  const box = await find(s.page, { testid: 'paste' }).locator('textarea').inputValue();
  expect(box).not.toContain('6222021234567894');
  expect(box).toContain('****7894');
});

it('a court notice: the judicial-freeze diagnosis starts with the notice already answered', async () => {
  const { page } = s;
  await pasteOnHome(
    '【XX市人民法院】您好，(2026)X0102执1234号案件中，本院依法对您名下的银行账户采取冻结措施，请与承办法官联系。',
  );
  expect(await resultKind()).toBe('court-freeze');
  expect(await headline()).toBe('像是法院的冻结通知');
  const court = getQuestion('official-notice').labels.court;
  expect(await find(page, { testid: 'settled-official-notice' }).innerText()).toContain(court);
  await tap(page, { testid: 'start-diagnosis' });
  await waitForReady(page, ROUTE.questionnaire);
  expect(await find(page, { testid: 'pasted' }).innerText()).toContain(court);
  // The rest is asked as usual; this person is unsure of every fact and safe on every safety question.
  const route = () => page.evaluate(() => document.documentElement.dataset.pvRoute ?? '');
  for (let i = 0; i < 12 && (await route()) === ROUTE.questionnaire; i += 1) {
    const id = (await find(page, { testid: 'question' }).getAttribute('data-question')) ?? '';
    expect(id).not.toBe('official-notice');
    if (!isQuestionId(id)) throw new Error(`unknown question ${id}`);
    const values = optionsOf(id).map((o) => o.value as string);
    await tap(page, { testid: `option-${values.indexOf('no') >= 0 ? 'no' : 'unsure'}` });
    await waitForReady(page);
  }
  await waitForReady(page, ROUTE.result);
  const top = find(page, { selector: '[data-testid^="cause-"]' });
  expect(await top.getAttribute('data-testid')).toBe('cause-judicial-freeze');
  expect(await top.innerText()).toContain(getCause('judicial-freeze').title);
});

it('a bank transaction SMS: what it means, and no diagnosis to start', async () => {
  await pasteOnHome('【中国工商银行】您尾号6217卡12月3日14:20快捷支付(财付通)支出200.00元，余额1,532.60元。');
  expect(await resultKind()).toBe('bank-transaction');
  expect(await headline()).toBe('这是银行的普通交易提醒');
  expect(await find(s.page, { testid: 'result' }).innerText()).toContain('不是限制通知');
  expect(await s.page.locator('[data-testid="start-diagnosis"]').count()).toBe(0);
});
