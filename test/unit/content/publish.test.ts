/**
 * `npm run content:publish`: the dry run checks a pack with the catalog's rules and uploads nothing; a real run
 * refuses without credentials, and only ever uploads content/pack.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PACK_FILE, publish } from '../../../tools/content/publish';

function packFile(content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
  const file = path.join(dir, 'pack.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

async function run(opts: Parameters<typeof publish>[0]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await publish({ ...opts, log: (l) => lines.push(l) });
  return { code, out: lines.join('\n') };
}

const GOOD = {
  version: 1,
  publishedAt: '2026-12-01',
  overrides: { contacts: { '95017': { note: '打不通时，稍后再拨。' } } },
};

it('the dry run checks the pack and describes it, uploading nothing', async () => {
  const { code, out } = await run({ dryRun: true, packFile: packFile(GOOD), env: {} });
  expect(code).toBe(0);
  expect(out).toContain('contacts.95017: note');
  expect(out).toContain('dry run: nothing uploaded');
});

it('the dry run refuses a pack that adds an id, naming the problem', async () => {
  const bad = { ...GOOD, overrides: { contacts: { '95018': { note: 'x' } } } };
  const { code, out } = await run({ dryRun: true, packFile: packFile(bad), env: {} });
  expect(code).toBe(1);
  expect(out).toContain('contacts.95018: no such id');
});

it('the committed pack passes', async () => {
  expect((await run({ dryRun: true, env: {} })).code).toBe(0);
});

it('a real run uploads only content/pack.json, and never without credentials', async () => {
  expect((await run({ dryRun: false, packFile: packFile(GOOD), env: {} })).out).toContain(
    'only content/pack.json',
  );
  const committed = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8')) as { version: number };
  const { code, out } = await run({ dryRun: false, env: {} });
  expect(code).toBe(1);
  expect(out).toMatch(committed.version < 1 ? /raise `version`/ : /MP_APPID/);
});
