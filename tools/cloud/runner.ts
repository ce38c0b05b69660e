/**
 * Runs deployable cloud functions (`cloudfunctions/<fn>/index.js`, unmodified) in this process.
 *
 * Identity: wx-server-sdk reads the caller from environment variables (getWXContext: WX_CONTEXT_KEYS, WX_OPENID,
 * WX_APPID, TCB_ENV) and the endpoint from TCB_CONTEXT_CNFG. `process.env` is replaced once by a Proxy whose
 * per-call overlay lives in an AsyncLocalStorage, so concurrent calls from different users each see their own
 * OPENID and their own function name, even when they interleave across awaits.
 *
 * Timeout: `timeout` (seconds) from the function's config.json, default 3, rejects like the platform does
 * (errCode -504003). As in production the function's remaining work is not cancelled; its later writes still land.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { adminUrl } from './endpoint';
import { atInstant } from './clock';

type Env = Record<string, string | undefined>;

interface EnvFrame {
  /** Keys set (string) or hidden (undefined) for this call. */
  readonly overlay: Env;
  /** Where this call's `cloud.logger()` lines go. */
  readonly onLog?: (entry: CloudLogEntry) => void;
}

/** One `cloud.logger()` line as 云开发控制台 → 日志 would show it: the function, the level, the fields. */
export interface CloudLogEntry {
  readonly fn: string;
  readonly level: string;
  readonly fields: Record<string, unknown>;
}

const frames = new AsyncLocalStorage<EnvFrame>();
let installed: Env | null = null;
/** Variables every call needs (dummy credentials, no metadata probing), set while a call runs. */
const BASE_ENV: Env = {
  TENCENTCLOUD_SECRETID: 'local-cloud-secret-id',
  TENCENTCLOUD_SECRETKEY: 'local-cloud-secret-key',
  TENCENTCLOUD: 'true',
  SILENCE: 'true',
  // The platform's switch for structured logs: the SDK's logger then writes through console.__baseLog__.
  _SCF_TCB_LOG: '1',
};

type BaseLog = (fields: Record<string, unknown>, level: string) => void;

/**
 * The platform's log hook (`console.__baseLog__`, which wx-server-sdk's cloud.logger() writes to when
 * `_SCF_TCB_LOG=1`): routed to the current call's recorder, or printed outside a call.
 */
function installLogHook(): void {
  const c = console as Console & { __baseLog__?: BaseLog };
  if (c.__baseLog__) return;
  c.__baseLog__ = (fields, level) => {
    const sink = frames.getStore()?.onLog;
    const fn = process.env.SCF_FUNCTIONNAME ?? '';
    if (sink) sink({ fn, level, fields: { ...fields } });
    else console.log(`[cloud.logger ${level}]`, fields);
  };
}

