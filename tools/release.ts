/**
 * Release (run by a person, never by CI): build, upload every cloud function to the environment of
 * miniprogram/config/deploy.ts, then upload the mini program as a development version.
 *
 *   MP_APPID=wx0123456789abcdef MP_PRIVATE_KEY_PATH=~/keys/private.wx….key npm run release
 *   MP_APPID=… MP_PRIVATE_KEY="$(cat key)" npm run release          # contents instead of a path
 *
 * The upload key comes from 小程序管理后台 → 开发管理 → 开发设置 → 小程序代码上传 (whitelist this machine's IP).
 * Key contents are written only to a temp file (mode 600) that is deleted afterwards, never into the repo.
 * Optional: MP_ROBOT (1-30, default 1), MP_DESC (version description; default: the last git commit).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deployConfig } from '../miniprogram/config/deploy';
import { buildCloudFunctions } from './build/cloudfunctions';
import { buildMiniprogram } from './build/miniprogram';
import { nodeRequire, repoRoot, withTempDir } from './build/paths';

export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

export interface ReleaseCredentials {
  appid: string;
  /** Either the key contents or a path to the key file. */
  key: { contents: string } | { path: string };
}

const USAGE =
  'release needs MP_APPID (wx + 16 hex) and the code-upload private key in MP_PRIVATE_KEY (contents) ' +
  'or MP_PRIVATE_KEY_PATH (file); see tools/release.ts';

/** Read and check the release credentials from the environment; throws ReleaseRefused with what is missing. */
export function releaseCredentials(env: NodeJS.ProcessEnv): ReleaseCredentials {
  const appid = env.MP_APPID?.trim() ?? '';
  if (!/^wx[0-9a-f]{16}$/.test(appid)) {
    throw new ReleaseRefused(
      `${appid ? `MP_APPID "${appid}" is not an appid` : 'MP_APPID is not set'}: ${USAGE}`,
    );
  }
  const contents = env.MP_PRIVATE_KEY?.trim();
  const keyPath = env.MP_PRIVATE_KEY_PATH?.trim();
  if (contents) {
    if (!contents.includes('PRIVATE KEY'))
      throw new ReleaseRefused(`MP_PRIVATE_KEY is not a PEM private key: ${USAGE}`);
    return { appid, key: { contents } };
  }
  if (keyPath) {
    if (!fs.existsSync(keyPath))
      throw new ReleaseRefused(`MP_PRIVATE_KEY_PATH ${keyPath} does not exist: ${USAGE}`);
    return { appid, key: { path: path.resolve(keyPath) } };
  }
  throw new ReleaseRefused(`no private key (MP_PRIVATE_KEY or MP_PRIVATE_KEY_PATH): ${USAGE}`);
}

const PLACEHOLDER = /replace[_-]me/i;

/** Placeholders in the deploy configuration that must be replaced before a release or a deploy. */
export function deployPlaceholders(
  config: {
    readonly cloudEnv: string;
    readonly templates: Readonly<Record<string, { readonly id: string }>>;
  } = deployConfig,
): string[] {
  const env = PLACEHOLDER.test(config.cloudEnv)
    ? [`miniprogram/config/deploy.ts cloudEnv is still "${config.cloudEnv}"`]
    : [];
  return env.concat(
    Object.entries(config.templates)
      .filter(([, t]) => PLACEHOLDER.test(t.id))
      .map(([name, t]) => `miniprogram/config/deploy.ts templates.${name}.id is still "${t.id}"`),
  );
}

function versionInfo(env: NodeJS.ProcessEnv): { version: string; desc: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return { version: pkg.version, desc: env.MP_DESC ?? `${pkg.version} (${commit})` };
}

/** Copy the deployable files of one function (bundle + manifests; no src/, no node_modules). */
export function stageFunction(name: string, into: string): string {
  const dir = path.join(into, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ['index.js', 'package.json', 'config.json']) {
    fs.copyFileSync(path.join(repoRoot, 'cloudfunctions', name, file), path.join(dir, file));
  }
  return dir;
}

export async function release(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let creds: ReleaseCredentials;
  try {
    creds = releaseCredentials(env);
    const placeholders = deployPlaceholders();
    if (placeholders.length > 0)
      throw new ReleaseRefused(`deploy configuration not filled in:\n  ${placeholders.join('\n  ')}`);
  } catch (err) {
    console.error(`release refused: ${(err as Error).message}`);
    return 1;
  }
  const report = await buildMiniprogram();
  const functions = await buildCloudFunctions();
  const { version, desc } = versionInfo(env);
  await withTempDir('mp-release-', async (tmp) => {
    let privateKeyPath: string;
    if ('contents' in creds.key) {
      privateKeyPath = path.join(tmp, 'upload.private.key');
      fs.writeFileSync(privateKeyPath, `${creds.key.contents}\n`, { mode: 0o600 });
    } else {
      privateKeyPath = creds.key.path;
    }
    const ci = nodeRequire('miniprogram-ci') as typeof import('miniprogram-ci');
    const project = new ci.Project({
      appid: creds.appid,
      type: 'miniProgram',
      projectPath: report.outDir,
      privateKeyPath,
      ignores: ['node_modules/**/*'],
    });
    for (const fn of functions) {
      const res = await ci.cloud.uploadFunction({
        project,
        env: deployConfig.cloudEnv,
        name: fn.name,
        path: stageFunction(fn.name, path.join(tmp, 'functions')),
        remoteNpmInstall: true,
      });
      console.log(
        `cloud function ${fn.name} → ${deployConfig.cloudEnv}: ${res.filesCount} files, ${res.packSize} bytes`,
      );
    }
    const robot = Number(env.MP_ROBOT ?? 1);
    const res = await ci.upload({ project, version, desc, robot, setting: { useProjectConfig: true } });
    console.log(
      `uploaded ${creds.appid} ${version} "${desc}" (robot ${robot}): ${JSON.stringify(res.subPackageInfo ?? [])}`,
    );
  });
  console.log('Now submit the development version for review in 小程序管理后台 → 版本管理.');
  return 0;
}
