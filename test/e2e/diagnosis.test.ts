/**
 * Diagnosis journeys, one per entry symptom, as a person does them in the browser preview: home → tap the
 * symptom → answer each question on screen (不确定, 上一步 and the review screen's 修改 included) → the result.
 *
 * Each journey names the exact questions it expects to be asked, in order, and what the result must show:
 * the top cause (title, checklist, a 来源 line) of a diagnosis, or the steps and warnings of a guide. Titles
 * and names are read from the domain catalog, never copied, so a content edit does not break the test but a
 * page that shows something else does.
 */
import {
  getCause,
  getDocument,
  getFlag,
  getGuideStep,
  getQuestion,
  getSymptom,
  SOURCES,
  type CauseId,
  type GuideStepId,
  type OptionOf,
  type QuestionId,
  type SafetyFlagId,
  type SymptomId,
} from '../../miniprogram/domain';
import { usePreviewSession } from './helpers/session';
import { answerDialog, expectText, find, tap, waitForReady, wxLog } from '../../tools/preview/browser';
import {
  answerQuestion,
  expectAnswered,
  HERO,
  isTicked,
  ROUTE,
  settled,
  type Answer,
  openGuideParts,
} from './helpers/journey';

jest.setTimeout(120_000);

const s = usePreviewSession();

/** A typed answer: a question id and one of its options (a typo does not compile). */
function a<Q extends QuestionId>(q: Q, value: OptionOf<Q>): Answer {
  return { q, value };
}

const NO_SAFETY_ISSUES = [a('repair-contact', 'no'), a('code-shared', 'no'), a('lent-card', 'no')];

/** From the home page: tap the symptom card, land on its first question. */
async function startAt(symptom: SymptomId): Promise<void> {
  const { page } = s;
  await page.goto(`${s.preview.url}#/${ROUTE.home}`);
  await waitForReady(page, ROUTE.home);
  await tap(page, { testid: `symptom-${symptom}` });
  await waitForReady(page, ROUTE.questionnaire);
  await expectText(page, getSymptom(symptom).title);
}

async function answerAll(answers: readonly Answer[]): Promise<void> {
  for (const answer of answers) await answerQuestion(s.page, answer);
  await waitForReady(s.page, ROUTE.result);
}

