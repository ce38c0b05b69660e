/**
 * Deploy (run by a person, never by CI): set up the CloudBase environment of miniprogram/config/deploy.ts
 * from the declarations in the repository, with @cloudbase/manager-node.
 *
 *   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npm run deploy
 *   npm run deploy -- --dry-run        # the full plan, offline, no credentials (CI runs this)
 *
 * What it applies, and where each part is declared (nothing is declared twice):
 * - collections, their indexes and security rules: cloudfunctions/database.json;
 * - each function's timeout, memory, timer triggers and openapi permissions: cloudfunctions/<fn>/config.json;
 * - runtime and online dependency install (the same for every function): FUNCTION_RUNTIME below.
 * Existing collections and indexes are kept; missing ones are created; rules and functions are overwritten.
 * The API key pair comes from 腾讯云控制台 → 访问管理 → API 密钥 and is only read from the environment.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deployConfig } from '../miniprogram/config/deploy';
import { DATABASE_CONFIG, type DatabaseConfig } from './cloud/app-database';
import { buildCloudFunctions, cloudFunctionNames } from './build/cloudfunctions';
import { repoRoot, withTempDir } from './build/paths';
import { deployPlaceholders, stageFunction } from './release';

/** Shared by every function: Node.js runtime, and wx-server-sdk installed online from its package.json. */
export const FUNCTION_RUNTIME = { runtime: 'Nodejs16.13', installDependency: true } as const;

export interface FunctionTrigger {
  readonly name: string;
  readonly type: 'timer';
  /** Seven-field cron: second minute hour day month weekday year. */
  readonly config: string;
}

/** cloudfunctions/<fn>/config.json, as WeChat DevTools and this script read it. */
export interface FunctionConfig {
  readonly timeout: number;
  readonly memorySize: number;
  readonly triggers?: readonly FunctionTrigger[];
  readonly permissions?: { readonly openapi?: readonly string[] };
}

export interface FunctionPlan extends FunctionConfig {
  readonly name: string;
  readonly runtime: string;
  readonly installDependency: boolean;
}

export interface DeployPlan {
  readonly envId: string;
  readonly collections: DatabaseConfig['collections'];
  readonly functions: readonly FunctionPlan[];
  /** Why a real deploy would refuse (empty when it may go ahead). */
  readonly placeholders: readonly string[];
}

export class DeployRefused extends Error {
  override name = 'DeployRefused';
}

