/**
 * Browser preview for manual use (the local cloud must be running, e.g. `npx tsx tools/cloud/cli.ts`):
 *
 *   npx tsx tools/preview/cli.ts --root dist/compiled --cloud http://127.0.0.1:4100 [--port 4200] [--users alice,bob]
 *
 * Open the printed URL. Rebuild the mini program and reload the page to see changes.
 */
import { startPreview } from './index';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const root = arg('root') ?? 'dist/compiled';
  const cloudUrl = arg('cloud') ?? process.env.LOCAL_CLOUD_URL ?? 'http://127.0.0.1:4100';
  const port = Number(arg('port') ?? process.env.PREVIEW_PORT ?? 4200);
  const users = arg('users')
    ?.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const preview = await startPreview({ root, cloudUrl, port, users });
  console.log(`preview of ${root} at ${preview.url}  (cloud: ${cloudUrl})`);
  const stop = async (): Promise<void> => {
    await preview.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
