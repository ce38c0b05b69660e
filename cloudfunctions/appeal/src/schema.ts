/**
 * Input validation for every `appeal` action: types, lengths, enums, unknown keys.
 * Anything that is not exactly the expected shape (an extra key, `{ "$ne": ... }` where a string belongs,
 * `__proto__`, a 10 MB string) is refused before any read or write.
 */
import * as z from 'zod/mini';
import { APPEAL_STATUSES, ESCALATION_TARGETS } from '../../../miniprogram/domain/appeal/status';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import { DOCUMENT_IDS } from '../../../miniprogram/domain/catalog/types';
import type { AppealRequest } from '../../../miniprogram/domain/appeal/contract';

// zod/mini: the same validator as zod with a tree-shakable API (checks as functions), a fraction of its size
// in the deployed bundle.
const token = (min: number, max: number, pattern: RegExp) =>
  z.string().check(z.minLength(min), z.maxLength(max), z.regex(pattern));
const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

const id = token(1, LIMITS.idChars, /^[A-Za-z0-9_-]+$/);
const stableId = token(1, LIMITS.idChars, /^[a-z0-9]+(-[a-z0-9]+)*$/);
const text = (max: number) => z.string().check(z.maxLength(max));
const version = whole(0, 1_000_000_000);
/** A client-made key for one intent (a retry after a lost reply sends the same one). */
const requestId = token(8, 64, /^[A-Za-z0-9_-]+$/);
/** Positions in an appeal's history: far more than its limits let anyone write. */
const HISTORY_MAX = 100_000;
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const choice = z.enum(['accept', 'reject', 'ban', 'filter']);

export const requestSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('create'),
    symptomId: stableId,
    causeIds: z.array(stableId).check(z.minLength(1), z.maxLength(6)),
    channelId: stableId,
    documents: z.optional(
      z
        .array(z.strictObject({ id: stableId, required: z.boolean() }))
        .check(z.maxLength(DOCUMENT_IDS.length)),
    ),
    note: z.optional(text(LIMITS.noteChars)),
    requestId: z.optional(requestId),
  }),
  z.strictObject({
    action: z.literal('list'),
    cursor: z.optional(whole(0, 10_000)),
    limit: z.optional(whole(1, LIMITS.pageSize)),
  }),
  z.strictObject({ action: z.literal('get'), id }),
  z.strictObject({
    action: z.literal('changeStatus'),
    id,
    to: z.enum(APPEAL_STATUSES),
    expectedVersion: version,
    escalatedTo: z.optional(z.enum(ESCALATION_TARGETS)),
    note: z.optional(text(LIMITS.noteChars)),
  }),
  z.strictObject({ action: z.literal('tickChecklist'), id, itemId: stableId, done: z.boolean() }),
  z.strictObject({
    action: z.literal('addNote'),
    id,
    text: z.string().check(z.minLength(1), z.maxLength(LIMITS.noteChars)),
    private: z.optional(z.boolean()),
    requestId: z.optional(requestId),
  }),
  z.strictObject({ action: z.literal('recheckNote'), id, ref: whole(0, HISTORY_MAX) }),
  z.strictObject({ action: z.literal('history'), id, before: whole(1, HISTORY_MAX) }),
  z.strictObject({ action: z.literal('setSubmitted'), id, date: isoDate, expectedVersion: version }),
  z.strictObject({ action: z.literal('delete'), id }),
  z.strictObject({ action: z.literal('export'), cursor: z.optional(token(3, 24, /^\d{1,6}:\d{1,6}$/)) }),
  z.strictObject({
    action: z.literal('subscribe'),
    results: z.strictObject({ progressUpdate: z.optional(choice), deadlineReminder: z.optional(choice) }),
  }),
  z.strictObject({ action: z.literal('credits') }),
  z.strictObject({ action: z.literal('invite'), id, label: z.optional(text(LIMITS.helperLabelChars)) }),
  z.strictObject({ action: z.literal('revokeInvite'), id, invite: id }),
  // Any well-formed token is looked up: a forged one is refused like an expired one (INVITE_INVALID).
  z.strictObject({ action: z.literal('join'), token: token(1, LIMITS.tokenChars, /^[A-Za-z0-9_-]+$/) }),
  z.strictObject({ action: z.literal('removeHelper'), id, helper: id }),
  z.strictObject({ action: z.literal('leave'), id }),
]);

export type ParsedRequest = z.infer<typeof requestSchema>;

type ActionSchema = (typeof requestSchema.def.options)[number];

/** The schema of one action's request; undefined for an action the function does not have. */
export function actionSchema(action: unknown): ActionSchema | undefined {
  return requestSchema.def.options.find((o) => o.shape.action.def.values[0] === action);
}

/** Every action the function validates, in schema order. */
export const VALIDATED_ACTIONS: readonly ParsedRequest['action'][] = requestSchema.def.options.map(
  (o) => o.shape.action.def.values[0],
);

// Compile-time check: what we validate is exactly what the contract promises.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _contractMatches: Same<ParsedRequest['action'], AppealRequest['action']> = true;
void _contractMatches;

/** Keys WeChat itself adds to every event; never trusted, never validated as input. */
const PLATFORM_KEYS = ['userInfo'];

export function stripPlatformKeys(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event;
  // Object.fromEntries DEFINES each key: an event key `__proto__` stays an (unknown, refused) key instead of
  // becoming the copy's prototype through the `__proto__` setter, which let it slip past the strict objects.
  return Object.fromEntries(Object.entries(event).filter(([key]) => PLATFORM_KEYS.indexOf(key) < 0));
}