/** Replace process.env by a Proxy that consults the current call's overlay first (idempotent). */
export function installEnvProxy(): void {
  if (installed && process.env === installed) return;
  const real = process.env;
  const overlay = (): Env | undefined => frames.getStore()?.overlay;
  const has = (o: Env, k: string | symbol) =>
    typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k);
  const proxy = new Proxy(real, {
    get(target, key) {
      const o = overlay();
      if (o && has(o, key)) return o[key as string];
      return Reflect.get(target, key);
    },
    has(target, key) {
      const o = overlay();
      if (o && has(o, key)) return o[key as string] !== undefined;
      return Reflect.has(target, key);
    },
    set(target, key, value) {
      const o = overlay();
      if (o && has(o, key)) {
        o[key as string] = value === undefined ? undefined : String(value);
        return true;
      }
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      const o = overlay();
      if (o && has(o, key)) {
        o[key as string] = undefined;
        return true;
      }
      return Reflect.deleteProperty(target, key);
    },
    ownKeys(target) {
      const o = overlay();
      const keys = new Set(Reflect.ownKeys(target));
      for (const [k, v] of Object.entries(o ?? {})) {
        if (v === undefined) keys.delete(k);
        else keys.add(k);
      }
      return [...keys];
    },
    getOwnPropertyDescriptor(target, key) {
      const o = overlay();
      if (o && has(o, key)) {
        const v = o[key as string];
        return v === undefined
          ? undefined
          : { value: v, writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  process.env = proxy;
  installed = proxy;
}

/** Run `fn` with these environment variables visible through process.env (for this async context only). */
export function withEnv<T>(overlay: Env, fn: () => T, onLog?: (entry: CloudLogEntry) => void): T {
  installEnvProxy();
  installLogHook();
  return frames.run({ overlay: { ...BASE_ENV, ...overlay }, onLog }, fn);
}

export interface FunctionConfig {
  readonly timeout?: number;
  readonly permissions?: { readonly openapi?: readonly string[] };
  readonly triggers?: ReadonlyArray<{
    readonly name: string;
    readonly type: string;
    readonly config: string;
  }>;
}

export class CloudFunctionError extends Error {
  /** The error thrown by the function itself (for -504002). */
  readonly cause?: unknown;
  constructor(
    readonly errCode: number,
    readonly errMsg: string,
    options?: { cause?: unknown },
  ) {
    super(errMsg);
    this.name = 'CloudFunctionError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

export interface RunnerOptions {
  /** Base URL of the local cloud server, e.g. http://127.0.0.1:4001 */
  readonly baseUrl: string;
  /** Directory with `<fn>/index.js` and `<fn>/config.json` (default: cloudfunctions/). */
  readonly functionsDir: string;
  /** Explicit locations of some functions' index.js (their config.json sits next to it). */
  readonly functionPaths?: Readonly<Record<string, string>>;
  readonly envId: string;
  readonly appId: string;
}

type Main = (event: unknown, context: Record<string, unknown>) => unknown;

export interface CallAs {
  readonly openid: string | null;
  readonly unionid?: string | null;
  /** getWXContext().SOURCE: `wx_client` (default) or e.g. `wx_http` for the HTTP API, `scf` for another function. */
  readonly source?: string;
}

const RESULT_LIMIT_BYTES = 1024 * 1024;
/** getWXContext().SOURCE of a call by the function's own timer trigger. */
const TIMER = 'wx_trigger';

export class Runner {
  private readonly mains = new Map<string, Main>();
  private seq = 0;
  /** Every `cloud.logger()` line the functions wrote, in order. */
  readonly logs: CloudLogEntry[] = [];

  constructor(private readonly opts: RunnerOptions) {
    installEnvProxy();
  }

  /** Absolute path of a function's index.js. */
  entry(fn: string): string {
    const p = this.opts.functionPaths?.[fn];
    return resolve(p ?? join(this.opts.functionsDir, fn, 'index.js'));
  }

  /** config.json next to the function's index.js (null when absent). */
  configPath(fn: string): string | null {
    const file = join(dirname(this.entry(fn)), 'config.json');
    return existsSync(file) ? file : null;
  }

  config(fn: string): FunctionConfig {
    const file = this.configPath(fn);
    return file ? (JSON.parse(readFileSync(file, 'utf8')) as FunctionConfig) : {};
  }

  /** Invoke as wx.cloud.callFunction from a user would (openid null: no user, e.g. from the console). */
  async call(fn: string, event: unknown, as: CallAs): Promise<unknown> {
    const payload = JSON.parse(JSON.stringify(event ?? {})) as Record<string, unknown>;
    if (as.openid) payload.userInfo = { appId: this.opts.appId, openId: as.openid };
    return this.invoke(fn, payload, as, as.source ?? 'wx_client');
  }

  /**
   * Invoke as the function's timer trigger does: `{ Type: 'Timer', TriggerName, Time }`, no OPENID, SOURCE
   * `wx_trigger`, and the server's clock reading `at` (see clock.ts).
   */
  async invokeTimer(fn: string, at: Date = new Date()): Promise<unknown> {
    const trigger = this.config(fn).triggers?.find((t) => t.type === 'timer');
    const event = {
      Type: 'Timer',
      TriggerName: trigger?.name ?? 'timer',
      Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Message: '',
    };
    return atInstant(at, () => this.invoke(fn, event, { openid: null }, TIMER));
  }

  private load(fn: string): Main {
    const cached = this.mains.get(fn);
    if (cached) return cached;
    const file = this.entry(fn);
    if (!existsSync(file)) {
      throw new CloudFunctionError(
        -501000,
        `FunctionName parameter could not be found (${fn}: no ${file}; run the build)`,
      );
    }
    // Plain require: under jest this goes through jest's module registry, so wx-server-sdk sees the same
    // `process` (and env Proxy) as this module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { main?: Main };
    if (typeof mod.main !== 'function')
      throw new CloudFunctionError(-504002, `${fn}: index.js does not export main`);
    this.mains.set(fn, mod.main);
    return mod.main;
  }

  private overlay(fn: string, as: CallAs, callId: string, source: string): Env {
    const keys = ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP'];
    return {
      TCB_CONTEXT_CNFG: JSON.stringify({
        URL: adminUrl(this.opts.baseUrl, { fn, openid: as.openid, callId }),
      }),
      TCB_ENV: this.opts.envId,
      SCF_NAMESPACE: this.opts.envId,
      SCF_FUNCTIONNAME: fn,
      WX_CONTEXT_KEYS: keys.join(','),
      WX_OPENID: as.openid ?? undefined,
      WX_APPID: as.openid || source === TIMER ? this.opts.appId : undefined,
      WX_UNIONID: as.unionid ?? undefined,
      WX_CLIENTIP: source === 'wx_client' && as.openid ? '127.0.0.1' : undefined,
      TCB_SOURCE: source,
      TRIGGER_SRC: source === TIMER ? 'timer' : undefined,
    };
  }

  private async invoke(fn: string, event: unknown, as: CallAs, source: string): Promise<unknown> {
    const timeoutS = this.config(fn).timeout ?? 3;
    const callId = `${(++this.seq).toString(36)}-${randomBytes(4).toString('hex')}`;
    const overlay = this.overlay(fn, as, callId, source);
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      request_id: callId,
      function_name: fn,
      function_version: '$LATEST',
      namespace: this.opts.envId,
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeoutS * 1000,
      environment: JSON.stringify(
        Object.fromEntries(Object.entries(overlay).filter(([, v]) => v !== undefined)),
      ),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new CloudFunctionError(-504003, `Invoking task timed out after ${timeoutS} seconds`)),
        timeoutS * 1000,
      );
    });
    const run = withEnv(
      overlay,
      async () => {
        const main = this.load(fn);
        return await main(event, context);
      },
      (entry) => this.logs.push(entry),
    );
    try {
      const result = await Promise.race([run, timeout]);
      return roundTrip(result);
    } catch (e) {
      if (e instanceof CloudFunctionError) throw e;
      throw new CloudFunctionError(-504002, `functions execute fail | errMsg: ${describe(e)}`, { cause: e });
    } finally {
      clearTimeout(timer);
      run.catch(() => undefined);
    }
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  if (e && typeof e === 'object') return JSON.stringify(e);
  return String(e);
}

/** The result travels as JSON to the caller (Dates become strings, undefined disappears). */
function roundTrip(result: unknown): unknown {
  if (result === undefined) return null;
  const text = JSON.stringify(result);
  if (text === undefined) return null;
  if (Buffer.byteLength(text) > RESULT_LIMIT_BYTES) {
    throw new CloudFunctionError(-604001, 'cloudfunction result size exceed limit (1MB)');
  }
  return JSON.parse(text) as unknown;
}
