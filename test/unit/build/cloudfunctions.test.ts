/** Cloud function bundling on a throwaway functions folder (never the real cloudfunctions/). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCloudFunctions, cloudFunctionNames } from '../../../tools/build/cloudfunctions';
import { BuildError } from '../../../tools/build/miniprogram';

let root: string;

function fn(name: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, name, rel), text);
  }
}
const manifest = (sdk: string) => JSON.stringify({ name: 'echo', dependencies: { 'wx-server-sdk': sdk } });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudfns-'));
  fn('shared', { 'greet.ts': 'export const greet = (who: string): string => `hello ${who}`;\n' });
  fn('echo', {
    'src/index.ts': [
      "import * as cloud from 'wx-server-sdk';",
      "import { greet } from '../../shared/greet';",
      'export async function main(event: { who: string }): Promise<unknown> {',
      '  return { text: greet(event.who), env: cloud.DYNAMIC_CURRENT_ENV };',
      '}',
      '',
    ].join('\n'),
    'package.json': manifest('4.0.2'),
    'config.json': '{ "timeout": 5 }',
  });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test('bundles each function to index.js: shared code inlined, wx-server-sdk left to require', async () => {
  expect(cloudFunctionNames(root)).toEqual(['echo']);
  const [built] = await buildCloudFunctions({ root, log: () => undefined });
  const code = fs.readFileSync(path.join(root, 'echo', 'index.js'), 'utf8');
  expect(built?.name).toBe('echo');
  expect(code).toContain('require("wx-server-sdk")');
  expect(code).toContain('hello ${who}');
  expect(code).not.toContain('../../shared/greet');
  // The bundle is CommonJS exporting main (wx-server-sdk stubbed: it is not installed in the temp folder).
  const mod = { exports: {} as { main?: (e: { who: string }) => Promise<{ text: string }> } };
  const fakeRequire = (id: string) => {
    if (id === 'wx-server-sdk') return { DYNAMIC_CURRENT_ENV: 'env' };
    throw new Error(`unexpected require("${id}")`);
  };
  new Function('module', 'exports', 'require', code)(mod, mod.exports, fakeRequire);
  await expect(mod.exports.main?.({ who: 'ci' })).resolves.toEqual({ text: 'hello ci', env: 'env' });
});

test.each([['^4.0.2'], ['4.0.1'], ['latest']])(
  'refuses wx-server-sdk "%s" (must be exactly 4.0.2)',
  async (sdk) => {
    fn('echo', { 'package.json': manifest(sdk) });
    await expect(buildCloudFunctions({ root, log: () => undefined })).rejects.toThrow(
      /cloudfunctions\/echo\/package\.json: dependencies\["wx-server-sdk"\] must be exactly "4\.0\.2"/,
    );
  },
);

test('refuses a missing or unparsable config.json', async () => {
  fs.rmSync(path.join(root, 'echo', 'config.json'));
  await expect(buildCloudFunctions({ root, log: () => undefined })).rejects.toThrow(
    /echo\/config\.json: missing/,
  );
  fn('echo', { 'config.json': '{ timeout: 5 ' });
  await expect(buildCloudFunctions({ root, log: () => undefined })).rejects.toBeInstanceOf(BuildError);
});
