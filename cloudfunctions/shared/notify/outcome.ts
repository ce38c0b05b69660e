/**
 * What one subscribeMessage.send attempt tells us. The line that matters for "never twice": a failure is only
 * retried when the message CERTAINLY did not go out. WeChat answering with an errcode (-1 busy, 45009 quota) or
 * the gateway refusing the call before forwarding it (request/concurrency limits) is certain; a system error or
 * a timeout of the gateway (-501001, -501002), a network failure, or anything unrecognised is NOT (the message
 * may have been delivered and only the reply lost), so it is never retried: the key is closed as failed.
 */

export type Verdict =
  /** Delivered. */
  | 'sent'
  /** 43101: the person allows no (more) message of this template. */
  | 'refused'
  /** 47003: a value breaks a rule; the same payload would fail again. */
  | 'bad-data'
  /** 41030: the page is not in the released version; not delivered, can be sent without a page. */
  | 'bad-page'
  /** Certainly not delivered, may succeed later. */
  | 'retryable'
  /** Certainly not delivered and will not succeed (bad openid/template, no permission, …). */
  | 'rejected'
  /** May or may not have been delivered. */
  | 'unknown';

export interface Attempt {
  /** 0 on success; the WeChat errcode or the platform errCode; null when none could be read. */
  readonly code: number | null;
  readonly message: string;
  readonly msgid: number | null;
}

/** Platform (gateway) codes that mean the call was refused before it was forwarded. */
const PLATFORM_NOT_FORWARDED_RETRYABLE: readonly number[] = [
  -501003, // EXCEED_REQUEST_LIMIT
  -501004, // EXCEED_CONCURRENT_REQUEST_LIMIT
];
const PLATFORM_NOT_FORWARDED_FINAL: readonly number[] = [
  -604101, // the function has no permission for this API (config.json)
  -501005, // INVALIID_ENV
  -501006, // INVALID_COMMON_PARAM
  -501007, // INVALID_PARAM
  -501008, // INVALID_REQUEST_SOURCE
];

const WECHAT_RETRYABLE: readonly number[] = [-1, 45009];

/** WeChat errcodes are -1 or positive; platform codes are large negative numbers. */
function isWeChatCode(code: number): boolean {
  return code === -1 || code > 0;
}

export function verdictOf(code: number | null): Verdict {
  if (code === 0) return 'sent';
  if (code === null) return 'unknown';
  if (code === 43101) return 'refused';
  if (code === 47003) return 'bad-data';
  if (code === 41030) return 'bad-page';
  if (WECHAT_RETRYABLE.indexOf(code) >= 0 || PLATFORM_NOT_FORWARDED_RETRYABLE.indexOf(code) >= 0)
    return 'retryable';
  if (isWeChatCode(code) || PLATFORM_NOT_FORWARDED_FINAL.indexOf(code) >= 0) return 'rejected';
  return 'unknown';
}

function codeOf(e: unknown): number | null {
  if (!e || typeof e !== 'object') return null;
  const { errCode, errcode } = e as { errCode?: unknown; errcode?: unknown };
  const code = typeof errCode === 'number' ? errCode : errcode;
  return typeof code === 'number' && Number.isFinite(code) ? code : null;
}

function messageOf(e: unknown): string {
  if (!e || typeof e !== 'object') return String(e);
  const { errMsg, message } = e as { errMsg?: unknown; message?: unknown };
  return String(errMsg ?? message ?? '').slice(0, 300);
}

/** Run one send and describe it; never throws. */
export async function attempt(send: () => Promise<unknown>): Promise<Attempt> {
  try {
    const res = (await send()) as { errCode?: unknown; errMsg?: unknown; msgid?: unknown } | null;
    const code = codeOf(res) ?? 0;
    const msgid = typeof res?.msgid === 'number' ? res.msgid : null;
    return { code, message: code === 0 ? 'ok' : messageOf(res), msgid };
  } catch (e) {
    return { code: codeOf(e), message: messageOf(e), msgid: null };
  }
}
