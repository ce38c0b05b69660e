/**
 * 申诉说明: the person adds what they know (when it started, amount, order number, the card's LAST 4 digits,
 * what the money was for, anything else) and gets a short version (≤ 200 characters, counted live) and a
 * full one, each with a copy button. Every field is masked by the domain before it reaches the statement or
 * the clipboard; a whole card number typed into the card field is cut to its last 4 in the field itself.
 * Nothing typed here is saved or sent: it lives only while this page is open.
 */
import {
  draftDetails,
  NO_DETAILS,
  statementSubject,
  statementView,
  type StatementSubject,
  type StatementView,
  type TypedDetails,
} from '../domain/present/statement';
import type { Answers } from '../../../domain/diagnosis/questions/index';
import { cardLast4 } from '../../../domain/privacy/mask';
import { loadSession } from '../../../services/diagnosis';
import { queryValue, replace, ROUTES } from '../../../services/navigation';
import { copyWithConsent } from '../../../services/privacy';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

interface Draft {
  subject: StatementSubject;
  answers: Answers;
  typed: TypedDetails;
  cardFinished: boolean;
}

/** What each open statement page is drafting (kept off `data`: the WXML binds only the result). */
const drafts = new WeakMap<object, Draft>();

const FIELDS: ReadonlyArray<keyof TypedDetails> = [
  'since',
  'amount',
  'orderNumber',
  'cardLast4',
  'usage',
  'note',
];

function isField(value: unknown): value is keyof TypedDetails {
  return typeof value === 'string' && (FIELDS as readonly string[]).indexOf(value) >= 0;
}

function viewOf(draft: Draft): StatementView {
  return statementView(draft.subject, draft.answers, draftDetails(draft.typed, draft.cardFinished));
}

function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
}

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    state: 'loading' as 'loading' | 'ready' | 'missing',
    title: '',
    today: '',
    since: '',
    /** What the card field shows: a whole card number typed there is cut to its last 4 at once. */
    cardValue: '',
    view: null as StatementView | null,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const subject = statementSubject(queryValue(query, 'symptom'), queryValue(query, 'cause'));
      if (!subject) {
        this.setData({ largeText: largeText(), state: 'missing' });
        return;
      }
      const session = loadSession();
      const answers = session && session.symptom === subject.symptomId ? session.answers : {};
      const draft: Draft = { subject, answers, typed: NO_DETAILS, cardFinished: false };
      drafts.set(this, draft);
      this.setData({
        largeText: largeText(),
        state: 'ready',
        title: subject.title,
        today: shanghaiToday(),
        view: viewOf(draft),
      });
    },
    onShow() {
      if (this.data.largeText !== largeText()) this.setData({ largeText: largeText() });
    },
    onUnload() {
      drafts.delete(this);
    },
    /** Any text field (data-field names it). */
    edit(e: WechatMiniprogram.Input) {
      const draft = drafts.get(this);
      const field = e.currentTarget.dataset.field as unknown;
      if (!draft || !isField(field)) return;
      const value = String(e.detail.value || '');
      draft.typed = { ...draft.typed, [field]: value };
      if (field !== 'cardLast4') {
        this.setData({ view: viewOf(draft) });
        return;
      }
      const last4 = value.replace(/\D/g, '').length > 4 ? cardLast4(value) : null;
      draft.cardFinished = last4 !== null;
      this.setData({ cardValue: last4 || value, view: viewOf(draft) });
    },
    /** Left the card field: judge whatever is there. */
    finishCard() {
      const draft = drafts.get(this);
      if (!draft || draft.cardFinished) return;
      draft.cardFinished = true;
      this.setData({ view: viewOf(draft) });
    },
    pickDate(e: WechatMiniprogram.PickerChange) {
      const draft = drafts.get(this);
      if (!draft) return;
      const since = String(e.detail.value || '');
      draft.typed = { ...draft.typed, since };
      this.setData({ since, view: viewOf(draft) });
    },
    copyShort() {
      if (this.data.view) copyWithConsent(this.data.view.short, '已复制短版，可以粘贴到申诉页面');
    },
    copyFull() {
      if (this.data.view) copyWithConsent(this.data.view.full, '已复制完整版');
    },
    goHome() {
      replace(ROUTES.home);
    },
  },
});
