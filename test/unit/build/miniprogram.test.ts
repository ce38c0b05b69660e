/**
 * The mini program build's offline validation, on temporary copies of a small fixture mini program
 * (test/unit/build/fixtures/mini: two pages, a subpackage, an own component, a WXS module, a fake npm component).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BuildError, buildMiniprogram, transpile, type BuildOptions } from '../../../tools/build/miniprogram';
import { compileForUpload, sizeOf } from '../../../tools/build/compiled-result';
import { qualityProblems } from '../../../tools/build/quality';
import { validateCompiled } from '../../../tools/build/validate';

const FIXTURE = path.join(__dirname, 'fixtures', 'mini');
/** A build that compiles as an upload does (miniprogram-ci) takes a minute or more on a busy machine. */
const COMPILE_MS = 180_000;
let tmp: string;
let src: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
  src = path.join(tmp, 'src');
  fs.cpSync(FIXTURE, src, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (rel: string, text: string): void => fs.writeFileSync(path.join(src, rel), text);
const editJson = (rel: string, edit: (json: Record<string, unknown>) => void): void => {
  const json = JSON.parse(fs.readFileSync(path.join(src, rel), 'utf8')) as Record<string, unknown>;
  edit(json);
  write(rel, JSON.stringify(json));
};
const build = (opts: BuildOptions = {}) =>
  buildMiniprogram({
    srcDir: src,
    outDir: path.join(tmp, 'out'),
    compile: false,
    log: () => undefined,
    ...opts,
  });

/** The problems of the BuildError the build fails with. */
async function problems(): Promise<string[]> {
  const err = await build().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BuildError);
  return [...(err as BuildError).problems];
}

test('the fixture builds: TS → CommonJS beside the copied files, everything checked', async () => {
  const report = await build();
  const out = path.join(tmp, 'out');
  expect(report.checked).toEqual({ wxml: 3, wxs: 1, pages: 2, components: 2, requires: 1 });
  const page = fs.readFileSync(path.join(out, 'pages/index/index.js'), 'utf8');
  expect(page).toContain('require("../../utils/format")');
  expect(page).not.toMatch(/^import /m);
  for (const f of [
    'app.json',
    'pages/index/index.wxml',
    'pages/index/fmt.wxs',
    'miniprogram_npm/tiny-ui/tag/index.js',
  ]) {
    expect(fs.existsSync(path.join(out, f))).toBe(true);
  }
  expect(fs.existsSync(path.join(out, 'pages/index/index.ts'))).toBe(false);
  expect(JSON.parse(fs.readFileSync(path.join(out, 'project.config.json'), 'utf8'))).not.toHaveProperty(
    'miniprogramRoot',
  );
});

test('a broken WXML expression fails the build naming the file', async () => {
  write('pages/sub/detail/index.wxml', '<view>{{ a + }}</view>\n');
  const found = await problems();
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^pages\/sub\/detail\/index\.wxml: .*1:/);
});

test('WXML tag mismatches and WXS syntax errors are caught per file', async () => {
  write('components/badge/index.wxml', '<text>{{ text }}</txet>\n');
  write('pages/index/fmt.wxs', 'module.exports = { twice: function( { };\n');
  const found = await problems();
  expect(found.some((p) => p.startsWith('components/badge/index.wxml:'))).toBe(true);
  expect(found.some((p) => p.startsWith('pages/index/fmt.wxs:'))).toBe(true);
});

test('a page listed in app.json with a missing file fails naming page and file', async () => {
  fs.rmSync(path.join(src, 'pages/sub/detail/index.wxss'));
  fs.rmSync(path.join(src, 'pages/index/index.ts'));
  const found = await problems();
  expect(found).toEqual([
    expect.stringMatching(/^pages\/index\/index: .*missing index\.ts/),
    expect.stringMatching(/^pages\/sub\/detail\/index: .*missing index\.wxss/),
  ]);
});

test('a page added to app.json without any files is reported', async () => {
  editJson('app.json', (app) => (app.pages as string[]).push('pages/ghost/index'));
  expect(await problems()).toEqual([
    expect.stringMatching(/^pages\/ghost\/index: page listed in app\.json is missing/),
  ]);
});

