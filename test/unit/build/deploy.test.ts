/**
 * `npm run deploy -- --dry-run` prints everything the deploy would apply, read from the declarations
 * (cloudfunctions/database.json, each function's config.json); a real deploy refuses while placeholders remain,
 * in CI, or without an API key pair.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deployConfig } from '../../../miniprogram/config/deploy';
import { deploy, deployPlan, deployRefusal, describePlan, FUNCTION_RUNTIME } from '../../../tools/deploy';

const root = path.join(__dirname, '..', '..', '..');
const readJson = (rel: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as Record<string, unknown>;

interface Declared {
  collections: Record<
    string,
    {
      indexes: Array<{ name: string; fields: Array<{ field: string; direction: number }>; unique?: boolean }>;
      rules: unknown;
    }
  >;
}

async function dryRun(): Promise<string> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    await expect(deploy(['--dry-run'], {})).resolves.toBe(0);
  } finally {
    log.mockRestore();
  }
  return lines.join('\n');
}

const FILLED = {
  cloudEnv: 'appeal-guide-4g8x2k',
  templates: {
    progressUpdate: { ...deployConfig.templates.progressUpdate, id: 'aBcD-progress' },
    deadlineReminder: { ...deployConfig.templates.deadlineReminder, id: 'aBcD-deadline' },
  },
};

test('the dry run covers every collection, index, rule, function, timeout, memory and trigger', async () => {
  const out = await dryRun();
  const declared = readJson('cloudfunctions/database.json') as unknown as Declared;
  const names = Object.keys(declared.collections);
  expect(names.length).toBeGreaterThan(0);
  for (const [name, c] of Object.entries(declared.collections)) {
    expect(out).toContain(`collection ${name}: create if missing; security rules ${JSON.stringify(c.rules)}`);
    for (const index of c.indexes) {
      const keys = index.fields.map((f) => `${f.field} ${f.direction}`).join(', ');
      expect(out).toContain(`index ${name}.${index.name} (${keys})${index.unique ? ' unique' : ''}\n`);
    }
  }
  const functions = fs
    .readdirSync(path.join(root, 'cloudfunctions'))
    .filter((d) => fs.existsSync(path.join(root, 'cloudfunctions', d, 'config.json')));
  expect(functions).toEqual(['appeal', 'content', 'remind', 'stats']);
  for (const name of functions) {
    const config = readJson(`cloudfunctions/${name}/config.json`) as {
      timeout: number;
      memorySize: number;
      triggers?: Array<{ name: string; type: string; config: string }>;
    };
    expect(out).toContain(
      `function ${name}: timeout ${config.timeout} s, memory ${config.memorySize} MB, runtime ${FUNCTION_RUNTIME.runtime}`,
    );
    for (const t of config.triggers ?? [])
      expect(out).toContain(`trigger ${name}.${t.name} timer "${t.config}"`);
  }
  // The timers the product relies on are declared: reminders on the hour, statistics at half past.
  expect(out).toContain('trigger remind.remind timer "0 0 * * * * *"');
  expect(out).toContain('trigger stats.stats timer "0 30 * * * * *"');
});

test('the dry run names the placeholders a real deploy refuses on; a real deploy refuses on them', async () => {
  expect(await dryRun()).toContain(`refuses to deploy: miniprogram/config/deploy.ts cloudEnv is still`);
  const keys = { TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' };
  expect(deployRefusal(deployPlan(), keys)).toMatch(/not filled in:[\s\S]*cloudEnv is still "replace-me/);
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await expect(deploy([], keys)).resolves.toBe(1);
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/^deploy refused: deploy configuration not filled/),
    );
  } finally {
    error.mockRestore();
  }
});

test('filled in: refused in CI and without a key pair, allowed with one', () => {
  const plan = deployPlan(undefined, FILLED);
  expect(plan.placeholders).toEqual([]);
  expect(describePlan(plan).join('\n')).not.toContain('refuses');
  expect(
    deployRefusal(plan, { CI: 'true', TENCENTCLOUD_SECRETID: 'i', TENCENTCLOUD_SECRETKEY: 'k' }),
  ).toMatch(/never in CI/);
  expect(deployRefusal(plan, {})).toMatch(/TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY/);
  expect(deployRefusal(plan, { TENCENTCLOUD_SECRETID: 'i', TENCENTCLOUD_SECRETKEY: 'k' })).toBeNull();
});
