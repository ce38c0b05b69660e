/**
 * The local cloud: a real document engine behind the CloudBase `/admin` protocol, the subscription-message
 * OpenAPI, and a runner that executes unmodified cloud function bundles against them.
 *
 *   const cloud = await startLocalCloud({ port: 0, dataFile: null });
 *   const res = await cloud.call('appeal', { action: 'list' }, { openid: testOpenid('alice') });
 *   await cloud.close();
 *
 * HTTP routes (same server): POST /admin… (the SDK), POST /call/:fn (browser preview), POST /subscribe,
 * POST /content-verdict (what the content check answers), GET /outbox, GET /logs (cloud.logger() lines),
 * GET /health.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { deployConfig, type SubscriptionTemplate } from '../../miniprogram/config/deploy';
import { handleAdmin, type ObservedRequest } from './endpoint';
import { Faults } from './faults';
import { CONTENT_VERDICTS, type ContentVerdict } from './content-check';
import { OpenApiService, type OutboxEntry, type SubscribeResult, type SubscriptionState } from './openapi';
import { CloudFunctionError, Runner, type CloudLogEntry, type CallAs } from './runner';
import { Store, type IndexSpec } from './store';

export { Store, DbError, type IndexSpec, type StoreSnapshot, type Doc } from './store';
export { Faults, type FaultSpec, type FaultRequest, type FaultMatcher } from './faults';
export { CloudFunctionError, type CloudLogEntry, type CallAs } from './runner';
export type { OutboxEntry, SubscribeResult } from './openapi';
export type { ContentVerdict } from './content-check';
export type { ObservedRequest } from './endpoint';
export { OPENID_PATTERN } from './openapi';
export { tickUntilDone as runTimerUntilDone, type TickReport } from './timer';

const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_DATA_FILE = join(REPO_ROOT, '.data', 'cloud', 'db.json');

export interface LocalCloudOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Database file; null (default) keeps everything in memory. */
  readonly dataFile?: string | null;
  /** Where `<fn>/index.js` and `<fn>/config.json` live (default: cloudfunctions/ of the repo). */
  readonly functionsDir?: string;
  /** Explicit index.js per function name (fixtures); config.json is read next to it. */
  readonly functionPaths?: Readonly<Record<string, string>>;
  /** Collections to create (with indexes) if missing; production creates them in the console. */
  readonly collections?: Readonly<Record<string, { readonly indexes?: readonly IndexSpec[] }>>;
  /** Subscription templates accepted by subscribeMessage.send (default: deployConfig.templates). */
  readonly templates?: readonly SubscriptionTemplate[];
  /** app.json used for the page check (41030); null disables it. Default: miniprogram/app.json. */
  readonly appJson?: string | null;
  /** Server clock for serverDate and the outbox (default Date.now). */
  readonly now?: () => number;
  /** Persistence debounce (ms). */
  readonly debounceMs?: number;
}

export interface LocalCloud {
  readonly url: string;
  call<T = unknown>(fn: string, event: unknown, as: CallAs): Promise<T>;
  invokeTimer(fn: string, at?: Date): Promise<unknown>;
  grantSubscription(openid: string, templateId: string, result: SubscribeResult): void;
  credits(openid: string, templateId: string): number;
  outbox(): OutboxEntry[];
  /** What security.msgSecCheck answers: for texts containing `phrase`, or (without it) for every other text. */
  setContentVerdict(verdict: ContentVerdict, phrase?: string): void;
  /** What the functions wrote with `cloud.logger()` (云开发控制台 → 日志), in order. */
  logs(): CloudLogEntry[];
  readonly store: Store;
  readonly faults: Faults;
  /** Observe every backend request the SDK makes (action + parameters); returns an unsubscribe function. */
  onRequest(cb: (req: ObservedRequest) => void): () => void;
  close(): Promise<void>;
}

/** A valid-looking, stable openid for a test user name (28 chars, `o` + 27 of [A-Za-z0-9_-]). */
export function testOpenid(name: string): string {
  const h = createHash('sha256').update(name).digest('base64url');
  return `o${h.slice(0, 27)}`;
}

const LEDGER_KEY = 'subscriptions';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function allowLocalCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-headers', 'content-type, x-openid');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  }
}

