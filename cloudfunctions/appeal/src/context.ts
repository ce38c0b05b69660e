/**
 * What one `appeal` call runs with: who calls (getWXContext().OPENID, nothing else), the database, the clock,
 * the log, the message sender and WeChat's content check.
 */
import type { Database, MsgSecCheck, MsgSecCheckReply, SubscribeMessageSend } from '../../shared/sdk';
import type { Log } from '../../shared/log';

export interface CallContext {
  readonly openid: string;
  readonly db: Database;
  readonly now: Date;
  readonly log: Log;
  /** cloud.openapi.subscribeMessage.send */
  readonly send: (msg: SubscribeMessageSend) => Promise<unknown>;
  /** cloud.openapi.security.msgSecCheck */
  readonly checkText: (p: MsgSecCheck) => Promise<MsgSecCheckReply>;
}
