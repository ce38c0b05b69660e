/**
 * Logs that hold no personal data: the caller appears as a short one-way tag, never as an openid,
 * and free text is never logged.
 */
import { createHash } from 'crypto';

export function actorTag(openid: string): string {
  return createHash('sha256').update(`appeal-guide:${openid}`).digest('hex').slice(0, 10);
}

export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.log(`[appeal-guide] ${line}`);

/** An error's code or name for the log (never its message, which may hold data). */
export function errorTag(e: unknown): string {
  const code = (e as { errCode?: unknown } | null)?.errCode;
  return code !== undefined ? String(code) : e instanceof Error ? e.name : typeof e;
}
