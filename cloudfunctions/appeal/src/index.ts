/**
 * Cloud function `appeal`: the appeal-tracking bounded context.
 * Identity comes only from getWXContext().OPENID; nothing in the event can change who the caller is.
 */
import { cloud } from '../../shared/sdk';
import { consoleLog, logCall, outcomeCode } from '../../shared/log';
import { handle } from './handler';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export async function main(event: unknown): Promise<unknown> {
  const started = Date.now();
  const { OPENID } = cloud.getWXContext();
  const reply = await handle(event, {
    openid: OPENID ?? '',
    db: cloud.database(),
    now: new Date(),
    log: consoleLog,
    send: (msg) => cloud.openapi.subscribeMessage.send(msg),
    checkText: (p) => cloud.openapi.security.msgSecCheck(p),
  });
  const action = (event as { action?: unknown } | null)?.action;
  const code = outcomeCode(reply);
  logCall(() => cloud.logger(), {
    fn: 'appeal',
    action,
    code,
    ms: Date.now() - started,
    openid: OPENID ?? '',
  });
  return reply;
}
