/**
 * The ledger of one-time subscription credits: one document per (person, template) in `subscriptions`.
 *
 * WeChat has no API to read how many messages a person still allows, so we count: each `accept` reported by
 * the mini program adds one (`_.inc(1)`), each message sent spends one. Spending is a conditional decrement
 * (`credits > 0`) done BEFORE sending, so two senders can never spend the same credit; a send that certainly
 * did not go out gives it back. When WeChat answers 43101 the ledger was wrong (the person turned messages off
 * in settings): it is set to zero. The id includes the template id, so changing a template in the console
 * starts its count from zero, as WeChat does.
 *
 * The count is reported by the client, so a modified client could inflate it: the worst outcome is a send that
 * WeChat refuses with 43101, which zeroes the count again.
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import type {
  NotificationTemplate,
  ReminderCredits,
  SubscribeChoice,
  TemplateCredits,
} from '../../../miniprogram/domain/appeal/contract';
import { NOTIFICATION_TEMPLATES } from '../../../miniprogram/domain/appeal/contract';
import type { Database, Doc } from '../sdk';

export const SUBSCRIPTIONS = 'subscriptions';

export interface SubscriptionDoc {
  readonly _id: string;
  /** The person (also what the read rule checks). */
  readonly _openid: string;
  readonly template: NotificationTemplate;
  readonly templateId: string;
  readonly credits: number;
  readonly banned: boolean;
  /** Accepts ever reported. */
  readonly accepted: number;
  readonly updatedAt: Date;
}

export function ledgerId(openid: string, template: NotificationTemplate): string {
  return `${openid}.${deployConfig.templates[template].id}`;
}

function hasCredit(doc: Doc | undefined): boolean {
  return !!doc && typeof doc.credits === 'number' && doc.credits > 0 && doc.banned !== true;
}

const CHUNK = 100;

/** The openids among `openids` with at least one credit for `template` (one query per 100 people). */
export async function withCredit(
  db: Database,
  openids: readonly string[],
  template: NotificationTemplate,
): Promise<Set<string>> {
  const unique = [...new Set(openids)];
  const out = new Set<string>();
  const _ = db.command;
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const res = await db
      .collection(SUBSCRIPTIONS)
      .where({ _id: _.in(part.map((o) => ledgerId(o, template))) })
      .limit(CHUNK)
      .get();
    for (const doc of res.data) if (hasCredit(doc)) out.add(String(doc._openid));
  }
  return out;
}

function creditsOf(doc: Doc | undefined): TemplateCredits {
  if (!doc) return { credits: 0, state: 'none' };
  if (doc.banned === true) return { credits: 0, state: 'banned' };
  const credits = typeof doc.credits === 'number' && doc.credits > 0 ? doc.credits : 0;
  return { credits, state: credits > 0 ? 'on' : 'used-up' };
}

export async function readCredits(db: Database, openid: string): Promise<ReminderCredits> {
  const _ = db.command;
  const ids = NOTIFICATION_TEMPLATES.map((t) => ledgerId(openid, t));
  const res = await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: _.in(ids) })
    .limit(ids.length)
    .get();
  const byId = new Map(res.data.map((d) => [String(d._id), d]));
  return {
    progressUpdate: creditsOf(byId.get(ledgerId(openid, 'progressUpdate'))),
    deadlineReminder: creditsOf(byId.get(ledgerId(openid, 'deadlineReminder'))),
  };
}

/** wx-server-sdk's doc().get() throws "document … does not exist" for a missing document. */
async function getOrNull(ref: { get(): Promise<{ data: Doc }> }): Promise<Doc | null> {
  try {
    return ((await ref.get()).data as Doc | null | undefined) ?? null;
  } catch (err) {
    if (/does not exist/.test(String((err as { errMsg?: unknown }).errMsg ?? ''))) return null;
    throw err;
  }
}

type Choices = { readonly [T in NotificationTemplate]?: SubscribeChoice };

/** The ledger document after one answer; null when the answer changes nothing (reject, filter). */
function afterChoice(
  current: Doc | null,
  openid: string,
  template: NotificationTemplate,
  choice: SubscribeChoice | undefined,
): Record<string, unknown> | null {
  if (choice !== 'accept' && choice !== 'ban') return null;
  const credits =
    current && typeof current.credits === 'number' && current.banned !== true ? current.credits : 0;
  const accepted = current && typeof current.accepted === 'number' ? current.accepted : 0;
  const base = {
    _openid: openid,
    template,
    templateId: deployConfig.templates[template].id,
    updatedAt: new Date(),
  };
  return choice === 'accept'
    ? { ...base, credits: credits + 1, accepted: accepted + 1, banned: false }
    : { ...base, credits: 0, accepted, banned: true };
}

/**
 * Apply what the person answered in wx.requestSubscribeMessage, all templates in ONE transaction: a failure
 * half-way leaves no template counted and the other not. `reject` and `filter` change nothing.
 */
export async function applyChoices(db: Database, openid: string, results: Choices): Promise<void> {
  if (!NOTIFICATION_TEMPLATES.some((t) => results[t] === 'accept' || results[t] === 'ban')) return;
  await applyOnce(db, openid, results);
}

async function applyOnce(db: Database, openid: string, results: Choices): Promise<void> {
  await db.runTransaction(async (t) => {
    for (const template of NOTIFICATION_TEMPLATES) {
      const ref = t.collection(SUBSCRIPTIONS).doc(ledgerId(openid, template));
      const current = await getOrNull(ref);
      const next = afterChoice(current, openid, template, results[template]);
      if (next) await ref.set({ data: next });
    }
  });
}

/** Take one credit if there is one (atomic); false when none is left. */
export async function reserve(
  db: Database,
  openid: string,
  template: NotificationTemplate,
): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: ledgerId(openid, template), credits: _.gt(0) })
    .update({ data: { credits: _.inc(-1), updatedAt: db.serverDate() } });
  return res.stats.updated === 1;
}

/** Give back a credit reserved for a message that certainly was not delivered. */
export async function refund(db: Database, openid: string, template: NotificationTemplate): Promise<void> {
  const _ = db.command;
  await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: ledgerId(openid, template), banned: _.neq(true) })
    .update({ data: { credits: _.inc(1), updatedAt: db.serverDate() } });
}

/** WeChat says the person allows no message of this template (43101): the count was wrong, make it zero. */
export async function zero(db: Database, openid: string, template: NotificationTemplate): Promise<void> {
  await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: ledgerId(openid, template) })
    .update({ data: { credits: 0, updatedAt: db.serverDate() } });
}
