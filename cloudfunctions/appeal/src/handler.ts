/**
 * Dispatch one `appeal` call: validate, run the action as the caller, wrap the result in the envelope.
 */
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import { failure, ok, toFailure } from '../../shared/envelope';
import { actorTag } from '../../shared/log';
import * as actions from './actions';
import type { CallContext } from './actions';
import { requestSchema, stripPlatformKeys, type ParsedRequest } from './schema';

function describeIssue(path: ReadonlyArray<PropertyKey>): string {
  return path.length
    ? `「${path.map(String).join('.')}」填写有误，请检查后再试。`
    : '填写的内容有误，请检查后再试。';
}

async function run(req: ParsedRequest, ctx: CallContext): Promise<unknown> {
  switch (req.action) {
    case 'create':
      return actions.create(req, ctx);
    case 'list':
      return actions.list(req, ctx);
    case 'get':
      return actions.get(req, ctx);
    case 'changeStatus':
      return actions.changeStatus(req, ctx);
    case 'tickChecklist':
      return actions.tickChecklist(req, ctx);
    case 'addNote':
      return actions.addNote(req, ctx);
    case 'setSubmitted':
      return actions.setSubmitted(req, ctx);
    case 'delete':
      return actions.remove(req, ctx);
    case 'export':
      return actions.exportMine({}, ctx);
    case 'subscribe':
      return actions.subscribe(req, ctx);
    case 'credits':
      return actions.credits({}, ctx);
  }
}

export async function handle(event: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
  if (!ctx.openid) return failure('UNAUTHENTICATED');
  const input = stripPlatformKeys(event);
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) {
    const action = (input as { action?: unknown } | null)?.action;
    const known = requestSchema.options.some((o) => o.shape.action.value === action);
    if (typeof action === 'string' && !known) return failure('UNKNOWN_ACTION');
    return failure('INVALID_INPUT', describeIssue(parsed.error.issues[0]?.path ?? []));
  }
  try {
    const data = await run(parsed.data, ctx);
    ctx.log(`${parsed.data.action} ok by ${actorTag(ctx.openid)}`);
    return ok(data);
  } catch (err) {
    return toFailure(err, ctx.log);
  }
}