export function functionConfig(name: string, root = path.join(repoRoot, 'cloudfunctions')): FunctionConfig {
  const file = path.join(root, name, 'config.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<FunctionConfig>;
  if (typeof config.timeout !== 'number' || typeof config.memorySize !== 'number')
    throw new DeployRefused(`${path.relative(repoRoot, file)} needs a timeout (s) and a memorySize (MB)`);
  for (const t of config.triggers ?? []) {
    if (t.type !== 'timer' || t.config.trim().split(/\s+/).length !== 7)
      throw new DeployRefused(
        `${path.relative(repoRoot, file)} trigger ${t.name}: a timer with a 7-field cron`,
      );
  }
  return config as FunctionConfig;
}

export function deployPlan(
  database: DatabaseConfig = DATABASE_CONFIG,
  config: Parameters<typeof deployPlaceholders>[0] = deployConfig,
): DeployPlan {
  return {
    envId: config.cloudEnv,
    collections: database.collections,
    functions: cloudFunctionNames().map((name) => ({ name, ...FUNCTION_RUNTIME, ...functionConfig(name) })),
    placeholders: deployPlaceholders(config),
  };
}

/** The plan as the lines `--dry-run` prints. */
export function describePlan(plan: DeployPlan): string[] {
  const lines = [`environment ${plan.envId}`];
  for (const [name, c] of Object.entries(plan.collections)) {
    lines.push(`collection ${name}: create if missing; security rules ${JSON.stringify(c.rules)}`);
    for (const index of c.indexes) {
      const keys = index.fields.map((f) => `${f.field} ${f.direction}`).join(', ');
      lines.push(`  index ${name}.${index.name} (${keys})${index.unique ? ' unique' : ''}`);
    }
  }
  for (const fn of plan.functions) {
    const openapi = fn.permissions?.openapi?.length ? `, openapi ${fn.permissions.openapi.join(' ')}` : '';
    lines.push(
      `function ${fn.name}: timeout ${fn.timeout} s, memory ${fn.memorySize} MB, runtime ${fn.runtime}, ` +
        `${fn.installDependency ? 'dependencies installed online' : 'no dependency install'}${openapi}`,
    );
    for (const t of fn.triggers ?? []) lines.push(`  trigger ${fn.name}.${t.name} ${t.type} "${t.config}"`);
  }
  for (const p of plan.placeholders) lines.push(`refuses to deploy: ${p}`);
  return lines;
}

/** Why a real deploy may not start: CI, placeholders, or no API key pair. */
export function deployRefusal(plan: DeployPlan, env: NodeJS.ProcessEnv): string | null {
  if (env.CI && env.CI !== 'false') return 'never in CI (CI is set); run `npm run deploy -- --dry-run` there';
  if (plan.placeholders.length > 0)
    return `deploy configuration not filled in:\n  ${plan.placeholders.join('\n  ')}`;
  if (!env.TENCENTCLOUD_SECRETID?.trim() || !env.TENCENTCLOUD_SECRETKEY?.trim())
    return 'needs TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (腾讯云控制台 → 访问管理 → API 密钥)';
  return null;
}

type Manager = InstanceType<typeof import('@cloudbase/manager-node')>;

async function applyDatabase(manager: Manager, plan: DeployPlan): Promise<void> {
  for (const [name, c] of Object.entries(plan.collections)) {
    await manager.database.createCollectionIfNotExists(name);
    const existing = new Set(
      ((await manager.database.describeCollection(name)).Indexes ?? []).map((i) => i.Name),
    );
    const missing = c.indexes.filter((i) => !existing.has(i.name));
    if (missing.length > 0) {
      await manager.database.updateCollection(name, {
        CreateIndexes: missing.map((i) => ({
          IndexName: i.name,
          MgoKeySchema: {
            MgoIsUnique: i.unique === true,
            MgoIndexKeys: i.fields.map((f) => ({ Name: f.field, Direction: String(f.direction) })),
          },
        })),
      });
    }
    await manager.permission.modifyResourcePermission({
      resourceType: 'collection',
      resource: name,
      permission: 'CUSTOM',
      securityRule: JSON.stringify(c.rules),
    });
    console.log(`collection ${name}: ready, ${missing.length} index(es) created, rules set`);
  }
}

async function applyFunctions(manager: Manager, plan: DeployPlan): Promise<void> {
  await buildCloudFunctions();
  await withTempDir('cloudbase-deploy-', async (tmp) => {
    for (const fn of plan.functions) {
      await manager.functions.createFunction({
        func: {
          name: fn.name,
          timeout: fn.timeout,
          memorySize: fn.memorySize,
          runtime: fn.runtime,
          installDependency: fn.installDependency,
          handler: 'index.main',
          triggers: (fn.triggers ?? []).map((t) => ({ ...t })),
        },
        functionPath: stageFunction(fn.name, tmp),
        force: true,
      });
      console.log(`function ${fn.name}: deployed with ${(fn.triggers ?? []).length} trigger(s)`);
    }
  });
}

export async function deploy(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let plan: DeployPlan;
  try {
    plan = deployPlan();
  } catch (err) {
    console.error(`deploy refused: ${(err as Error).message}`);
    return 1;
  }
  if (args.includes('--dry-run')) {
    for (const line of describePlan(plan)) console.log(line);
    return 0;
  }
  const refusal = deployRefusal(plan, env);
  if (refusal) {
    console.error(`deploy refused: ${refusal}`);
    return 1;
  }
  const { default: CloudBase } = await import('@cloudbase/manager-node');
  const manager = new CloudBase({
    secretId: env.TENCENTCLOUD_SECRETID,
    secretKey: env.TENCENTCLOUD_SECRETKEY,
    envId: plan.envId,
  });
  await applyDatabase(manager, plan);
  await applyFunctions(manager, plan);
  console.log(`deployed to ${plan.envId}`);
  return 0;
}
