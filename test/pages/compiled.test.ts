/**
 * The page tests load the TypeScript sources (see README, Tests); this one loads every page of the COMPILED
 * result (dist/compiled: what an upload sends, minified, unused files dropped) the way WeChat would, so a page
 * whose code needs a file the upload left out fails here too, not only on a phone.
 */
import fs from 'fs';
import path from 'path';
import simulate from 'miniprogram-simulate';

const COMPILED = path.resolve(__dirname, '../../dist/compiled');

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}

function pages(): string[] {
  const file = path.join(COMPILED, 'app.json');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run \`npm run build\` first`);
  const app = JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson;
  return [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p))),
  ];
}

describe('every page of the compiled result loads and renders', () => {
  test.each(pages())('%s', (page) => {
    const id = simulate.load(path.join(COMPILED, page), { rootPath: COMPILED, compiler: 'official' });
    const comp = simulate.render(id);
    const parent = document.createElement('div');
    document.body.appendChild(parent);
    comp.attach(parent);
    expect((comp.dom as unknown as HTMLElement).innerHTML.length).toBeGreaterThan(0);
    comp.detach();
  });
});
