/** The build's gate on checkCodeQuality: every failing item fails the build, with no exception list. */
import { qualityProblems } from '../../../tools/build/quality';

const otherPackageJs = (files: string[]) => ({
  name: 'CONTAINS_OTHER_PKG_JS',
  success: false,
  text: 'The main package has JS that is only dependent on other sub-packages',
  detail: { size: 1000, files },
});

test('passing items are no problem', () => {
  expect(qualityProblems([{ name: 'WXML_COMPRESS_OPEN', success: true, text: 'x' }])).toEqual([]);
});

test('a failing item is a problem naming it', () => {
  expect(
    qualityProblems([
      { name: 'WXSS_COMPRESS_OPEN', success: false, text: 'WXSS compression is not turned on' },
    ]),
  ).toEqual(['code quality WXSS_COMPRESS_OPEN failed (WXSS compression is not turned on)']);
});

test('main-package JS only subpackages use is a problem naming every such file', () => {
  expect(qualityProblems([otherPackageJs(['services/share.js', 'services/theme.js'])])).toEqual([
    expect.stringMatching(
      /CONTAINS_OTHER_PKG_JS: .*\(it belongs in them\): services\/share\.js, services\/theme\.js$/,
    ),
  ]);
});
