/**
 * The `appeal` cloud function's contract: actions, payloads, replies and error codes.
 * Shared by the mini program's services layer and the cloud function, so both sides agree by type.
 */
import type { AppealStatus, EscalationTarget } from './status';

export { LIMITS } from './limits';

/** Stable error codes. The message next to a code is written for the person holding the phone. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_ACTION',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'CONFLICT',
  'LIMIT_REACHED',
  'INVITE_INVALID',
  'CONTENT_RISKY',
  'CLOUD_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Envelope<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: AppError };

export type Role = 'owner' | 'helper';
export type Actor = Role | 'system';

/** A document of the checklist as the result page derived it (from causes and answers): id and weight only. */
export interface ChecklistDocument {
  readonly id: string;
  readonly required: boolean;
}

export interface ChecklistTick {
  readonly id: string;
  readonly required: boolean;
  readonly done: boolean;
  readonly by?: Actor;
  readonly at?: string;
}

export type TimelineKind = 'created' | 'status' | 'submitted' | 'note' | 'checklist' | 'helper' | 'reminder';

export interface TimelineEntry {
  readonly at: string;
  readonly actor: Actor;
  /** Shown next to the entry, e.g. 本人 / 家人（小王）. */
  readonly actorLabel: string;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly from?: AppealStatus;
  readonly to?: AppealStatus;
  /** Notes the owner keeps to themselves are never sent to helpers. */
  readonly private?: boolean;
  /** A note only its author sees until WeChat's content check clears it, and why (a sentence for the author). */
  readonly heldNotice?: string;
  /** A held note's handle, given to its author only: what `recheckNote` takes. */
  readonly ref?: number;
}

/** A reply time as published: `min`–`max` working days, calendar days or hours. */
export interface ReplyRange {
  readonly min: number;
  readonly max: number;
  readonly unit: 'working-days' | 'days' | 'hours';
}

/**
 * `date`: an official rule sets the reply date, so it can be overdue. `reported`: only a commonly reported
 * time (以官方为准), shown as a range; never overdue, a check-in reminder follows instead. `approximate`:
 * counted Monday to Friday through a year whose holidays are not announced yet (约…, updated later).
 */
export type DeadlineView =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'date';
      readonly date: string;
      readonly workingDaysLeft: number;
      readonly overdue: boolean;
      readonly approximate: boolean;
    }
  | {
      readonly kind: 'reported';
      readonly range: ReplyRange;
      /** The upper end of the range from the day the wait started. */
      readonly date: string;
      readonly approximate: boolean;
    };

export interface AppealSummary {
  readonly id: string;
  readonly role: Role;
  readonly symptomId: string;
  readonly causeIds: readonly string[];
  readonly channelId: string;
  readonly status: AppealStatus;
  readonly version: number;
  readonly deadline: DeadlineView;
  readonly updatedAt: string;
}

/** Subscription-message templates (names as in config/deploy.ts `templates`). */
export const NOTIFICATION_TEMPLATES = ['progressUpdate', 'deadlineReminder'] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/**
 * What happened to one message: sent; not sent because the person had no reminder left (no-credit) or had
 * turned messages off (refused, WeChat 43101); the content broke a rule (bad-data, 47003, never resent);
 * anything else, including an outcome we could not learn (failed, never resent: at most once).
 */
export type NotificationResult = 'sent' | 'no-credit' | 'refused' | 'bad-data' | 'failed';

export interface NotificationEntry {
  /** When the result was recorded (ISO instant). */
  readonly at: string;
  readonly template: NotificationTemplate;
  readonly result: NotificationResult;
  readonly recipient: Role;
}

/** What the person said in wx.requestSubscribeMessage, per template. */
export type SubscribeChoice = 'accept' | 'reject' | 'ban' | 'filter';

/**
 * Reminders left for one template: `none` never accepted, `on` credits left, `used-up` all spent (ask again),
 * `banned` the person turned this message off (only WeChat settings can turn it back on).
 */
export interface TemplateCredits {
  readonly credits: number;
  readonly state: 'none' | 'on' | 'used-up' | 'banned';
}

export type ReminderCredits = { readonly [T in NotificationTemplate]: TemplateCredits };

/** A family helper as the owner sees them: a handle and the name the owner chose, never their openid. */
export interface HelperView {
  /** Opaque handle of this helper on this appeal (what `removeHelper` takes). */
  readonly tag: string;
  /** What the owner calls them, e.g. 儿子 (may be empty). */
  readonly label: string;
  readonly joinedAt: string;
}

