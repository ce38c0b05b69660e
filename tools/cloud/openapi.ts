/**
 * OpenAPI calls from cloud functions (`cloud.openapi.subscribeMessage.send(...)`).
 *
 * wx-server-sdk 4.0.2 sends them as POST multipart/form-data with `action=wx.openApi`, `apiName`, and
 * `requestData` = a protobuf `CommApiData { apiType = OPEN_API, openapiData { pairs: KeyValuePair[] } }` where each
 * pair's value is the JSON of one snake_case parameter. The reply is a raw protobuf `CommOpenApiResp
 * { respData = JSON body of the WeChat API, contentType, errorCode, httpCode }`; a non-zero `errorCode` is a
 * platform error (e.g. -604101 "function has no permission to call this API").
 *
 * subscribeMessage.send is checked like the WeChat server does: template id (40037), openid format (40003),
 * page (41030), keywords and value rules (47003), and the one-time subscription ledger (43101).
 * security.msgSecCheck answers as content-check.ts says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Protobuf from 'wx-server-sdk/node_modules/protobufjs';
import type { SubscriptionTemplate } from '../../miniprogram/config/deploy';
import { checkTemplateData } from './subscribe-rules';
import { ContentRules } from './content-check';
import { OPENID_PATTERN } from './openid';
import { clone } from './clone';
import { requireFromSdk } from './sdk-deps';

// The protobufjs copy that wx-server-sdk itself ships and uses.
const protobuf = requireFromSdk<typeof Protobuf>('protobufjs');

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    HttpHeader: { fields: { key: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        headers: { rule: 'repeated', type: 'HttpHeader', id: 5 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
});
const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

/** Decode `requestData` into its parameters (JSON values, snake_case keys as sent). */
export function decodeOpenApiRequest(buf: Uint8Array): {
  apiType: number;
  appid: string;
  params: Record<string, unknown>;
} {
  const msg = CommApiData.toObject(CommApiData.decode(buf), { defaults: true }) as {
    apiType: number;
    appid: string;
    openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> };
  };
  const params: Record<string, unknown> = {};
  for (const p of msg.openapiData?.pairs ?? []) {
    const text = Buffer.from(p.value).toString('utf8');
    try {
      params[p.key] = JSON.parse(text);
    } catch {
      params[p.key] = text;
    }
  }
  return { apiType: msg.apiType, appid: msg.appid, params };
}

/** Encode the reply the SDK decodes: a WeChat JSON body, or a platform error code. */
export function encodeOpenApiResponse(body: Record<string, unknown> | null, platformErrorCode = 0): Buffer {
  const msg = CommOpenApiResp.create({
    respData: Buffer.from(body ? JSON.stringify(body) : ''),
    contentType: 'application/json',
    errorCode: platformErrorCode,
    httpCode: 200,
  });
  return Buffer.from(CommOpenApiResp.encode(msg).finish());
}

// ───────────────────────────── subscription messages ─────────────────────────────

export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter';

export interface OutboxEntry {
  readonly time: string;
  /** Calling function (null if unknown). */
  readonly fn: string | null;
  readonly touser: unknown;
  readonly templateId: unknown;
  readonly page: unknown;
  readonly data: unknown;
  readonly miniprogramState: unknown;
  readonly lang: unknown;
  /** 0 on success, else the WeChat errcode (or the platform error code, e.g. -604101). */
  readonly errCode: number;
  readonly errMsg: string;
  readonly msgid: number | null;
}

interface LedgerEntry {
  credits: number;
  banned: boolean;
}

export interface SubscriptionState {
  ledger: Record<string, LedgerEntry>;
  outbox: OutboxEntry[];
  nextMsgId: number;
}

export { OPENID_PATTERN };

export interface OpenApiContext {
  /** Calling function name (from the request URL set by the runner), null when unknown. */
  readonly fn: string | null;
}

export interface OpenApiServiceOptions {
  readonly templates: readonly SubscriptionTemplate[];
  /** Directory holding `<fn>/config.json` (permissions). */
  readonly functionsDir: string;
  /** Extra per-function config.json locations (fixtures). */
  readonly configPath?: (fn: string) => string | null;
  /** app.json of the mini program, for the page check (41030); null disables it. */
  readonly appJson: string | null;
  readonly now: () => number;
  /** Load/save state (ledger, outbox) so it survives restarts when the store persists. */
  readonly load: () => SubscriptionState | undefined;
  readonly save: (s: SubscriptionState) => void;
}

class WxError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(errmsg);
  }
}

function ledgerKey(openid: string, templateId: string): string {
  return `${openid}|${templateId}`;
}

export class OpenApiService {
  private state: SubscriptionState;
  /** The verdicts security.msgSecCheck gives. */
  readonly content = new ContentRules();

  constructor(private readonly opts: OpenApiServiceOptions) {
    this.state = opts.load() ?? { ledger: {}, outbox: [], nextMsgId: 1 };
  }

