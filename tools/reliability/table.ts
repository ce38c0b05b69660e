/**
 * THE table of the reliability suite: one entry per action of the `appeal` function, with
 *   - `valid`: the fullest valid payload (every optional field set) against the target appeal,
 *   - `refused`: well-formed payloads the function must refuse without writing (names that name nothing, stale
 *     versions, moves outside the status model, …), with the fuzzer's odd text placed where it changes nothing,
 *   - `freeText`: the fields holding a person's own words (privacy scan fills them; the fuzzer knows unicode is
 *     valid there and nowhere else),
 *   - `access`: per role, which resources of the owner a successful call reaches (the authorization matrix).
 *
 * The list of actions comes from the function itself (`VALIDATED_ACTIONS` in cloudfunctions/appeal/src/
 * schema.ts): an action without an entry here makes test/cloud/reliability/table.test.ts fail, naming it.
 */
import { randomBytes } from 'node:crypto';
import { actionSchema, VALIDATED_ACTIONS } from '../../cloudfunctions/appeal/src/schema';
import type { AppealAction, AppealActions, AppealView } from '../../miniprogram/domain/appeal/contract';
import { APPEAL_STATUSES, nextStatuses } from '../../miniprogram/domain/appeal/status';

/** Every action the function validates, in schema order. */
export const ACTION_NAMES: readonly AppealAction[] = VALIDATED_ACTIONS;

/** The top-level fields of an action's payload, each with whether it may be left out. */
export function payloadFields(
  action: string,
): ReadonlyArray<{ readonly name: string; readonly optional: boolean }> {
  const option = actionSchema(action);
  if (!option) return [];
  const shape = option.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return Object.keys(shape)
    .filter((name) => name !== 'action')
    .map((name) => ({ name, optional: shape[name].safeParse(undefined).success }));
}

/** Roles a caller can have towards the target appeal. */
export const ROLE_NAMES = ['owner', 'helper', 'stranger'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/**
 * The owner's resources the matrix looks at:
 *   appeal         the appeal document (visible: its id in the reply; changed: the document)
 *   private        the owner's private words: the note written at creation and private timeline notes
 *   notifications  subscription-message records addressed to the owner about this appeal
 *   ledger         the owner's reminder credits (subscriptions collection)
 *   family         who may see the appeal: its helpers and invitations (visible: the open invitation's id)
 */
export const RESOURCES = ['appeal', 'private', 'notifications', 'ledger', 'family'] as const;
export type Resource = (typeof RESOURCES)[number];

/** What the table's builders know about the world. */
export interface Target {
  /** The owner's appeal as the owner sees it in the prepared world (status `submitted`, with one helper and one
   * open invitation). */
  readonly appeal: AppealView;
  /** Today in Shanghai, YYYY-MM-DD. */
  readonly today: string;
  /** The token of the open invitation (none: the payload names a token that does not exist). */
  readonly token?: string;
}

type Payload<A extends AppealAction> = AppealActions[A]['payload'];

export interface ActionEntry<A extends AppealAction> {
  readonly valid: (t: Target) => Payload<A>;
  /** Well-formed but refused; `text` is odd text put only where it does not change the refusal. */
  readonly refused: (t: Target, text: string) => ReadonlyArray<Payload<A>>;
  readonly freeText: ReadonlyArray<keyof Payload<A> & string>;
  /** Whether a successful call may write. */
  readonly writes: boolean;
  /** Who makes this call in normal use (default owner): the fuzzer, faults and privacy scan call as them. */
  readonly actor?: RoleName;
  /** Resources of the owner a call with `valid` reaches, per role (everything else must stay out of reach). */
  readonly access: { readonly [R in RoleName]: readonly Resource[] };
}

export type ActionTable = { readonly [A in AppealAction]?: ActionEntry<A> };

/** Ids that name nothing, including the names every JavaScript object inherits. */
export const NO_SUCH_IDS = [
  'nonexistent0000000000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '_',
  '-',
];

export const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['risk-unusual-activity', 'risk-remote-transaction'],
  channelId: 'wechat-pay-card-appeal',
};

/** The first move the status model allows from the target's status. */
function nextMove(t: Target): Payload<'changeStatus'>['to'] {
  return nextStatuses(t.appeal.status)[0] ?? 'closed';
}

/** A status the model does not allow from the target's status. */
function forbiddenMove(t: Target): Payload<'changeStatus'>['to'] {
  const allowed = nextStatuses(t.appeal.status);
  return APPEAL_STATUSES.find((s) => s !== t.appeal.status && allowed.indexOf(s) < 0) ?? 'preparing';
}