test('a missing usingComponents target fails naming the json, the tag and the path', async () => {
  editJson('pages/index/index.json', (json) => {
    json.usingComponents = { badge: '/components/badge/index', gone: '/components/gone/index' };
  });
  editJson('app.json', (json) => {
    json.usingComponents = { 'tiny-tag': 'tiny-ui/tag/index', 'tiny-nope': 'tiny-ui/nope/index' };
  });
  expect((await problems()).sort()).toEqual([
    expect.stringMatching(/^app\.json: usingComponents "tiny-nope": "tiny-ui\/nope\/index" not found/),
    expect.stringMatching(
      /^pages\/index\/index\.json: usingComponents "gone": "\/components\/gone\/index" not found/,
    ),
  ]);
});

test('a component missing its .wxml is reported', async () => {
  fs.rmSync(path.join(src, 'components/badge/index.wxml'));
  expect(await problems()).toEqual([
    expect.stringMatching(/"badge": "\/components\/badge\/index" not found \(missing \.wxml\)/),
  ]);
});

/** The main page uses utils/extra (files nothing requires are left out of the package). */
const useExtra = (): void =>
  write(
    'pages/index/index.ts',
    "import { y } from '../../utils/extra';\nComponent({ data: { count: 1, text: String(y) } });\n",
  );

test('a require that WeChat cannot resolve (unpacked npm package, wrong relative path) is reported', async () => {
  useExtra();
  write(
    'utils/extra.ts',
    "import dayjs from 'not-packed';\nimport { x } from './nope';\nexport const y = [dayjs, x];\n",
  );
  expect(await problems()).toEqual([
    'utils/extra.js: require("not-packed") does not resolve inside the package (a file, never a folder, or miniprogram_npm)',
    'utils/extra.js: require("./nope") does not resolve inside the package (a file, never a folder, or miniprogram_npm)',
  ]);
});

test('a directory import fails the build: WeChat never looks for index.js in a folder', async () => {
  fs.mkdirSync(path.join(src, 'utils/parts'));
  write('utils/parts/index.ts', 'export const z = 1;\n');
  useExtra();
  write('utils/extra.ts', "import { z } from './parts';\nexport const y = z;\n");
  expect(await problems()).toEqual([
    'utils/extra.js: require("./parts") does not resolve inside the package (a file, never a folder, or miniprogram_npm)',
  ]);
  write('utils/extra.ts', "import { z } from './parts/index';\nexport const y = z;\n");
  await expect(build()).resolves.toBeDefined();
});

test('a WXSS @import or WXML import/include that names no file fails the build naming both', async () => {
  const wxss = fs.readFileSync(path.join(src, 'pages/index/index.wxss'), 'utf8');
  write('pages/index/index.wxss', `@import '/styles/gone.wxss';\n${wxss}`);
  const wxml = fs.readFileSync(path.join(src, 'pages/index/index.wxml'), 'utf8');
  write('pages/index/index.wxml', `<import src="../../templates/gone.wxml" />\n${wxml}`);
  expect(await problems()).toEqual([
    'pages/index/index.wxml: "../../templates/gone.wxml" is not a file of the package (its styles or templates would be missing)',
    'pages/index/index.wxss: "/styles/gone.wxss" is not a file of the package (its styles or templates would be missing)',
  ]);
  fs.mkdirSync(path.join(src, 'templates'));
  write('templates/gone.wxml', '<template name="gone"><view>here</view></template>\n');
  fs.mkdirSync(path.join(src, 'styles'));
  write('styles/gone.wxss', '.here { color: red; }\n');
  await expect(build()).resolves.toBeDefined();
});

test('npm imports become plain require() calls (resolved to miniprogram_npm by WeChat)', async () => {
  const js = await transpile(
    "import dayjs from 'dayjs';\nexport const today = (): string => dayjs().format('YYYY');\n",
    'x.ts',
  );
  expect(js).toContain('require("dayjs")');
  expect(js).not.toMatch(/^\s*(import|export)\s/m);
});

