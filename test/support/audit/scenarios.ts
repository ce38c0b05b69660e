/**
 * One scenario per page of app.json: the richest realistic state the page is audited in, and the user actions
 * whose setData calls are measured. A page without a scenario here fails the audit.
 *
 * Everything below runs inside the page's own module registry (see test/pages/audit.test.ts), so the device,
 * services and domain imported here are the ones the page under audit uses.
 */
import {
  ALL_CAUSES,
  answer,
  buildChecklist,
  getSymptoms,
  nextQuestion,
  optionsOf,
  startDiagnosis,
} from '../../../miniprogram/domain';
import type { CauseId, DiagnosisState, QuestionId, SymptomId } from '../../../miniprogram/domain';
import { LIMITS as APPEAL_LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { trackingChannel } from '../../../miniprogram/domain/present/guide';
import * as appeals from '../../../miniprogram/services/appeal';
import * as family from '../../../miniprogram/pages/appeal/services/family';
import { toggleTick } from '../../../miniprogram/services/checklist';
import { saveSession } from '../../../miniprogram/services/diagnosis';
import { device } from '../../pages/device';
import { tapElement, type RenderedPage } from '../../pages/render';
import { fire, typeInside } from '../../pages/typing';

export interface Action {
  name: string;
  /** The action rightly changes nothing on screen (it navigates, calls, copies). */
  quiet?: boolean;
  run(page: RenderedPage): Promise<void> | void;
}

export interface Scenario {
  /** The state the page is audited in, in words (shown in failures). */
  state: string;
  /** Prepare the phone and the local cloud; returns the page's query. */
  setup?(): Promise<Record<string, string>> | Record<string, string>;
  actions: Action[];
}

/** The cause whose guide lists the most documents (the longest checklist any guide page shows). */
function richestCause(): { cause: CauseId; symptom: SymptomId } {
  let best = ALL_CAUSES[0]!;
  for (const c of ALL_CAUSES) if (buildChecklist([c.id]).length > buildChecklist([best.id]).length) best = c;
  return { cause: best.id, symptom: best.symptoms[0]! };
}

/** Answer `count` questions of a symptom (the first option each time; a scammer in touch when asked). */
function answered(symptom: SymptomId, count = Infinity): DiagnosisState {
  let s = startDiagnosis(symptom);
  for (let q = nextQuestion(s); q && count > 0; q = nextQuestion(s), count -= 1) {
    const id = q.id as QuestionId;
    const options = optionsOf(id).map((o) => o.value as string);
    const value = id === 'repair-contact' && options.includes('yes') ? 'yes' : options[0]!;
    s = answer(s, id, value as never);
  }
  return s;
}

function first(page: RenderedPage, prefix: string, nth = 0): Element {
  const el = page.root.querySelectorAll(`[data-testid^="${prefix}"]`)[nth];
  if (!el) throw new Error(`nothing with data-testid^="${prefix}" (#${nth + 1}) on the page`);
  return el;
}

function tap(testId: string): Action['run'] {
  return (page) => page.tap(testId);
}

function tapFirst(prefix: string, nth = 0): Action['run'] {
  return async (page) => {
    tapElement(first(page, prefix, nth));
    await page.settle();
  };
}

/** Every group of the guide library (the symptoms a diagnosis starts from). */
const LIBRARY_GROUPS = getSymptoms()
  .filter((s) => s.kind === 'diagnosis')
  .map((s) => s.id);

const SHEET_ITEM = '.van-action-sheet--van-action-sheet__item';

/** Tap in an action sheet of the page (the nth: its shade, 取消, or the action whose text includes `text`). */
function tapSheet(selector: string, text = '', nth = 0): Action['run'] {
  return async (page) => {
    const hit = Array.from(page.root.querySelectorAll(selector)).filter((el) =>
      (el.textContent ?? '').includes(text),
    )[nth];
    if (!hit) throw new Error(`no ${selector} ${text} in an open action sheet`);
    tapElement(hit);
    await page.settle();
  };
}

/** Call one of the page's own handlers, as the event of a custom component (van-field, action sheet) would. */
function handler(name: string, event: unknown): Action['run'] {
  return async (page) => {
    const fn = (page.comp.instance as unknown as Record<string, (e: unknown) => unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`the page has no handler ${name}`);
    await fn.call(page.comp.instance, event);
  };
}

async function tracked(cause: CauseId, symptom: SymptomId): Promise<string> {
  const reply = await appeals.startTracking({
    symptomId: symptom,
    causeIds: [cause],
    channelId: trackingChannel(cause, symptom),
  });
  if (!reply.ok) throw new Error(`local cloud: ${reply.error.message}`);
  return reply.data.id;
}

/** An appeal with a long history: submitted, half the checklist ticked, notes (one private). */
async function fullAppeal(): Promise<string> {
  const { cause, symptom } = richestCause();
  const id = await tracked(cause, symptom);
  const got = await appeals.getAppeal(id);
  if (!got.ok) throw new Error(got.error.message);
  await appeals.markSubmitted(got.data, new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10));
  for (const item of got.data.checklist.slice(0, Math.ceil(got.data.checklist.length / 2)))
    await appeals.tickItem(id, item.id, true);
  for (let i = 1; i <= 6; i += 1)
    await appeals.addNote(
      id,
      `第 ${i} 次打客服电话：说还在审核，要再等几个工作日，工单号 A10${i}`,
      i % 3 === 0,
    );
  return id;
}