/** A fresh request id, as the client makes one per intent (a retry of the same payload reuses it). */
const newRequestId = () => `q${randomBytes(12).toString('base64url')}`;

const none: readonly Resource[] = [];
/** What the owner's view of the appeal shows: everything but the ledger. */
const VIEW: readonly Resource[] = ['appeal', 'private', 'notifications', 'family'];
/** A random-looking token that names no invitation. */
const NO_SUCH_TOKEN = 'bm9TdWNoVG9rZW4tbm9TdWNoVG9rZW4tMDA';

export const ACTIONS: ActionTable = {
  create: {
    valid: () => ({ ...DIAGNOSIS, note: '新建的申诉', requestId: newRequestId() }),
    refused: (_t, text) => [
      { ...DIAGNOSIS, symptomId: 'no-such-symptom', note: text },
      { ...DIAGNOSIS, causeIds: ['no-such-cause'], note: text },
      { ...DIAGNOSIS, causeIds: ['risk-unusual-activity', 'risk-unusual-activity'], note: text },
      { ...DIAGNOSIS, channelId: 'no-such-channel', note: text },
      { ...DIAGNOSIS, symptomId: 'bill-anomaly', note: text },
      { ...DIAGNOSIS, causeIds: ['constructor'], note: text },
    ],
    freeText: ['note'],
    writes: true,
    access: { owner: none, helper: none, stranger: none },
  },
  list: {
    valid: () => ({ cursor: 0, limit: 20 }),
    refused: () => [],
    freeText: [],
    writes: false,
    access: { owner: ['appeal'], helper: ['appeal'], stranger: none },
  },
  get: {
    valid: (t) => ({ id: t.appeal.id }),
    refused: () => NO_SUCH_IDS.map((id) => ({ id })),
    freeText: [],
    writes: false,
    access: { owner: VIEW, helper: ['appeal'], stranger: none },
  },
  changeStatus: {
    valid: (t) => ({
      id: t.appeal.id,
      to: nextMove(t),
      expectedVersion: t.appeal.version,
      note: '客服说在处理',
    }),
    refused: (t, note) => [
      { id: t.appeal.id, to: nextMove(t), expectedVersion: t.appeal.version + 1, note },
      { id: t.appeal.id, to: forbiddenMove(t), expectedVersion: t.appeal.version, note },
      { id: t.appeal.id, to: nextMove(t), expectedVersion: t.appeal.version, escalatedTo: '12315', note },
      ...NO_SUCH_IDS.map((id) => ({ id, to: nextMove(t), expectedVersion: t.appeal.version, note })),
    ],
    freeText: ['note'],
    writes: true,
    access: { owner: [...VIEW, 'ledger'], helper: none, stranger: none },
  },
  tickChecklist: {
    valid: (t) => ({ id: t.appeal.id, itemId: t.appeal.checklist[0].id, done: true }),
    refused: (t) => [
      { id: t.appeal.id, itemId: 'no-such-item', done: true },
      { id: t.appeal.id, itemId: 'constructor', done: false },
      ...NO_SUCH_IDS.map((id) => ({ id, itemId: t.appeal.checklist[0].id, done: true })),
    ],
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: ['appeal'], stranger: none },
  },
  addNote: {
    valid: (t) => ({ id: t.appeal.id, text: '打了客服电话', private: true, requestId: newRequestId() }),
    refused: (t, text) => [
      { id: t.appeal.id, text: ' \n\t\u3000 ', private: false },
      ...NO_SUCH_IDS.map((id) => ({ id, text: text || 'x', private: true })),
    ],
    freeText: ['text'],
    writes: true,
    // The valid payload is a PRIVATE note: a helper may write shared notes only.
    access: { owner: VIEW, helper: none, stranger: none },
  },
  recheckNote: {
    // The owner's note held for review in the prepared world (the only entry with a handle).
    valid: (t) => ({ id: t.appeal.id, ref: t.appeal.timeline.find((e) => e.ref !== undefined)?.ref ?? 0 }),
    refused: (t) =>
      [0, 99_999].map((ref) => ({ id: t.appeal.id, ref })).concat(NO_SUCH_IDS.map((id) => ({ id, ref: 0 }))),
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  history: {
    valid: (t) => ({ id: t.appeal.id, before: 100_000 }),
    refused: () => NO_SUCH_IDS.map((id) => ({ id, before: 1 })),
    freeText: [],
    writes: false,
    // Entries only, no id: the owner's page holds their private notes, a helper's never does.
    access: { owner: ['private'], helper: none, stranger: none },
  },
  setSubmitted: {
    valid: (t) => ({ id: t.appeal.id, date: t.today, expectedVersion: t.appeal.version }),
    refused: (t) => [
      { id: t.appeal.id, date: '2999-01-01', expectedVersion: t.appeal.version },
      { id: t.appeal.id, date: '2026-02-30', expectedVersion: t.appeal.version },
      { id: t.appeal.id, date: '2000-01-01', expectedVersion: t.appeal.version },
      { id: t.appeal.id, date: '0000-00-00', expectedVersion: t.appeal.version },
      { id: t.appeal.id, date: t.today, expectedVersion: t.appeal.version + 1 },
      ...NO_SUCH_IDS.map((id) => ({ id, date: t.today, expectedVersion: t.appeal.version })),
    ],
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  delete: {
    valid: (t) => ({ id: t.appeal.id }),
    refused: () => NO_SUCH_IDS.map((id) => ({ id })),
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  export: {
    valid: () => ({}),
    refused: () => [],
    freeText: [],
    writes: false,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  subscribe: {
    valid: () => ({ results: { progressUpdate: 'accept', deadlineReminder: 'accept' } }),
    refused: () => [],
    freeText: [],
    writes: true,
    access: { owner: ['ledger'], helper: none, stranger: none },
  },
  credits: {
    valid: () => ({}),
    refused: () => [],
    freeText: [],
    writes: false,
    access: { owner: ['ledger'], helper: none, stranger: none },
  },
  invite: {
    valid: (t) => ({ id: t.appeal.id, label: '女儿' }),
    refused: (_t, text) => NO_SUCH_IDS.map((id) => ({ id, label: text.slice(0, 8) })),
    freeText: ['label'],
    writes: true,
    access: { owner: ['family'], helper: none, stranger: none },
  },
  revokeInvite: {
    valid: (t) => ({ id: t.appeal.id, invite: t.appeal.invites[0]?.id ?? 'no-open-invite' }),
    refused: (t) => [
      { id: t.appeal.id, invite: 'nonexistent0000000000' },
      { id: t.appeal.id, invite: '__proto__' },
      ...NO_SUCH_IDS.map((id) => ({ id, invite: t.appeal.invites[0]?.id ?? 'x' })),
    ],
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  join: {
    valid: (t) => ({ token: t.token ?? NO_SUCH_TOKEN }),
    refused: () =>
      [NO_SUCH_TOKEN, '__proto__', 'constructor', 'x', `${NO_SUCH_TOKEN}-`].map((token) => ({ token })),
    freeText: [],
    writes: true,
    actor: 'stranger',
    // Whoever holds an open invitation joins: that is what the token is for.
    access: { owner: none, helper: ['appeal'], stranger: ['appeal', 'family'] },
  },
  removeHelper: {
    valid: (t) => ({ id: t.appeal.id, helper: t.appeal.helpers[0]?.tag ?? 'no-helper' }),
    refused: (t) => [
      { id: t.appeal.id, helper: 'no-such-helper' },
      { id: t.appeal.id, helper: 'constructor' },
      ...NO_SUCH_IDS.map((id) => ({ id, helper: t.appeal.helpers[0]?.tag ?? 'x' })),
    ],
    freeText: [],
    writes: true,
    access: { owner: VIEW, helper: none, stranger: none },
  },
  leave: {
    valid: (t) => ({ id: t.appeal.id }),
    refused: () => NO_SUCH_IDS.map((id) => ({ id })),
    freeText: [],
    writes: true,
    actor: 'helper',
    access: { owner: none, helper: ['appeal', 'family'], stranger: none },
  },
};

/** Actions the function has that this table does not describe (each must get an entry). */
export function missingEntries(): string[] {
  return ACTION_NAMES.filter((a) => !ACTIONS[a]);
}

/** Entries of the table for actions the function no longer has. */
export function staleEntries(): string[] {
  return Object.keys(ACTIONS).filter((a) => ACTION_NAMES.indexOf(a as AppealAction) < 0);
}

/** The entry of `action`, or a failure that says what to add. */
export function entryOf<A extends AppealAction>(action: A): ActionEntry<A> {
  const entry = ACTIONS[action] as ActionEntry<A> | undefined;
  if (!entry) {
    throw new Error(
      `add a fuzz/authz entry for action "${action}" in tools/reliability/table.ts ` +
        '(valid payload, refused payloads, free-text fields, access per role)',
    );
  }
  return entry;
}