test('sizes split main package and subpackages', () => {
  const size = sizeOf({ 'app.js': 2048, 'pages/sub/a.js': 1024, 'project.config.json': 999 }, ['pages/sub']);
  expect(size).toEqual({ mainKB: 2, totalKB: 3, subPackagesKB: { 'pages/sub': 1 } });
});

test(
  'miniprogram-ci compiles the fixture offline into a folder, checks it and reports sizes (no hex folders left behind)',
  async () => {
    const before = fs.readdirSync(process.cwd());
    const report = await build({ compile: true });
    expect(report.compiledDir).toBe(path.join(tmp, 'out.compiled'));
    expect(report.qualityItems).toBeGreaterThan(0);
    const compiled = report.compiledDir as string;
    for (const f of [
      'app.js',
      'pages/index/index.js',
      'utils/format.js',
      'miniprogram_npm/tiny-ui/tag/index.js',
    ]) {
      expect(fs.existsSync(path.join(compiled, f))).toBe(true);
    }
    // Minified like an upload: no indentation left in WXML.
    expect(fs.readFileSync(path.join(compiled, 'pages/index/index.wxml'), 'utf8')).not.toMatch(/\n\s+</);
    // The compiled check catches a file the result needs but lacks.
    fs.rmSync(path.join(compiled, 'utils/format.js'));
    expect(() => validateCompiled(compiled)).toThrow(
      'compiled result: pages/index/index.js: require("../../utils/format") does not resolve inside the package',
    );
    expect(report.size?.mainKB).toBeGreaterThan(0);
    expect(report.size?.subPackagesKB['pages/sub']).toBeGreaterThan(0);
    expect(report.size?.totalKB).toBeGreaterThanOrEqual(report.size?.mainKB ?? Infinity);
    expect(fs.readdirSync(process.cwd())).toEqual(before);
  },
  COMPILE_MS,
);

test(
  'errors only miniprogram-ci finds (WXSS syntax) fail the build with its message',
  async () => {
    write('pages/index/index.wxss', '.page { padding: 16rpx;\n');
    await expect(build({ compile: true })).rejects.toThrow(/getCompiledResult failed[\s\S]*index\.wxss/);
  },
  COMPILE_MS,
);

test(
  'a failing item of the code-quality check (components not injected on demand) fails the build',
  async () => {
    editJson('app.json', (app) => delete app.lazyCodeLoading);
    await expect(build({ compile: true })).rejects.toThrow(/code quality LAZYCODE_LOADING_OPEN failed/);
  },
  COMPILE_MS,
);

test(
  'an npm component only a subpackage uses is packed into that subpackage, not the main package',
  async () => {
    editJson('app.json', (app) => delete app.usingComponents);
    write('pages/index/index.wxml', '<badge text="{{ count }}" />\n');
    editJson('pages/sub/detail/index.json', (json) => {
      json.usingComponents = { 'tiny-tag': 'tiny-ui/tag/index' };
    });
    write('pages/sub/detail/index.wxml', '<tiny-tag>{{ title }}</tiny-tag>\n');
    const report = await build({ compile: true });
    const compiled = report.compiledDir as string;
    expect(fs.existsSync(path.join(compiled, 'pages/sub/miniprogram_npm/tiny-ui/tag/index.js'))).toBe(true);
    expect(fs.existsSync(path.join(compiled, 'miniprogram_npm/tiny-ui/tag/index.js'))).toBe(false);
  },
  COMPILE_MS,
);

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3, 0x28]);

/** A module and a component only the subpackage uses; the module also uses a file the main package keeps. */
function plantSubpackageOnly(): void {
  fs.writeFileSync(path.join(src, 'pages/sub/detail/icon.png'), PNG_BYTES);
  write(
    'utils/only-sub.ts',
    "import { label } from './format';\nexport const title = (): string => label(1);\n",
  );
  write(
    'pages/sub/detail/index.ts',
    "import { title } from '../../../utils/only-sub';\nComponent({ data: { title: title() } });\n",
  );
  editJson('pages/sub/detail/index.json', (json) => {
    json.usingComponents = { badge: '/components/badge/index' };
  });
  write('pages/sub/detail/index.wxml', '<badge text="{{ title }}" />\n');
  write('pages/index/index.wxml', '<view>{{ text }}</view>\n');
  editJson('pages/index/index.json', (json) => {
    json.usingComponents = {};
  });
}

