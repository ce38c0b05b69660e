/**
 * Scam detector on the labelled corpus (test/corpus): recall and false-positive rate on the held-out set,
 * which the rules were never tuned on. `npx tsx tools/bench/scam.bench.ts` prints the figures alone.
 */
import { detectScam } from '../../miniprogram/domain/safety/scam';
import { readCorpus } from '../corpus';
import { runBenches } from './index';

export async function run(): Promise<Array<[string, number]>> {
  const train = readCorpus('scam-train.tsv');
  const heldOut = readCorpus('scam-heldout.tsv');
  const scams = heldOut.filter((m) => m.label === 'scam');
  const benign = heldOut.filter((m) => m.label === 'benign');
  const caught = scams.filter((m) => detectScam(m.text).risk === 'scam').length;
  const flagged = benign.filter((m) => detectScam(m.text).risk !== 'none').length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return [
    ['scam.corpus.size', train.length + heldOut.length],
    ['scam.corpus.scams', train.concat(heldOut).filter((m) => m.label === 'scam').length],
    ['scam.recall', round(caught / scams.length)],
    ['scam.fpr', round(flagged / benign.length)],
  ];
}

if (/scam\.bench\.[jt]s$/.test(process.argv[1] || '')) void runBenches([__filename]);
