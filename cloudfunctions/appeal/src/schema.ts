/**
 * Input validation for every `appeal` action: types, lengths, enums, unknown keys.
 * Anything that is not exactly the expected shape (an extra key, `{ "$ne": ... }` where a string belongs,
 * `__proto__`, a 10 MB string) is refused before any read or write.
 */
import { z } from 'zod';
import { APPEAL_STATUSES, ESCALATION_TARGETS } from '../../../miniprogram/domain/appeal/status';
import { LIMITS } from '../../../miniprogram/domain/appeal/contract';
import type { AppealRequest } from '../../../miniprogram/domain/appeal/contract';

const id = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9_-]+$/);
const stableId = z
  .string()
  .min(1)
  .max(LIMITS.idChars)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const text = (max: number) => z.string().max(max);
const version = z.number().int().min(0).max(1_000_000_000);
/** A client-made key for one intent (a retry after a lost reply sends the same one). */
const requestId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const choice = z.enum(['accept', 'reject', 'ban', 'filter']);

export const requestSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('create'),
    symptomId: stableId,
    causeIds: z.array(stableId).min(1).max(6),
    channelId: stableId,
    note: text(LIMITS.noteChars).optional(),
    requestId: requestId.optional(),
  }),
  z.strictObject({
    action: z.literal('list'),
    cursor: z.number().int().min(0).max(10_000).optional(),
    limit: z.number().int().min(1).max(LIMITS.pageSize).optional(),
  }),
  z.strictObject({ action: z.literal('get'), id }),
  z.strictObject({
    action: z.literal('changeStatus'),
    id,
    to: z.enum(APPEAL_STATUSES),
    expectedVersion: version,
    escalatedTo: z.enum(ESCALATION_TARGETS).optional(),
    note: text(LIMITS.noteChars).optional(),
  }),
  z.strictObject({ action: z.literal('tickChecklist'), id, itemId: stableId, done: z.boolean() }),
  z.strictObject({
    action: z.literal('addNote'),
    id,
    text: text(LIMITS.noteChars).min(1),
    private: z.boolean().optional(),
    requestId: requestId.optional(),
  }),
  z.strictObject({ action: z.literal('setSubmitted'), id, date: isoDate, expectedVersion: version }),
  z.strictObject({ action: z.literal('delete'), id }),
  z.strictObject({ action: z.literal('export') }),
  z.strictObject({
    action: z.literal('subscribe'),
    results: z.strictObject({ progressUpdate: choice.optional(), deadlineReminder: choice.optional() }),
  }),
  z.strictObject({ action: z.literal('credits') }),
  z.strictObject({ action: z.literal('invite'), id, label: text(LIMITS.helperLabelChars).optional() }),
  z.strictObject({ action: z.literal('revokeInvite'), id, invite: id }),
  // Any well-formed token is looked up: a forged one is refused like an expired one (INVITE_INVALID).
  z.strictObject({
    action: z.literal('join'),
    token: z
      .string()
      .min(1)
      .max(LIMITS.tokenChars)
      .regex(/^[A-Za-z0-9_-]+$/),
  }),
  z.strictObject({ action: z.literal('removeHelper'), id, helper: id }),
  z.strictObject({ action: z.literal('leave'), id }),
]);

export type ParsedRequest = z.infer<typeof requestSchema>;

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
