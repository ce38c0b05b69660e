/** The labelled text corpora in test/corpus: one `label<TAB>kind<TAB>text` line each, `#` lines are comments. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CorpusLine {
  readonly label: string;
  readonly kind: string;
  readonly text: string;
}

export const CORPUS_DIR = path.join(__dirname, '..', 'test', 'corpus');

export function readCorpus(file: string): CorpusLine[] {
  return fs
    .readFileSync(path.join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, kind, ...rest] = line.split('\t');
      if (!label || !kind || !rest.length) throw new Error(`${file}: bad line "${line}"`);
      return { label, kind, text: rest.join('\t') };
    });
}