export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const now = opts.now ?? Date.now;
  const store = new Store({ file: opts.dataFile ?? null, now, debounceMs: opts.debounceMs });
  for (const [name, spec] of Object.entries(opts.collections ?? {})) {
    store.ensureCollection(name);
    for (const index of spec.indexes ?? []) store.declareIndex(name, index);
  }
  const faults = new Faults();
  const functionsDir = resolve(opts.functionsDir ?? join(REPO_ROOT, 'cloudfunctions'));
  const observers = new Set<(r: ObservedRequest) => void>();
  let runner: Runner | null = null;
  const openapi = new OpenApiService({
    templates: opts.templates ?? Object.values(deployConfig.templates),
    functionsDir,
    configPath: (fn) => runner?.configPath(fn) ?? null,
    appJson: opts.appJson === undefined ? join(REPO_ROOT, 'miniprogram', 'app.json') : opts.appJson,
    now,
    load: () => store.getMeta<SubscriptionState>(LEDGER_KEY),
    save: (s) => store.setMeta(LEDGER_KEY, s),
  });
  const deps = {
    store,
    faults,
    openapi,
    observe: (r: ObservedRequest) => {
      for (const cb of observers) cb(r);
    },
  };

  const call = async <T>(fn: string, event: unknown, as: CallAs): Promise<T> =>
    (await (runner as Runner).call(fn, event, as)) as T;

  const routes = {
    async call(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
      const fn = decodeURIComponent(path.slice('/call/'.length));
      const event = await readJson(req);
      const header = req.headers['x-openid'];
      const openid = typeof header === 'string' && header ? header : null;
      try {
        sendJson(res, 200, { result: await call(fn, event, { openid }), errMsg: 'cloud.callFunction:ok' });
      } catch (e) {
        const err = e instanceof CloudFunctionError ? e : new CloudFunctionError(-1, String(e));
        sendJson(res, 200, {
          errCode: err.errCode,
          errMsg: `cloud.callFunction:fail Error: errCode: ${err.errCode} ${err.errMsg}`,
        });
      }
    },
    async subscribe(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const body = (await readJson(req)) as { openid?: string; results?: Record<string, SubscribeResult> };
      if (!body.openid || !body.results) return sendJson(res, 400, { errMsg: 'need { openid, results }' });
      for (const [templateId, result] of Object.entries(body.results))
        openapi.grant(body.openid, templateId, result);
      sendJson(res, 200, { errMsg: 'requestSubscribeMessage:ok', ...body.results });
    },
    /** What security.msgSecCheck answers from now on: `{ verdict, phrase? }` as for setContentVerdict. */
    async contentVerdict(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const body = (await readJson(req)) as { verdict?: string; phrase?: unknown };
      const verdict = CONTENT_VERDICTS.find((v) => v === body.verdict);
      const phrase = typeof body.phrase === 'string' && body.phrase ? body.phrase : undefined;
      if (!verdict)
        return sendJson(res, 400, { errMsg: `need { verdict: ${CONTENT_VERDICTS.join(' | ')} }` });
      openapi.content.set(verdict, phrase);
      sendJson(res, 200, { verdict, phrase: phrase ?? null });
    },
  };

  /** A CORS preflight is answered; anything else here has no route. */
  const noRoute = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    sendJson(res, 404, { errMsg: `no route ${req.method} ${path}` });
  };

  /** Settings of the local cloud (POST). */
  const posts: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>> = {
    '/subscribe': routes.subscribe,
    '/content-verdict': routes.contentVerdict,
  };

  /** Read-only views of the local cloud (GET). */
  const views: Readonly<Record<string, () => unknown>> = {
    '/outbox': () => openapi.outbox(),
    '/logs': () => runner?.logs ?? [],
    '/health': () => ({ ok: true, collections: store.collectionNames() }),
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const view = req.method === 'GET' ? views[path] : undefined;
    if (view) return sendJson(res, 200, view());
    const key = `${req.method ?? ''} ${path.startsWith('/admin') ? '/admin' : path.startsWith('/call/') ? '/call/' : path}`;
    switch (key) {
      case 'POST /admin':
        return handleAdmin(deps, req, res);
      case 'POST /call/':
        return routes.call(req, res, path);
      case 'POST /subscribe':
      case 'POST /content-verdict':
        return posts[path](req, res);
      default:
        return noRoute(req, res, path);
    }
  };

  const server: Server = createServer((req, res) => {
    allowLocalCors(req, res);
    route(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errMsg: String(e) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  runner = new Runner({
    baseUrl: url,
    functionsDir,
    functionPaths: opts.functionPaths,
    envId: deployConfig.cloudEnv,
    appId: 'wx0000000000local',
  });
  const r = runner;

  return {
    url,
    call,
    invokeTimer: (fn, at) => r.invokeTimer(fn, at),
    grantSubscription: (openid, templateId, result) => openapi.grant(openid, templateId, result),
    credits: (openid, templateId) => openapi.credits(openid, templateId),
    outbox: () => openapi.outbox(),
    setContentVerdict: (verdict, phrase) => openapi.content.set(verdict, phrase),
    logs: () => r.logs.slice(),
    store,
    faults,
    onRequest(cb) {
      observers.add(cb);
      return () => observers.delete(cb);
    },
    async close() {
      store.close();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
