/**
 * Start the local cloud for the browser preview / manual testing:
 *
 *   npx tsx tools/cloud/cli.ts [--port 4100] [--memory] [--data .data/cloud/db.json] [--collection appeals ...]
 *
 * Persists to .data/cloud/db.json (git-ignored) unless --memory. Ctrl-C flushes and exits.
 */
import { APP_COLLECTIONS } from './app-database';
import { resolve } from 'node:path';
import { DEFAULT_DATA_FILE, startLocalCloud } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    const v = process.argv[i + 1];
    if (a === `--${name}` && v) out.push(v);
  });
  return out;
}

async function main(): Promise<void> {
  const port = Number(arg('port') ?? process.env.LOCAL_CLOUD_PORT ?? 4100);
  const memory = process.argv.includes('--memory');
  const dataFile = memory ? null : resolve(arg('data') ?? DEFAULT_DATA_FILE);
  const collections = Object.fromEntries(args('collection').map((c) => [c, {}]));
  const cloud = await startLocalCloud({
    port,
    dataFile,
    collections: { ...APP_COLLECTIONS, ...collections },
  });
  console.log(`local cloud listening on ${cloud.url} (${dataFile ?? 'in memory'})`);
  console.log(
    `  POST ${cloud.url}/call/<fn>  (x-openid header)   GET ${cloud.url}/outbox   GET ${cloud.url}/health`,
  );
  const shutdown = async (): Promise<void> => {
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