/** Another WeChat user ('o' + 27 characters). */
function anotherUser(tag: string): string {
  return `o${`family${tag}${Date.now()}`.padEnd(27, 'x').slice(0, 27)}`;
}

/** A fresh invitation of the phone's user for appeal `id`. */
async function invitation(id: string, label: string): Promise<string> {
  const reply = await family.inviteFamily(id, label);
  if (!reply.ok) throw new Error(`local cloud: ${reply.error.message}`);
  return reply.data.token;
}

/** `fullAppeal` with two family helpers and one invitation nobody has accepted yet. */
async function familyAppeal(): Promise<string> {
  const id = await fullAppeal();
  const owner = device.openid;
  for (const [i, label] of ['儿子', '女儿'].entries()) {
    const token = await invitation(id, label);
    device.openid = anotherUser(String(i));
    const joined = await family.joinAppeal(token);
    device.openid = owner;
    if (!joined.ok) throw new Error(`local cloud: ${joined.error.message}`);
  }
  await invitation(id, '老伴');
  return id;
}

const SCAM_TEXT =
  '您好，我是微信支付客服，您的账户被风控了，交 300 元保证金就能走内部渠道解封，请把验证码发给我';
const COURT_TEXT =
  '【XX市人民法院】您好，(2026)X0102执1234号案件中，本院依法对您名下的银行账户采取冻结措施，请与承办法官联系。';

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'pages/home/index': {
    state: 'an unfinished diagnosis to resume and appeals in the cloud',
    async setup() {
      saveSession(answered('card-restricted', 2));
      const { cause, symptom } = richestCause();
      await tracked(cause, symptom);
      await tracked('judicial-freeze', 'card-restricted');
      return {};
    },
    actions: [
      { name: 'choose a symptom', quiet: true, run: tapFirst('symptom-') },
      {
        name: 'come back to the page',
        run: (page) => (page.comp.instance as unknown as { onShow(): Promise<void> }).onShow(),
      },
    ],
  },
  'pages/diagnosis/questionnaire/index': {
    state: 'card-restricted, two questions answered',
    setup() {
      saveSession(answered('card-restricted', 2));
      return { symptom: 'card-restricted' };
    },
    actions: [
      { name: 'answer one question', run: tapFirst('option-') },
      { name: 'explain the question', run: tap('help-toggle') },
      { name: 'go back one question', run: tap('back') },
      { name: 'open the review', run: tap('open-review') },
      { name: 'edit an answer', run: tapFirst('edit-') },
      { name: 'answer the edited question', run: tapFirst('option-') },
    ],
  },
  'pages/diagnosis/result/index': {
    state:
      'a finished card-restricted diagnosis (scammer in touch): every cause, flags, then every part of a guide',
    setup() {
      saveSession(answered('card-restricted'));
      return { symptom: 'card-restricted' };
    },
    actions: [
      { name: 'open the guide', run: tap('open-guide') },
      { name: 'open why', run: tap('open-why') },
      { name: 'open the checklist', run: tap('open-checklist') },
      { name: 'open where and how long', run: tap('open-where') },
      { name: 'tick a document', run: tapFirst('doc-') },
      { name: 'close the checklist', run: tap('open-checklist') },
      { name: 'select another cause', run: tapFirst('cause-', 1) },
      { name: 'open its checklist', run: tap('open-checklist') },
      { name: 'copy the statement', quiet: true, run: tap('copy-statement') },
    ],
  },
  'pages/diagnosis/statement/index': {
    state: 'the statement for the cause with the most documents, answers on the phone',
    setup() {
      const { cause, symptom } = richestCause();
      saveSession(answered(symptom));
      return { symptom, cause };
    },
    actions: [
      { name: 'pick the start date', run: (page) => fire(page, 'since', 'change', '2024-03-25') },
      { name: 'type the amount', run: (page) => fire(page, 'amount', 'input', '5000') },
      { name: 'type the card digits', run: (page) => fire(page, 'card', 'input', '123') },
      { name: 'leave the card field', run: (page) => fire(page, 'card', 'blur', '123') },
      {
        name: 'type a note',
        run: (page) => fire(page, 'note', 'input', '卡号6222021234567890123，收的是店里货款'),
      },
    ],
  },
  'pages/appeal/list/index': {
    state: `a full page of appeals (${APPEAL_LIMITS.pageSize}) and one more: the first screen's cards, then the rest`,
    async setup() {
      const causes = ALL_CAUSES.filter((c) => c.symptoms.length > 0);
      for (let i = 0; i <= APPEAL_LIMITS.pageSize; i += 1) {
        const c = causes[i % causes.length]!;
        await tracked(c.id, c.symptoms[0]!);
      }
      return {};
    },
    actions: [
      { name: 'pull down to refresh', run: handler('onPullDownRefresh', {}) },
      { name: 'load more', run: tap('load-more') },
      { name: 'open an appeal', quiet: true, run: tapFirst('appeal-') },
    ],
  },
  'pages/appeal/detail/index': {
    state:
      'a submitted appeal for the cause with the most documents, half ticked, six notes, two helpers, an invitation',
    async setup() {
      return { id: await familyAppeal() };
    },
    actions: [
      { name: 'tick an item', run: tapFirst('item-', 0) },
      { name: 'open the status sheet', run: tap('change-status') },
      { name: 'close the status sheet on its shade', run: tapSheet('.van-overlay--van-overlay') },
      { name: 'open it again', run: tap('change-status') },
      { name: 'cancel it', run: tapSheet('.van-action-sheet--van-action-sheet__cancel') },
      { name: 'open it once more', run: tap('change-status') },
      { name: 'choose 被驳回了 in it', run: tapSheet(SHEET_ITEM, '被驳回了') },
      { name: 'open it to escalate', run: tap('change-status') },
      { name: 'choose 我要升级投诉 in it', run: tapSheet(SHEET_ITEM, '我要升级投诉') },
      { name: 'cancel the escalation', run: tapSheet('.van-action-sheet--van-action-sheet__cancel', '', 1) },
      { name: 'type a note', run: handler('typeNote', { detail: { value: '银行说明天回电话' } }) },
      { name: 'mark the note private', run: tap('note-private') },
      { name: 'save the note', run: tap('save-note') },
      { name: 'choose who to invite', run: tap('invite-label-0') },
      { name: 'make an invitation', run: tap('invite') },
      { name: 'show the rest of the history', run: tap('earlier') },
    ],
  },
  'pages/appeal/join/index': {
    state: 'an open invitation from a family member, opened by someone else',
    async setup() {
      const token = await invitation(await fullAppeal(), '儿子');
      device.openid = anotherUser('join');
      return { token };
    },
    actions: [{ name: 'accept the invitation', quiet: true, run: tap('accept') }],
  },
  'pages/guide/library/index': {
    state: 'every group listed, then the largest opened, a search and every group opened',
    actions: [
      { name: 'open the largest group', run: tap('open-card-restricted') },
      { name: 'close it', run: tap('open-card-restricted') },
      { name: 'search', run: (page) => fire(page, 'search', 'input', '冻结') },
      { name: 'clear the search', run: tap('clear-search') },
      ...LIBRARY_GROUPS.map((id) => ({ name: `open ${id}`, run: tap(`open-${id}`) })),
      { name: 'open a guide', quiet: true, run: tapFirst('guide-') },
    ],
  },
  'pages/guide/detail/index': {
    state: 'the guide of the cause with the most documents, every part opened',
    setup() {
      const { cause, symptom } = richestCause();
      return { cause, symptom };
    },
    actions: [
      { name: 'open why', run: tap('open-why') },
      { name: 'open the checklist', run: tap('open-checklist') },
      { name: 'open where and how long', run: tap('open-where') },
      { name: 'tick a document', run: tapFirst('doc-') },
      { name: 'untick it', run: tapFirst('doc-') },
    ],
  },
  'pages/safety/anti-scam/index': {
    state: 'a scam message pasted and checked',
    // Pasting and checking happen inside <paste-check>: the page's own setData stays quiet.
    actions: [
      {
        name: 'paste a message',
        quiet: true,
        run: (page) => typeInside(page, 'paste-check', 'paste', SCAM_TEXT),
      },
      { name: 'check it', quiet: true, run: tap('check') },
      { name: 'call 96110', quiet: true, run: tap('call-96110') },
    ],
  },
  'pages/safety/paste/index': {
    state: 'a court notice pasted and checked',
    // Pasting and checking happen inside <paste-check>: the page's own setData stays quiet.
    actions: [
      {
        name: 'paste a notice',
        quiet: true,
        run: (page) => typeInside(page, 'paste-check', 'paste', COURT_TEXT),
      },
      { name: 'check it', quiet: true, run: tap('check') },
    ],
  },
  'pages/safety/contacts/index': {
    state: 'every verified number',
    actions: [{ name: 'call a number', quiet: true, run: tapFirst('call-') }],
  },
  'pages/settings/index/index': {
    state: 'privacy not yet agreed, a diagnosis and ticks on the phone',
    setup() {
      device.privacyAgreed = false;
      saveSession(answered('card-restricted', 2));
      toggleTick({}, buildChecklist([richestCause().cause])[0]!.id);
      return {};
    },
    actions: [
      { name: 'turn on large text', run: tap('large-text') },
      {
        name: 'agree to the privacy notice',
        run(page) {
          device.privacyAgreed = true; // WeChat records the agreement before the button's event arrives
          return handler('privacyAgreed', {})(page);
        },
      },
      { name: 'clear local data', run: tap('clear-local') },
    ],
  },
};