/** An invitation not yet accepted, revoked or expired (the token itself is never shown again). */
export interface InviteView {
  /** Opaque handle (what `revokeInvite` takes). */
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** What `invite` answers: the secret token, shown once, to put in the share card. */
export interface InviteCreated {
  readonly token: string;
  readonly expiresAt: string;
  readonly invite: InviteView;
}

export interface AppealView extends AppealSummary {
  readonly note: string;
  readonly checklist: readonly ChecklistTick[];
  /** The newest LIMITS.timelineShown entries of the history, oldest first (in an export: the entries of this page). */
  readonly timeline: readonly TimelineEntry[];
  /** Older entries not in `timeline` (0 or absent: none); the export holds every one of them. */
  readonly earlierEntries?: number;
  /** With earlier entries: what `history` takes to answer the page before `timeline`. */
  readonly earlierCursor?: number;
  readonly submittedOn: string | null;
  readonly escalatedTo: EscalationTarget | null;
  readonly nextFollowUpOn: string | null;
  /** The follow-up date is an estimate (its year's holidays are not announced yet). */
  readonly nextFollowUpApproximate: boolean;
  /** Set when the reply is overdue under an official rule: where to take it next. */
  readonly escalationHint: string | null;
  readonly createdAt: string;
  /** Subscription messages about this appeal, newest first (owner: all; helper: their own). */
  readonly notifications: readonly NotificationEntry[];
  /** Family helpers: the owner sees all of them, a helper only their own entry. */
  readonly helpers: readonly HelperView[];
  /** Open invitations (owner only; empty for a helper). */
  readonly invites: readonly InviteView[];
}

/** Older history entries the caller may see, oldest first, and how to ask for the ones before them. */
export interface HistoryPage {
  readonly entries: readonly TimelineEntry[];
  /** Entries the caller may see that are older still (0: this page reaches the start). */
  readonly earlierEntries: number;
  /** What `history` takes for the page before this one; null when there is none. */
  readonly earlierCursor: number | null;
}

/** The appeal after `recheckNote`, and how the check went: why the note is still held back, or null (shared). */
export interface RecheckedView extends AppealView {
  readonly stillHeld: string | null;
}

export interface AppealPage {
  readonly items: readonly AppealSummary[];
  readonly nextCursor: number | null;
}

/**
 * One page of the export. An appeal with a long history may continue on the next page: the same id again, with
 * the entries that follow (`timeline` of the pages joined in order is the whole history).
 */
export interface AppealExport {
  readonly exportedAt: string;
  readonly appeals: readonly AppealView[];
  /** Pass it back for the next page; null on the last one. */
  readonly nextCursor: string | null;
}

/** Every action with its payload and its reply. */
export interface AppealActions {
  create: {
    payload: {
      symptomId: string;
      causeIds: string[];
      channelId: string;
      /** The checklist shown on the result page (derived from causes and answers; the answers stay on the phone). */
      documents?: ChecklistDocument[];
      note?: string;
      /** Made once per intent by the client (see RequestId): sent again, the appeal is created once. */
      requestId?: string;
    };
    reply: AppealView;
  };
  list: { payload: { cursor?: number; limit?: number }; reply: AppealPage };
  get: { payload: { id: string }; reply: AppealView };
  changeStatus: {
    payload: {
      id: string;
      to: AppealStatus;
      expectedVersion: number;
      escalatedTo?: EscalationTarget;
      note?: string;
    };
    reply: AppealView;
  };
  tickChecklist: { payload: { id: string; itemId: string; done: boolean }; reply: AppealView };
  addNote: {
    /** `requestId` as for `create`: the same note sent again is written once. */
    payload: { id: string; text: string; private?: boolean; requestId?: string };
    reply: AppealView;
  };
  /** Author of a held note: ask WeChat's content check again; shared with everyone once it passes. */
  recheckNote: { payload: { id: string; ref: number }; reply: RecheckedView };
  /** The history entries before `before` (an `earlierCursor`) that the caller may see, up to a page. */
  history: { payload: { id: string; before: number }; reply: HistoryPage };
  setSubmitted: { payload: { id: string; date: string; expectedVersion: number }; reply: AppealView };
  delete: { payload: { id: string }; reply: { deleted: true } };
  /** Everything I own, page by page (each reply stays well under the 1 MB a function may return). */
  export: { payload: { cursor?: string }; reply: AppealExport };
  /** Report the answers of wx.requestSubscribeMessage (each accept is one more message allowed). */
  subscribe: {
    payload: { results: { [T in NotificationTemplate]?: SubscribeChoice } };
    reply: ReminderCredits;
  };
  /** The caller's reminders left, per template. */
  credits: { payload: Record<string, never>; reply: ReminderCredits };
  /** Owner: a single-use invitation for a family member (expires after LIMITS.inviteDays days). */
  invite: { payload: { id: string; label?: string }; reply: InviteCreated };
  /** Owner: withdraw an invitation nobody has accepted yet. */
  revokeInvite: { payload: { id: string; invite: string }; reply: AppealView };
  /** Accept an invitation: the caller becomes a helper of its appeal (expired/used/revoked/forged: INVITE_INVALID). */
  join: { payload: { token: string }; reply: AppealView };
  /** Owner: a helper no longer sees the appeal, from now on. */
  removeHelper: { payload: { id: string; helper: string }; reply: AppealView };
  /** Helper: stop following the appeal. */
  leave: { payload: { id: string }; reply: { left: true } };
}

export type AppealAction = keyof AppealActions;
export type AppealRequest<A extends AppealAction = AppealAction> = {
  action: A;
} & AppealActions[A]['payload'];
