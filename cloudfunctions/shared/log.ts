/**
 * Logs that hold no personal data: the caller appears as a short one-way tag, never as an openid, and free
 * text is never logged.
 *
 * The tag is an HMAC of the openid under a secret salt: `LOG_SALT`, an environment variable of the function
 * (云开发控制台 → 云函数 → 版本与配置 → 环境变量). Without it each running instance draws its own random salt,
 * so tags only group the calls one instance served. Nobody holding a list of openids can recompute a tag.
 *
 * Structured lines go through `cloud.logger()` (云开发控制台 → 日志, searchable by field): flat string fields.
 */
import { createHmac, randomBytes } from 'crypto';

const instanceSalt = randomBytes(16).toString('hex');

function salt(): string {
  const configured = process.env.LOG_SALT;
  return configured && configured.length >= 16 ? configured : instanceSalt;
}

export function actorTag(openid: string): string {
  return createHmac('sha256', salt()).update(openid).digest('hex').slice(0, 10);
}

export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.log(`[appeal-guide] ${line}`);

/** An error's code or name for the log (never its message, which may hold data). */
export function errorTag(e: unknown): string {
  const code = (e as { errCode?: unknown } | null)?.errCode;
  return code !== undefined ? String(code) : e instanceof Error ? e.name : typeof e;
}

/** What `cloud.logger()` returns (wx-server-sdk): each field a string, no nesting. */
export interface CloudLogger {
  info(entry: Record<string, string>): void;
  warn(entry: Record<string, string>): void;
  error(entry: Record<string, string>): void;
}

/** One finished call of a function: which action, how it ended, how long it took, by whom (as a tag). */
export interface CallRecord {
  readonly fn: string;
  /** The action asked for; anything that is not a plain action name is logged as `?`. */
  readonly action: unknown;
  /** `OK` or the envelope's error code. */
  readonly code: string;
  readonly ms: number;
  /** The caller's openid ('' for a timer); only its tag is logged. */
  readonly openid: string;
}

const ACTION_NAME = /^[A-Za-z]{1,32}$/;

/** The structured line for a call: nothing in it comes from free text. */
export function callEntry(call: CallRecord): Record<string, string> {
  return {
    fn: call.fn,
    action: typeof call.action === 'string' && ACTION_NAME.test(call.action) ? call.action : '?',
    code: call.code,
    durationMs: String(Math.round(call.ms)),
    actor: call.openid ? actorTag(call.openid) : 'timer',
  };
}

/** Failures the person could not cause by themselves are errors (alerts watch them); refusals are info. */
const ALERTING = new Set(['INTERNAL', 'CLOUD_UNAVAILABLE']);

/** Log one call; a logger that fails never changes the reply. */
export function logCall(logger: () => CloudLogger, call: CallRecord): void {
  try {
    const entry = callEntry(call);
    if (ALERTING.has(call.code)) logger().error(entry);
    else logger().info(entry);
  } catch {
    // Logging is best effort.
  }
}

/** The envelope's outcome code: `OK`, or its error code. */
export function outcomeCode(reply: unknown): string {
  const r = reply as { ok?: unknown; error?: { code?: unknown } } | null;
  if (r && r.ok === true) return 'OK';
  const code = r?.error?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}
