/**
 * The ledger of one-time subscription credits: ONE document per person in `subscriptions` (`_id` = openid),
 * with one entry per template id under `byTemplate`.
 *
 * WeChat has no API to read how many messages a person still allows, so we count: each `accept` reported by
 * the mini program adds one (`_.inc(1)`), each message sent spends one. Spending is a conditional decrement
 * (`credits > 0`) done BEFORE sending, so two senders can never spend the same credit; a send that certainly
 * did not go out gives it back. When WeChat answers 43101 the ledger was wrong (the person turned messages off
 * in settings): it is set to zero. Entries are keyed by template id, so changing a template in the console
 * starts its count from zero, as WeChat does.
 *
 * Every change is one atomic update of that one document, never a transaction: a function dying half-way
 * leaves the answer either counted whole or not at all, and holds no lock that would refuse the retry.
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
import { isDuplicateKey, type Database, type Doc } from '../sdk';

export const SUBSCRIPTIONS = 'subscriptions';

/** One template's count in a person's ledger document. */
export interface LedgerEntry {
  readonly template: NotificationTemplate;
  readonly credits: number;
  readonly banned: boolean;
  /** Accepts ever reported. */
  readonly accepted: number;
}

export type SubscriptionDoc = {
  /** The person's openid. */
  readonly _id: string;
  /** The person (also what the read rule checks). */
  readonly _openid: string;
  /** By template id (as configured when the entry was written). */
  readonly byTemplate: Readonly<Record<string, LedgerEntry>>;
  readonly updatedAt: Date;
};

const templateIdOf = (template: NotificationTemplate) => deployConfig.templates[template].id;

/** The path of one field of a template's entry, for queries and updates. */
function field(template: NotificationTemplate, name: keyof LedgerEntry): string {
  return `byTemplate.${templateIdOf(template)}.${name}`;
}

/** The current template's entry in a ledger document, if any. */
export function ledgerEntry(doc: Doc | null | undefined, template: NotificationTemplate): LedgerEntry | null {
  const byTemplate = doc?.byTemplate as Record<string, Partial<LedgerEntry>> | undefined;
  const e = byTemplate?.[templateIdOf(template)];
  if (!e || typeof e !== 'object') return null;
  return {
    template,
    credits: typeof e.credits === 'number' && e.credits > 0 ? e.credits : 0,
    banned: e.banned === true,
    accepted: typeof e.accepted === 'number' ? e.accepted : 0,
  };
}

/** A person's ledger document as a whole, e.g. to seed a store (the shape `applyChoices` writes). */
export function ledgerDocument(
  openid: string,
  entries: { readonly [T in NotificationTemplate]?: Omit<LedgerEntry, 'template'> },
  updatedAt: Date,
): SubscriptionDoc {
  const byTemplate: Record<string, LedgerEntry> = {};
  for (const template of NOTIFICATION_TEMPLATES) {
    const e = entries[template];
    if (e) byTemplate[templateIdOf(template)] = { template, ...e };
  }
  return { _id: openid, _openid: openid, byTemplate, updatedAt };
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
      .where({ _id: _.in(part) })
      .limit(CHUNK)
      .get();
    for (const doc of res.data) {
      const entry = ledgerEntry(doc, template);
      if (entry && entry.credits > 0 && !entry.banned) out.add(String(doc._openid));
    }
  }
  return out;
}

function creditsOf(entry: LedgerEntry | null): TemplateCredits {
  if (!entry) return { credits: 0, state: 'none' };
  if (entry.banned) return { credits: 0, state: 'banned' };
  return { credits: entry.credits, state: entry.credits > 0 ? 'on' : 'used-up' };
}

export async function readCredits(db: Database, openid: string): Promise<ReminderCredits> {
  const res = await db.collection(SUBSCRIPTIONS).where({ _id: openid }).limit(1).get();
  const doc = res.data[0];
  return {
    progressUpdate: creditsOf(ledgerEntry(doc, 'progressUpdate')),
    deadlineReminder: creditsOf(ledgerEntry(doc, 'deadlineReminder')),
  };
}

type Choices = { readonly [T in NotificationTemplate]?: SubscribeChoice };

/**
 * The update one answer makes: `accept` adds one (after a ban, the count starts again from zero: a ban sets
 * it to zero), `ban` sets zero and remembers the ban; `reject` and `filter` change nothing. Null: nothing to do.
 */
function updateFor(db: Database, results: Choices): Record<string, unknown> | null {
  const _ = db.command;
  const data: Record<string, unknown> = {};
  for (const template of NOTIFICATION_TEMPLATES) {
    const choice = results[template];
    if (choice === 'accept') {
      data[field(template, 'credits')] = _.inc(1);
      data[field(template, 'accepted')] = _.inc(1);
      data[field(template, 'banned')] = false;
      data[field(template, 'template')] = template;
    } else if (choice === 'ban') {
      data[field(template, 'credits')] = 0;
      data[field(template, 'banned')] = true;
      data[field(template, 'template')] = template;
    }
  }
  if (Object.keys(data).length === 0) return null;
  return { ...data, updatedAt: db.serverDate() };
}

/** The first document of a person who answers for the first time. */
function firstDocument(openid: string, results: Choices, now: Date): SubscriptionDoc {
  const entries: { [T in NotificationTemplate]?: Omit<LedgerEntry, 'template'> } = {};
  for (const template of NOTIFICATION_TEMPLATES) {
    const choice = results[template];
    if (choice === 'accept') entries[template] = { credits: 1, accepted: 1, banned: false };
    else if (choice === 'ban') entries[template] = { credits: 0, accepted: 0, banned: true };
  }
  return ledgerDocument(openid, entries, now);
}

/**
 * Apply what the person answered in wx.requestSubscribeMessage: all templates in ONE update of their one
 * document, so a failure half-way counts either the whole answer or none of it.
 */
export async function applyChoices(db: Database, openid: string, results: Choices, now: Date): Promise<void> {
  const data = updateFor(db, results);
  if (!data) return;
  const ledger = db.collection(SUBSCRIPTIONS);
  const update = async () => (await ledger.where({ _id: openid }).update({ data })).stats.updated === 1;
  if (await update()) return;
  try {
    await ledger.add({ data: firstDocument(openid, results, now) });
  } catch (e) {
    // Someone else (the same person on another device) wrote the first document meanwhile: add to theirs.
    if (!isDuplicateKey(e) || !(await update())) throw e;
  }
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
    .where({ _id: openid, [field(template, 'credits')]: _.gt(0) })
    .update({ data: { [field(template, 'credits')]: _.inc(-1), updatedAt: db.serverDate() } });
  return res.stats.updated === 1;
}

/** Give back a credit reserved for a message that certainly was not delivered. */
export async function refund(db: Database, openid: string, template: NotificationTemplate): Promise<void> {
  const _ = db.command;
  await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: openid, [field(template, 'banned')]: _.neq(true) })
    .update({ data: { [field(template, 'credits')]: _.inc(1), updatedAt: db.serverDate() } });
}

/** WeChat says the person allows no message of this template (43101): the count was wrong, make it zero. */
export async function zero(db: Database, openid: string, template: NotificationTemplate): Promise<void> {
  await db
    .collection(SUBSCRIPTIONS)
    .where({ _id: openid })
    .update({ data: { [field(template, 'credits')]: 0, updatedAt: db.serverDate() } });
}
