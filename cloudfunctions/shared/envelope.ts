/**
 * One result envelope for every cloud action: `{ ok: true, data }` or `{ ok: false, error: { code, message } }`.
 * Handlers throw a `Refusal` for anything the person should be told; anything else becomes INTERNAL and is
 * logged without personal data.
 */
import type { AppError, Envelope, ErrorCode } from '../../miniprogram/domain/appeal/contract';

export const DEFAULT_MESSAGE: Readonly<Record<ErrorCode, string>> = {
  INVALID_INPUT: '填写的内容有误，请检查后再试。',
  UNKNOWN_ACTION: '这个操作暂不支持，请更新小程序后再试。',
  UNAUTHENTICATED: '没有识别到你的微信身份，请重新打开小程序。',
  NOT_FOUND: '没有找到这条申诉，它可能已被删除。',
  FORBIDDEN: '你没有权限做这个操作。',
  INVALID_TRANSITION: '当前进度下不能这样修改。',
  CONFLICT: '这条申诉刚刚在别处更新过，已为你刷新，请再确认一次。',
  LIMIT_REACHED: '数量已达上限。',
  INVITE_INVALID: '邀请已失效，请让家人重新发送。',
  CONTENT_RISKY: '这段话没有通过微信的内容检查，请换个说法。',
  CLOUD_UNAVAILABLE: '网络不太好，暂时连不上服务。你的资料都还在，请稍后再试。',
  INTERNAL: '服务暂时出了点问题，刚才的操作不一定完成了。请稍后刷新看看，再决定要不要重做。',
};

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGE[code],
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function failure(code: ErrorCode, message: string = DEFAULT_MESSAGE[code]): Envelope<never> {
  const error: AppError = { code, message };
  return { ok: false, error };
}

/** Turn anything thrown inside a handler into an envelope. */
export function toFailure(err: unknown, log: (line: string) => void): Envelope<never> {
  if (err instanceof Refusal) return failure(err.code, err.message);
  const kind = err instanceof Error ? err.name : typeof err;
  log(`internal error: ${kind}`);
  return failure('INTERNAL');
}
