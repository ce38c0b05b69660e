/**
 * Cloud function `appeal`: the appeal-tracking bounded context.
 * Identity comes only from getWXContext().OPENID; nothing in the event can change who the caller is.
 */
import { cloud } from '../../shared/sdk';
import { consoleLog } from '../../shared/log';
import { handle } from './handler';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export async function main(event: unknown): Promise<unknown> {
  const { OPENID } = cloud.getWXContext();
  return handle(event, {
    openid: OPENID ?? '',
    db: cloud.database(),
    now: new Date(),
    log: consoleLog,
    send: (msg) => cloud.openapi.subscribeMessage.send(msg),
  });
}