/** The test ids of the elements matching `prefix*` on the result page, in page order. */
async function testidsStartingWith(prefix: string): Promise<string[]> {
  return s.page
    .locator(`[data-testid="pv-page"]:not([hidden]) [data-testid^="${prefix}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
}

/** The result of a diagnosis: the top cause first, its guide with a 来源 line, its checklist; flags as given. */
async function expectTopCause(top: CauseId, flags: readonly SafetyFlagId[] = []): Promise<void> {
  const { page } = s;
  const cause = getCause(top);
  const card = find(page, { testid: `cause-${top}` });
  await card.waitFor();
  expect((await testidsStartingWith('cause-'))[0]).toBe(`cause-${top}`);
  expect(await card.innerText()).toContain('最可能');
  expect(await card.innerText()).toContain(cause.title);
  expect(await testidsStartingWith('flag-')).toEqual(flags.map((f) => `flag-${f}`));

  await openGuideParts(page);
  const guide = find(page, { testid: 'guide' });
  expect((await guide.locator(HERO).first().innerText()).trim()).toBe(cause.title);
  const firstFact = cause.explanation[0];
  if (!firstFact) throw new Error(`catalog: ${top} has no explanation`);
  expect(await guide.innerText()).toContain(`来源：${SOURCES[firstFact.source].title}`);

  const checklist = find(page, { testid: 'checklist' });
  const docs = (await testidsStartingWith('doc-')).map((id) => id.slice('doc-'.length));
  expect(docs.length).toBeGreaterThan(0);
  for (const need of cause.documents) {
    expect(docs).toContain(need.id);
    const item = checklist.locator(`[data-testid="doc-${need.id}"]`);
    expect(await item.innerText()).toContain(getDocument(need.id).name);
    // 必须 only where a rule sets the list; otherwise a required item is 常见做法，以官方为准.
    expect(await item.innerText()).toMatch(need.required ? /必须|常见做法，以官方为准/ : /可选/);
  }
  // A tap ticks (or unticks: ticks are per document and kept on the phone) the first item.
  const firstDoc = find(page, { testid: `doc-${docs[0]}` });
  const before = await isTicked(firstDoc);
  await tap(page, { testid: `doc-${docs[0]}` });
  expect(
    await settled(
      () => isTicked(firstDoc),
      (t) => t !== before,
    ),
  ).toBe(!before);
}

/** The result of a guide symptom: exactly these steps in this order, each with its catalog title. */
async function expectGuideSteps(steps: readonly GuideStepId[]): Promise<void> {
  await find(s.page, { testid: `step-${steps[0]}` }).waitFor();
  expect(await testidsStartingWith('step-')).toEqual(steps.map((id) => `step-${id}`));
  for (const [i, id] of steps.entries()) {
    const text = await find(s.page, { testid: `step-${id}` }).innerText();
    expect(text).toContain(`${i + 1}. ${getGuideStep(id).title}`);
  }
  expect(await testidsStartingWith('cause-')).toEqual([]);
  expect(await testidsStartingWith('checklist')).toEqual([]);
}

it('card-restricted: 上一步 changes an answer, 不确定 is allowed → 银行预留信息过期 with its checklist', async () => {
  const { page } = s;
  await startAt('card-restricted');
  await answerQuestion(page, a('official-notice', 'unsure'));
  await answerQuestion(page, a('other-channels', 'work'));
  await expectAnswered(page, 2);
  await tap(page, { testid: 'back' });
  await expectAnswered(page, 1);
  // Fails everywhere + the bank's details are out of date: nothing left can overtake, so no more fact questions.
  await answerAll([a('other-channels', 'also-fail'), a('bank-side', 'info-outdated'), ...NO_SAFETY_ISSUES]);
  await expectTopCause('bank-info-outdated');
  // Not hidden behind the top cause: the reasons name the answers that led here.
  expect(await find(page, { testid: 'cause-bank-info-outdated' }).innerText()).toContain(
    getQuestion('bank-side').labels['info-outdated'],
  );
});

it("account-restricted: the review screen's 修改 changes an answer and the questions follow → 个人收款码做生意", async () => {
  const { page } = s;
  await startAt('account-restricted');
  await answerQuestion(page, a('official-notice', 'none'));
  await answerQuestion(page, a('restriction-kind', 'transfer'));
  await tap(page, { testid: 'open-review' });
  const review = find(page, { testid: 'review-restriction-kind' });
  expect(await review.innerText()).toContain(getQuestion('restriction-kind').labels.transfer);
  await tap(page, { testid: 'edit-restriction-kind' });
  await answerQuestion(page, a('restriction-kind', 'collect'));
  // Back on the review screen with the new answer.
  await find(page, { testid: 'review-back' }).waitFor();
  expect(await review.innerText()).toContain(getQuestion('restriction-kind').labels.collect);
  await tap(page, { testid: 'review-back' });
  // 收款受限 makes the business-use question apply (it was skipped for 转账受限).
  await answerAll([a('collect-use', 'business'), ...NO_SAFETY_ISSUES]);
  await expectTopCause('collection-business-use');
});

it('credit-pay-unavailable: 只有我用不了 + 逾期 → 有逾期没还的欠款', async () => {
  await startAt('credit-pay-unavailable');
  await answerAll([
    a('official-notice', 'none'),
    a('creditpay-others', 'just-me'),
    a('creditpay-message', 'assessed'),
    a('overdue', 'yes'),
    a('spending-device', 'none'),
    a('account-security', 'no'),
    ...NO_SAFETY_ISSUES,
  ]);
  await expectTopCause('creditpay-overdue');
});

it('bill-anomaly: 扣了两次 on my own order; a shared code raises its warning → 重复扣款', async () => {
  await startAt('bill-anomaly');
  await answerAll([
    a('official-notice', 'none'),
    a('bill-kind', 'charged-twice'),
    a('order-recognized', 'yes'),
    a('repair-contact', 'no'),
    a('code-shared', 'yes'),
    a('lent-card', 'no'),
  ]);
  await expectTopCause('bill-duplicate-charge', ['code-shared']);
  await expectText(s.page, getFlag('code-shared').title);
});

it('unbind-card (guide): 不用了 + 有自动扣费 → the auto-debit step before unbinding, no refund step', async () => {
  await startAt('unbind-card');
  await answerAll([
    a('unbind-reason', 'not-used'),
    a('auto-debit', 'yes'),
    a('pending-refund', 'no'),
    a('linked-products', 'no'),
    a('code-shared', 'no'),
  ]);
  await expectGuideSteps(['cancel-auto-debits', 'unbind-in-wallet', 'unbind-is-not-cancel']);
  expect(await testidsStartingWith('flag-')).toEqual([]);
  // The in-app path is spelled out.
  expect(await find(s.page, { testid: 'step-unbind-in-wallet' }).innerText()).toContain('路径：');
});

it('repair-offer (guide): the scam warning with 96110 first; details given → freeze, passwords, 110', async () => {
  const { page } = s;
  await startAt('repair-offer');
  await answerAll([
    a('repair-paid', 'no'),
    a('code-shared', 'no'),
    a('gave-details', 'yes'),
    a('lent-card', 'no'),
    a('actually-restricted', 'card'),
  ]);
  expect(await testidsStartingWith('flag-')).toEqual(['flag-scam-contact', 'flag-code-shared']);
  const warning = find(page, { testid: 'flag-scam-contact' });
  expect(await warning.innerText()).toContain(getFlag('scam-contact').title);
  expect(await warning.innerText()).toContain('拨打 96110');
  await expectGuideSteps([
    'repair-is-scam',
    'stop-contact',
    'freeze-with-bank',
    'change-passwords',
    'report-110',
    'call-96110',
    'check-real-status',
  ]);
  expect(await find(page, { testid: 'step-repair-is-scam' }).innerText()).toContain('来源：');
  // The warning's button dials 96110.
  await tap(page, { selector: '[data-testid="flag-scam-contact"] van-button' });
  await page.locator('[data-testid="pv-phone-call"]').waitFor();
  await answerDialog(page, 'pv-phone-call', true);
  expect((await wxLog(page)).filter((c) => c.api === 'makePhoneCall').map((c) => c.detail)).toEqual([
    '96110',
  ]);
});
