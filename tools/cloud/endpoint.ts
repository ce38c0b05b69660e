/**
 * Stand-in for the CloudBase `/admin` endpoint that wx-server-sdk 4.0.2 (@cloudbase/node-sdk 3.17.2) talks to.
 *
 * Database requests are POST JSON `{ action: 'database.<op>', collectionName, query, data, … }` where query, data,
 * order and projection are Extended JSON strings; replies are `{ requestId, data: {…} }` or, on failure,
 * `{ requestId, code: '<CLOUDBASE_CODE>', message }` with HTTP 200 (the SDK maps the code to an errCode).
 * OpenAPI requests are multipart (see openapi.ts).
 *
 * The runner points each call at `/admin/<fn>/<openid or _>/<callId>` so the endpoint knows who is calling.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { DbError, type Doc, type DocId, type SortSpec, type Store } from './store';
import { parseEjson, stringifyEjson } from './ejson';
import type { Faults } from './faults';
import type { OpenApiService } from './openapi';

export interface CallerInfo {
  readonly fn: string | null;
  readonly openid: string | null;
  readonly callId: string | null;
}

/** One request as the SDK sent it (for the contract test and debugging). */
export interface ObservedRequest {
  readonly caller: CallerInfo;
  readonly action: string;
  /** Parameter names present in the request, sorted. */
  readonly fields: string[];
  readonly params: Readonly<Record<string, unknown>>;
  /** Raw multipart parts (OpenAPI requests: `requestData` is the protobuf). */
  readonly files: Readonly<Record<string, Buffer>>;
  /** Request path (with the caller segments) and query string. */
  readonly url: string;
}

export interface EndpointDeps {
  readonly store: Store;
  readonly faults: Faults;
  readonly openapi: OpenApiService;
  readonly observe?: (req: ObservedRequest) => void;
}

type Reply = { kind: 'json'; body: Record<string, unknown> } | { kind: 'raw'; body: Buffer };

const requestId = () => randomBytes(8).toString('hex');

/** Parse `/admin[/<fn>/<openid|_>/<callId>]`. */
export function parseCaller(url: string): CallerInfo {
  const path = url.split('?')[0] ?? '';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [, fn, openid, callId] = parts;
  return { fn: fn ?? null, openid: openid && openid !== '_' ? openid : null, callId: callId ?? null };
}

