/**
 * Browser preview of the REAL mini program pages (dev only).
 *
 *   const preview = await startPreview({ root: 'dist/compiled', cloudUrl: cloud.url });
 *   // open preview.url in a browser; await preview.close();
 *
 * The server compiles WXML/WXS with WeChat's wcc, prepares WXSS, bundles the browser engine
 * (miniprogram-simulate + j-component + exparser, see runtime/) with esbuild on start, and proxies
 * `/cloud/*` to the local cloud so the page needs no CORS. See README.md for what differs from WeChat.
 */
import fs from 'fs';
import http from 'http';
import { createRequire } from 'module';
import path from 'path';
import type { AddressInfo } from 'net';
import * as esbuild from 'esbuild';
import { buildBundle } from './compile';
import { deployConfig } from '../../miniprogram/config/deploy';
import { OPENID_PATTERN, testOpenid } from '../cloud';

export interface PreviewOptions {
  /** The compiled mini program (what an upload sends; `npm run build` writes it to dist/compiled). */
  readonly root: string;
  /** Base URL of the local cloud (tools/cloud), e.g. http://127.0.0.1:4100. */
  readonly cloudUrl: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Test users to switch between; a name that is not an openid is mapped with testOpenid(name). */
  readonly users?: readonly string[];
}

export interface Preview {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_USERS = ['alice', 'bob'] as const;

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The same openid the local cloud and the tests use for a named test user. */
export function previewOpenid(user: string): string {
  return OPENID_PATTERN.test(user) ? user : testOpenid(user);
}

const STUBBED = /^(fs|less|postcss|csso|miniprogram-compiler)$/;

let runtimeBundle: Promise<string> | null = null;

/** Bundle the browser runtime (about 1.5 MB with its source map, dev only); once per process. */
export function bundleRuntime(): Promise<string> {
  runtimeBundle ??= buildRuntime().catch((e: unknown) => {
    runtimeBundle = null;
    throw e;
  });
  return runtimeBundle;
}

async function buildRuntime(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'runtime', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    sourcemap: 'inline',
    logLevel: 'silent',
    define: { global: 'window' },
    alias: { path: 'path-browserify' },
    loader: { '.css': 'text' },
    plugins: [
      {
        name: 'node-only-stubs',
        setup(build) {
          build.onResolve({ filter: STUBBED }, (args) => ({ path: args.path, namespace: 'pv-stub' }));
          build.onLoad({ filter: /.*/, namespace: 'pv-stub' }, () => ({
            contents: 'module.exports = {};',
            loader: 'js',
          }));
        },
      },
    ],
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output for the preview runtime');
  return out.text;
}

/** @font-face for Vant's icon font from the woff2 data URI shipped in @vant/icons (its CDN is unreachable). */
function vantIconCss(): string {
  const file = createRequire(__filename).resolve('@vant/icons/src/encode-woff2.less');
  const less = fs.readFileSync(file, 'utf8');
  const uri = /url\(\s*['"]?(data:font\/woff2[^'")]+)['"]?\s*\)/.exec(less)?.[1];
  if (!uri) return '';
  return `@font-face{font-family:'vant-icon';font-style:normal;font-weight:normal;font-display:block;src:url('${uri}') format('woff2');}`;
}

function sdkVersion(): string {
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'project.config.json'), 'utf8')) as {
      libVersion?: string;
    };
    return cfg.libVersion ?? '3.6.0';
  } catch {
    return '3.6.0';
  }
}

const HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>申诉向导 · 浏览器预览</title>
<link rel="stylesheet" href="/vant-icon.css">
</head>
<body>
<script src="/runtime.js"></script>
</body>
</html>
`;

const MIME: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Forward /cloud/<rest> to the local cloud (no connection pooling, so nothing lingers after close). */
async function proxy(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  cloudUrl: string,
  rest: string,
): Promise<void> {
  const body = req.method === 'GET' ? undefined : await readBody(req);
  const target = new URL(rest, cloudUrl.endsWith('/') ? cloudUrl : `${cloudUrl}/`);
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json' };
  const openid = req.headers['x-openid'];
  if (typeof openid === 'string') headers['x-openid'] = openid;
  if (body) headers['content-length'] = body.length;
  await new Promise<void>((resolve) => {
    const up = http.request(target, { method: req.method, headers, agent: false }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, {
        'content-type': upRes.headers['content-type'] ?? 'application/json',
      });
      upRes.pipe(res);
      upRes.on('end', resolve);
    });
    up.on('error', (e) => {
      send(
        res,
        502,
        'application/json',
        JSON.stringify({ errCode: -1, errMsg: `local cloud unreachable at ${cloudUrl}: ${e.message}` }),
      );
      resolve();
    });
    up.end(body);
  });
}

function serveAsset(res: http.ServerResponse, root: string, rel: string): void {
  const file = path.resolve(root, `.${decodeURIComponent(rel)}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'text/plain', 'not found');
    return;
  }
  send(res, 200, MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', fs.readFileSync(file));
}

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const root = path.resolve(opts.root);
  buildBundle(root); // fail fast (with a clear message) on a missing or broken build
  const runtime = await bundleRuntime();
  const iconCss = vantIconCss();
  const users = (opts.users?.length ? opts.users : DEFAULT_USERS).map((name) => ({
    name,
    openid: previewOpenid(name),
  }));
  const templates = Object.fromEntries(Object.values(deployConfig.templates).map((t) => [t.id, t.title]));
  const boot = () => JSON.stringify({ ...buildBundle(root), templates, users, sdkVersion: sdkVersion() });

  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
    '/': (_req, res) => send(res, 200, 'text/html; charset=utf-8', HTML),
    '/runtime.js': (_req, res) => send(res, 200, 'text/javascript; charset=utf-8', runtime),
    '/vant-icon.css': (_req, res) => send(res, 200, 'text/css; charset=utf-8', iconCss),
    '/bundle.json': (_req, res) => send(res, 200, 'application/json; charset=utf-8', boot()),
    '/favicon.ico': (_req, res) => send(res, 204, 'image/x-icon', ''),
  };

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://preview').pathname;
    try {
      const handler = routes[pathname];
      if (handler) handler(req, res);
      else if (pathname.startsWith('/cloud/'))
        void proxy(req, res, opts.cloudUrl, pathname.slice('/cloud/'.length));
      else if (pathname.startsWith('/mp/')) serveAsset(res, root, pathname.slice(3));
      else send(res, 404, 'text/plain', 'not found');
    } catch (e) {
      send(res, 500, 'text/plain; charset=utf-8', e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