  /** Record the result of wx.requestSubscribeMessage for one template (accept adds one credit). */
  grant(openid: string, templateId: string, result: SubscribeResult): void {
    const key = ledgerKey(openid, templateId);
    const e = this.state.ledger[key] ?? { credits: 0, banned: false };
    if (result === 'ban') {
      e.banned = true;
      e.credits = 0;
    } else if (result === 'accept' && !e.banned) {
      e.credits++;
    }
    this.state.ledger[key] = e;
    this.opts.save(this.state);
  }

  credits(openid: string, templateId: string): number {
    const e = this.state.ledger[ledgerKey(openid, templateId)];
    return e && !e.banned ? e.credits : 0;
  }

  outbox(): OutboxEntry[] {
    return clone(this.state.outbox);
  }

  clearOutbox(): void {
    this.state.outbox = [];
    this.opts.save(this.state);
  }

  /** Handle one `wx.openApi` request; returns the protobuf reply body. */
  handle(ctx: OpenApiContext, apiName: string, requestData: Buffer): Buffer {
    const { params } = decodeOpenApiRequest(requestData);
    const permitted = this.permitted(ctx.fn, apiName);
    if (apiName !== 'subscribeMessage.send') {
      if (!permitted) return encodeOpenApiResponse(null, -604101);
      if (apiName === 'security.msgSecCheck')
        return encodeOpenApiResponse(this.content.answer(params, `local-${Date.now().toString(16)}`));
      return encodeOpenApiResponse({
        errcode: -1,
        errmsg: `local cloud: openapi.${apiName} is not emulated`,
      });
    }
    const base = {
      time: new Date(this.opts.now()).toISOString(),
      fn: ctx.fn,
      touser: params.touser,
      templateId: params.template_id,
      page: params.page,
      data: params.data,
      miniprogramState: params.miniprogram_state,
      lang: params.lang,
    };
    if (!permitted) {
      this.record({
        ...base,
        errCode: -604101,
        errMsg: 'function has no permission to call this API',
        msgid: null,
      });
      return encodeOpenApiResponse(null, -604101);
    }
    try {
      this.checkSend(params);
      const msgid = this.state.nextMsgId++;
      this.record({ ...base, errCode: 0, errMsg: 'ok', msgid });
      return encodeOpenApiResponse({ errcode: 0, errmsg: 'ok', msgid });
    } catch (e) {
      if (!(e instanceof WxError)) throw e;
      this.record({ ...base, errCode: e.errcode, errMsg: e.errmsg, msgid: null });
      return encodeOpenApiResponse({
        errcode: e.errcode,
        errmsg: `${e.errmsg} rid: local-${Date.now().toString(16)}`,
      });
    }
  }

  private record(entry: OutboxEntry): void {
    this.state.outbox.push(entry);
    this.opts.save(this.state);
  }

  private permitted(fn: string | null, apiName: string): boolean {
    if (!fn) return false;
    const file = this.opts.configPath?.(fn) ?? join(this.opts.functionsDir, fn, 'config.json');
    if (!file || !existsSync(file)) return false;
    try {
      const cfg = JSON.parse(readFileSync(file, 'utf8')) as { permissions?: { openapi?: unknown } };
      const list = cfg.permissions?.openapi;
      return Array.isArray(list) && list.includes(apiName);
    } catch {
      return false;
    }
  }

  private pages(): string[] | null {
    const file = this.opts.appJson;
    if (!file || !existsSync(file)) return null;
    const app = JSON.parse(readFileSync(file, 'utf8')) as {
      pages?: string[];
      subPackages?: Array<{ root: string; pages: string[] }>;
      subpackages?: Array<{ root: string; pages: string[] }>;
    };
    const out = [...(app.pages ?? [])];
    for (const sp of [...(app.subPackages ?? []), ...(app.subpackages ?? [])]) {
      for (const p of sp.pages) out.push(`${sp.root.replace(/\/$/, '')}/${p}`);
    }
    return out;
  }

  private checkSend(params: Record<string, unknown>): void {
    const { touser, template_id: templateId } = params;
    if (typeof touser !== 'string' || !OPENID_PATTERN.test(touser))
      throw new WxError(40003, 'invalid openid');
    const template = this.opts.templates.find((t) => t.id === templateId);
    if (!template || typeof templateId !== 'string') throw new WxError(40037, 'invalid template_id');
    this.checkPage(params.page);
    const state = params.miniprogram_state;
    if (state !== undefined && !['developer', 'trial', 'formal'].includes(String(state))) {
      throw new WxError(47003, 'argument invalid! miniprogram_state invalid');
    }
    const problem = checkTemplateData(template.keywords, params.data);
    if (problem) throw new WxError(47003, problem.errmsg);
    const entry = this.state.ledger[ledgerKey(touser, templateId)];
    if (!entry || entry.banned || entry.credits <= 0)
      throw new WxError(43101, 'user refuse to accept the msg');
    entry.credits--;
  }

  private checkPage(page: unknown): void {
    if (page === undefined || page === '') return;
    const pages = this.pages();
    const path = String(page).replace(/^\//, '').split('?')[0] as string;
    if (pages && !pages.includes(path)) throw new WxError(41030, 'invalid page');
  }
}