export function adminUrl(
  base: string,
  caller: { fn: string; openid: string | null; callId: string },
): string {
  const seg = (s: string) => encodeURIComponent(s);
  return `${base}/admin/${seg(caller.fn)}/${seg(caller.openid ?? '_')}/${seg(caller.callId)}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Minimal multipart/form-data parser (what the `form-data` package produces). */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!m) throw new Error('multipart without boundary');
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const out: Record<string, Buffer> = {};
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd === -1) break;
    const headers = body.subarray(start, headerEnd).toString('utf8');
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next === -1) break;
    const content = body.subarray(headerEnd + 4, next - 2); // strip the CRLF before the boundary
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) out[name] = content;
    pos = next;
  }
  return out;
}

const ejson = (v: unknown, store: Store): Doc => {
  if (v === undefined || v === null || v === '') return {};
  if (typeof v !== 'string') return v as Doc;
  return parseEjson(v, store.now) as Doc;
};

function getLimit(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v ?? 100);
  if (!Number.isFinite(n) || n <= 0) return 100;
  return Math.min(Math.floor(n), 1000);
}

function docQueryId(query: Doc): DocId {
  const id = query._id;
  if (typeof id === 'string' || typeof id === 'number') return id;
  throw new DbError('INVALID_PARAM', 'transactions support single-document operations by _id only');
}

function collectionOf(p: Record<string, unknown>): string {
  const c = p.collectionName;
  if (typeof c !== 'string' || !c) throw new DbError('INVALID_PARAM', 'collectionName is required');
  return c;
}

type Handler = (p: Record<string, unknown>, store: Store) => Record<string, unknown>;

const HANDLERS: Record<string, Handler> = {
  'database.getDocument': (p, store) => {
    const coll = collectionOf(p);
    const query = ejson(p.query, store);
    const tx = typeof p.transactionId === 'string' ? p.transactionId : undefined;
    let docs: Doc[];
    if (tx) {
      const d = store.txGet(tx, coll, docQueryId(query));
      docs = d ? [d] : [];
    } else {
      docs = store.find(coll, query, {
        sort: p.order ? (ejson(p.order, store) as SortSpec) : null,
        skip: typeof p.offset === 'number' ? p.offset : Number(p.offset ?? 0),
        limit: p.queryType === 'DOC' ? 1 : getLimit(p.limit),
        projection: p.projection ? ejson(p.projection, store) : null,
      });
    }
    return { data: { list: docs.map((d) => stringifyEjson(d)) } };
  },
  'database.insertDocument': (p, store) => {
    const coll = collectionOf(p);
    const raw = Array.isArray(p.data) ? p.data : [p.data];
    const docs = raw.map((d) => ejson(d, store));
    const tx = typeof p.transactionId === 'string' ? p.transactionId : undefined;
    const ids = store.insert(coll, docs, tx);
    return { data: { insertedIds: ids } };
  },
  'database.modifyDocument': (p, store) => {
    const coll = collectionOf(p);
    const tx = typeof p.transactionId === 'string' ? p.transactionId : undefined;
    const r = store.update(
      coll,
      ejson(p.query, store),
      ejson(p.data, store),
      { multi: p.multi === true, merge: p.merge !== false, upsert: p.upsert === true },
      tx,
    );
    const data: Record<string, unknown> = { updated: r.updated, matched: r.matched };
    if (r.upsertedId !== null) data.upsert_id = r.upsertedId;
    return { data };
  },
  'database.removeDocument': (p, store) => {
    const coll = collectionOf(p);
    const tx = typeof p.transactionId === 'string' ? p.transactionId : undefined;
    return { data: { deleted: store.remove(coll, ejson(p.query, store), p.multi === true, tx) } };
  },
  'database.calculateDocument': (p, store) => ({
    data: { total: store.count(collectionOf(p), ejson(p.query, store)) },
  }),
  'database.aggregateDocuments': (p, store) => {
    const stages = Array.isArray(p.stages)
      ? (p.stages as Array<{ stageKey: string; stageValue: string }>)
      : [];
    const pipeline = stages.map((s) => ({ [s.stageKey]: parseEjson(s.stageValue, store.now) }));
    const list = store.aggregate(collectionOf(p), pipeline);
    return { data: { list: list.map((d) => stringifyEjson(d)) } };
  },
  'database.addCollection': (p, store) => {
    store.addCollection(collectionOf(p));
    return {};
  },
  'database.startTransaction': (_p, store) => ({ transactionId: store.startTransaction() }),
  'database.commitTransaction': (p, store) => {
    store.commitTransaction(String(p.transactionId));
    return {};
  },
  'database.abortTransaction': (p, store) => {
    store.abortTransaction(String(p.transactionId));
    return {};
  },
};

function errorReply(code: string, message: string): Reply {
  return { kind: 'json', body: { code, message, requestId: requestId() } };
}

function runAction(
  deps: EndpointDeps,
  caller: CallerInfo,
  action: string,
  params: Record<string, unknown>,
  files: Record<string, Buffer>,
): Reply {
  if (action === 'wx.openApi') {
    const data = files.requestData ?? Buffer.alloc(0);
    return { kind: 'raw', body: deps.openapi.handle({ fn: caller.fn }, String(params.apiName ?? ''), data) };
  }
  const handler = HANDLERS[action];
  if (!handler) return errorReply('INVALID_PARAM', `action ${action} is not supported by the local cloud`);
  try {
    return { kind: 'json', body: { requestId: requestId(), ...handler(params, deps.store) } };
  } catch (e) {
    if (e instanceof DbError) return errorReply(e.code, e.message);
    return errorReply('DATABASE_REQUEST_FAILED', `[FailedOperation] ${(e as Error).message ?? String(e)}`);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface ParsedRequest {
  readonly params: Record<string, unknown>;
  readonly files: Record<string, Buffer>;
}

function parseRequest(body: Buffer, contentType: string): ParsedRequest {
  if (contentType.startsWith('multipart/form-data')) {
    const files = parseMultipart(body, contentType);
    const params = Object.fromEntries(
      Object.entries(files).map(([k, v]) => [
        k,
        k === 'requestData' ? `<${v.length} bytes>` : v.toString('utf8'),
      ]),
    );
    return { params, files };
  }
  const params = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
  return { params, files: {} };
}

function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  if (reply.kind === 'raw') {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': reply.body.length });
    res.end(reply.body);
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Apply the armed fault (if any) around running the action. */
async function runWithFault(
  deps: EndpointDeps,
  caller: CallerInfo,
  action: string,
  { params, files }: ParsedRequest,
): Promise<Reply> {
  const collection = typeof params.collectionName === 'string' ? params.collectionName : null;
  const fault = deps.faults.take({ action, collection, fn: caller.fn, openid: caller.openid, params });
  if (!fault) return runAction(deps, caller, action, params, files);
  if (fault.delayMs > 0) await sleep(fault.delayMs);
  if (!fault.error) return runAction(deps, caller, action, params, files);
  if (fault.after) runAction(deps, caller, action, params, files);
  return errorReply(fault.error.code, fault.error.message);
}

/** Handle one POST to `/admin…`. */
export async function handleAdmin(
  deps: EndpointDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = req.url ?? '';
  const caller = parseCaller(url);
  const parsed = parseRequest(await readBody(req), String(req.headers['content-type'] ?? ''));
  const action = String(parsed.params.action ?? '');
  deps.observe?.({
    caller,
    action,
    fields: Object.keys(parsed.params).sort(),
    params: parsed.params,
    files: parsed.files,
    url,
  });
  writeReply(res, await runWithFault(deps, caller, action, parsed));
}
