/**
 * Dispatch one `appeal` call: validate, run the action as the caller, wrap the result in the envelope.
 */
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import { failure, ok, toFailure } from '../../shared/envelope';
import { actorTag } from '../../shared/log';
import * as actions from './actions';
import * as family from './family';
import * as status from './status';
import * as notes from './notes';
import { history } from './history';
import { exportPage } from './export';
import type { CallContext } from './context';
import { actionSchema, requestSchema, stripPlatformKeys, type ParsedRequest } from './schema';

function describeIssue(path: ReadonlyArray<PropertyKey>): string {
  return path.length
    ? `「${path.map(String).join('.')}」填写有误，请检查后再试。`
    : '填写的内容有误，请检查后再试。';
}

type Run<R> = (req: R, ctx: CallContext) => Promise<unknown>;

/** One entry per action: a missing or extra one does not compile. */
const ACTIONS: { readonly [A in ParsedRequest['action']]: Run<Extract<ParsedRequest, { action: A }>> } = {
  create: actions.create,
  list: actions.list,
  get: actions.get,
  changeStatus: status.changeStatus,
  tickChecklist: actions.tickChecklist,
  addNote: notes.addNote,
  recheckNote: notes.recheckNote,
  history,
  setSubmitted: status.setSubmitted,
  delete: actions.remove,
  export: exportPage,
  subscribe: actions.subscribe,
  credits: (_req, ctx) => actions.credits({}, ctx),
  invite: family.invite,
  revokeInvite: family.revokeInvite,
  join: family.join,
  removeHelper: family.removeHelper,
  leave: family.leave,
};

function run(req: ParsedRequest, ctx: CallContext): Promise<unknown> {
  return (ACTIONS[req.action] as Run<ParsedRequest>)(req, ctx);
}

export async function handle(event: unknown, ctx: CallContext): Promise<Envelope<unknown>> {
  if (!ctx.openid) return failure('UNAUTHENTICATED');
  const input = stripPlatformKeys(event);
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) {
    const action = (input as { action?: unknown } | null)?.action;
    if (typeof action === 'string' && !actionSchema(action)) return failure('UNKNOWN_ACTION');
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
