/**
 * A custom tag in a page's or component's WXML that its JSON does not declare renders as nothing on a phone
 * (WeChat's compile accepts it): the build's component check refuses it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkComponents } from '../../../tools/build/validate';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'declared-tags-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const badge = { 'components/badge/index.json': '{"component":true}', 'components/badge/index.js': '' };

describe('custom tags are declared where they are used', () => {
  it('refuses a tag that neither the page nor app.json declares', () => {
    const root = tree({
      ...badge,
      'components/badge/index.wxml': '<view/>',
      'app.json': '{"pages":["pages/a/index"]}',
      'pages/a/index.json': '{"usingComponents":{"my-badge":"/components/badge/index"}}',
      'pages/a/index.wxml': '<my-badge/><van-button type="primary">看看</van-button>',
    });
    const problems: string[] = [];
    checkComponents(root, ['app.json', 'pages/a/index.json'], problems);
    expect(problems).toEqual(['pages/a/index.wxml: <van-button> is used but not in usingComponents']);
  });

  it('accepts tags declared by the page or globally in app.json', () => {
    const root = tree({
      ...badge,
      'components/badge/index.wxml': '<view/>',
      'app.json': '{"pages":["pages/a/index"],"usingComponents":{"my-badge":"/components/badge/index"}}',
      'pages/a/index.json': '{"usingComponents":{}}',
      'pages/a/index.wxml': '<my-badge/>',
    });
    const problems: string[] = [];
    checkComponents(root, ['app.json', 'pages/a/index.json'], problems);
    expect(problems).toEqual([]);
  });
});
