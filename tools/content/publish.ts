/**
 * Publish a content pack (run by a person, never by CI): check content/pack.json against the bundled catalog
 * with the same rules the phones apply, then build and upload only the `content` cloud function, which serves
 * the pack to every phone holding an older one. No new release, no review.
 *
 *   npm run content:publish -- --dry-run                    # check and describe; uploads nothing, needs no key
 *   MP_APPID=wx… MP_PRIVATE_KEY_PATH=~/keys/….key npm run content:publish
 *
 * Credentials as for `npm run release` (tools/release.ts). Raise `version` for every pack you publish.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deployConfig } from '../../miniprogram/config/deploy';
import { shanghaiDate } from '../../miniprogram/domain/appeal/deadline';
import { validatePack, type ContentPack } from '../../miniprogram/domain/content/pack';
import { catalogTables } from '../../miniprogram/domain/content/tables';
import { buildCloudFunctions } from '../build/cloudfunctions';
import { isMain, nodeRequire, repoRoot, withTempDir } from '../build/paths';
import { ReleaseRefused, releaseCredentials, stageFunction } from '../release';

export const PACK_FILE = path.join(repoRoot, 'content', 'pack.json');

export interface PublishOptions {
  readonly dryRun: boolean;
  /** The pack to check (default content/pack.json; only that one can be uploaded: it is bundled in). */
  readonly packFile?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
}

/** What a pack corrects, one line per record: `contacts.wechat-pay-95017: note, fact.verifiedOn`. */
export function describePack(pack: ContentPack): string[] {
  const leaves = (patch: unknown, at: string): string[] =>
    patch && typeof patch === 'object' && !Array.isArray(patch)
      ? Object.entries(patch).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k))
      : [at];
  return Object.entries(pack.overrides).flatMap(([table, records]) =>
    Object.entries(records).map(([id, patch]) => `${table}.${id}: ${leaves(patch, '').join(', ')}`),
  );
}

/** The pack in the file if it passes the catalog's rules; otherwise null, with the reasons logged. */
function checkedPack(packFile: string, log: (line: string) => void): ContentPack | null {
  let pack: unknown;
  try {
    pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
  } catch (e) {
    log(`content pack ${packFile}: ${(e as Error).message}`);
    return null;
  }
  const problems = validatePack(pack, catalogTables(), shanghaiDate(new Date()));
  if (problems.length) {
    log(`content pack ${packFile} refused:`);
    for (const p of problems) log(`  ${p}`);
    return null;
  }
  return pack as ContentPack;
}

/** Build and upload the `content` function (which bundles content/pack.json). */
async function upload(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const creds = releaseCredentials(env);
  await buildCloudFunctions({ log });
  await withTempDir('content-publish-', async (tmp) => {
    const keyPath = 'path' in creds.key ? creds.key.path : path.join(tmp, 'upload.private.key');
    if ('contents' in creds.key) fs.writeFileSync(keyPath, `${creds.key.contents}\n`, { mode: 0o600 });
    const ci = nodeRequire('miniprogram-ci') as typeof import('miniprogram-ci');
    const project = new ci.Project({
      appid: creds.appid,
      type: 'miniProgram',
      projectPath: path.join(repoRoot, 'miniprogram'),
      privateKeyPath: keyPath,
      ignores: ['node_modules/**/*'],
    });
    await ci.cloud.uploadFunction({
      project,
      env: deployConfig.cloudEnv,
      name: 'content',
      path: stageFunction('content', path.join(tmp, 'functions')),
      remoteNpmInstall: true,
    });
  });
}

/** Returns the exit code. */
export async function publish(opts: PublishOptions): Promise<number> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const packFile = opts.packFile ?? PACK_FILE;
  const pack = checkedPack(packFile, log);
  if (!pack) return 1;
  log(`content pack version ${pack.version} (${pack.publishedAt}) passes the catalog's content rules:`);
  for (const line of describePack(pack)) log(`  ${line}`);
  if (opts.dryRun) {
    log('dry run: nothing uploaded');
    return 0;
  }
  if (path.resolve(packFile) !== PACK_FILE) {
    log(
      `only ${path.relative(repoRoot, PACK_FILE)} can be published (it is bundled into the content function)`,
    );
    return 1;
  }
  if (pack.version < 1) {
    log('version 0 is the bundled catalog: raise `version` to publish corrections');
    return 1;
  }
  try {
    await upload(opts.env ?? process.env, log);
    log(`published content pack ${pack.version} to ${deployConfig.cloudEnv} (function content)`);
    return 0;
  } catch (e) {
    log(e instanceof ReleaseRefused ? e.message : `publish failed: ${(e as Error).message}`);
    return 1;
  }
}

if (isMain(__filename)) {
  publish({ dryRun: process.argv.includes('--dry-run') }).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
