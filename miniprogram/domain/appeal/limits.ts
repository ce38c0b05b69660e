/**
 * The limits of the `appeal` contract: how much one person may keep and write, and how much one reply shows.
 * Both sides read them (the function enforces them, the pages word their messages by them).
 */
export const LIMITS = {
  noteChars: 500,
  idChars: 64,
  appealsPerUser: 50,
  pageSize: 20,
  /** History entries the owner writes (status, dates, ticks, notes); helpers' entries never count here. */
  timelineEntries: 300,
  /** History entries one helper writes, in all, and at most this many a minute. */
  helperEntries: 100,
  helperEntriesPerMinute: 10,
  /** History entries an appeal page shows (the newest), and entries in each older page (`history`). */
  timelineShown: 100,
  /** Seconds before the author of a held note may have it checked again. */
  recheckSeconds: 60,
  /** Notifications shown on an appeal page (newest). */
  notificationsShown: 50,
  /** Family helpers per appeal. */
  helpers: 5,
  /** Open invitations per appeal at once. */
  openInvites: 5,
  /** Days an invitation stays valid. */
  inviteDays: 7,
  /** Characters of the name the owner gives a helper (儿子, 小王…). */
  helperLabelChars: 8,
  /** Characters of an invitation token (longer ones cannot be ours). */
  tokenChars: 64,
} as const;