test('code only a subpackage uses is moved into it, with its requires and usingComponents rewritten', async () => {
  plantSubpackageOnly();
  const report = await build();
  const out = path.join(tmp, 'out');
  expect(report.movedToSubpackages).toEqual({
    'pages/sub': [
      'components/badge/index.js',
      'components/badge/index.json',
      'components/badge/index.wxml',
      'components/badge/index.wxss',
      'utils/only-sub.js',
    ],
  });
  const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
  expect(fs.existsSync(path.join(out, 'utils/only-sub.js'))).toBe(false);
  expect(fs.existsSync(path.join(out, 'components/badge/index.js'))).toBe(false);
  expect(read('pages/sub/detail/index.js')).toContain('require("../shared/utils/only-sub")');
  expect(read('pages/sub/shared/utils/only-sub.js')).toContain('require("../../../../utils/format")');
  expect(JSON.parse(read('pages/sub/detail/index.json'))).toEqual({
    usingComponents: { badge: '/pages/sub/shared/components/badge/index' },
  });
  // The main package still uses format.js: it stays, once.
  expect(fs.existsSync(path.join(out, 'utils/format.js'))).toBe(true);
  // Files that are not code are copied byte for byte, never read as text.
  expect(fs.readFileSync(path.join(out, 'pages/sub/detail/icon.png'))).toEqual(PNG_BYTES);
});

test.each([
  ['a let', 'let shown = 0;\nexport const title = (): string => `${++shown}`;\n'],
  [
    'a Map filled later',
    'const seen = new Map<string, number>();\nexport const title = (): string => `${seen.size}`;\n',
  ],
  [
    'an array filled later',
    'const queue: string[] = [];\nexport const title = (): string => `${queue.length}`;\n',
  ],
])(
  'a module keeping state between pages (%s) is not copied into subpackages: the build refuses',
  async (_, code) => {
    plantSubpackageOnly();
    write('utils/only-sub.ts', code);
    expect(await problems()).toEqual([
      expect.stringMatching(/^utils\/only-sub\.js: keeps state at module level/),
    ]);
  },
);

test(
  'as uploaded: moved code passes the code-quality check; a main-package file only a subpackage requires fails it',
  async () => {
    plantSubpackageOnly();
    const report = await build({ compile: true });
    const compiled = report.compiledDir as string;
    expect(fs.existsSync(path.join(compiled, 'pages/sub/shared/utils/only-sub.js'))).toBe(true);
    expect(fs.existsSync(path.join(compiled, 'utils/only-sub.js'))).toBe(false);
    // Plant the misplaced file the gate must catch: back in the main package, required only by the subpackage.
    const out = path.join(tmp, 'out');
    fs.renameSync(path.join(out, 'pages/sub/shared/utils/only-sub.js'), path.join(out, 'utils/only-sub.js'));
    fs.writeFileSync(
      path.join(out, 'utils/only-sub.js'),
      fs
        .readFileSync(path.join(out, 'utils/only-sub.js'), 'utf8')
        .replace('../../../../utils/format', './format'),
    );
    const page = path.join(out, 'pages/sub/detail/index.js');
    fs.writeFileSync(
      page,
      fs.readFileSync(page, 'utf8').replace('../shared/utils/only-sub', '../../../utils/only-sub'),
    );
    const planted = await compileForUpload(out, path.join(tmp, 'planted'));
    expect(qualityProblems(planted.quality)).toEqual([
      expect.stringMatching(/^code quality CONTAINS_OTHER_PKG_JS: .*: utils\/only-sub\.js$/),
    ]);
  },
  COMPILE_MS,
);

test('a main-tree file nothing requires (a barrel for tests) is left out, as the upload would drop it', async () => {
  plantSubpackageOnly();
  write('utils/barrel.ts', "export * from './only-sub';\nexport * from './format';\n");
  await build();
  expect(fs.existsSync(path.join(tmp, 'out', 'utils/barrel.js'))).toBe(false);
  expect(fs.existsSync(path.join(tmp, 'out', 'pages/sub/shared/utils/only-sub.js'))).toBe(true);
});
