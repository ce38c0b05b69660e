/**
 * Cloud function `content`: the published content pack (content/pack.json, bundled into this function when it
 * is built; `npm run content:publish` validates it and uploads this function). A phone says which version it
 * holds and gets the pack only when a newer one exists. The phone validates it again before using it.
 */
import { cloud } from '../../shared/sdk';
import { logCall, outcomeCode } from '../../shared/log';
import { failure, ok } from '../../shared/envelope';
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import type { ContentPack } from '../../../miniprogram/domain/content/pack';
import pack from '../../../content/pack.json';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

export function latest(event: unknown): Envelope<ContentPack | null> {
  const e = (event ?? {}) as { action?: unknown; have?: unknown };
  if (e.action !== 'latest') return failure('UNKNOWN_ACTION');
  if (!Number.isInteger(e.have) || (e.have as number) < -1) return failure('INVALID_INPUT');
  return ok(pack.version > (e.have as number) ? (pack as ContentPack) : null);
}

export async function main(event: unknown): Promise<unknown> {
  const started = Date.now();
  const reply = latest(event);
  const openid = cloud.getWXContext().OPENID ?? '';
  const action = (event as { action?: unknown } | null)?.action;
  logCall(() => cloud.logger(), {
    fn: 'content',
    action,
    code: outcomeCode(reply),
    ms: Date.now() - started,
    openid,
  });
  return Promise.resolve(reply);
}
