/**
 * Benchmark: how fresh the content is.
 *
 *   content.facts.unverified.12m   facts not checked against their source for 12 months today, after the
 *                                  committed content pack (content/pack.json) is applied; 0 is the target
 *   content.facts                  all facts in the catalog
 */
import * as fs from 'node:fs';
import { shanghaiDate } from '../../miniprogram/domain/appeal/deadline';
import {
  applyPack,
  revertPack,
  unverifiedFacts,
  validatePack,
  type ContentPack,
} from '../../miniprogram/domain/content/pack';
import { CATALOG_VERIFIED_ON, catalogTables } from '../../miniprogram/domain/content/tables';
import { PACK_FILE } from '../content/publish';

export function run(): Promise<Array<[string, number]>> {
  const tables = catalogTables();
  const today = shanghaiDate(new Date());
  const pack = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8')) as ContentPack;
  const problems = validatePack(pack, tables, today);
  if (problems.length) throw new Error(`content/pack.json: ${problems.join('; ')}`);
  const undo = applyPack(tables, pack);
  try {
    return Promise.resolve([
      ['content.facts.unverified.12m', unverifiedFacts(tables, CATALOG_VERIFIED_ON, today, 12)],
      ['content.facts', unverifiedFacts(tables, CATALOG_VERIFIED_ON, '9999-12-31', 12)],
    ]);
  } finally {
    revertPack(undo);
  }
}

if (/content\.bench\.[jt]s$/.test(process.argv[1] || '')) {
  void run().then((rows) => rows.forEach(([name, value]) => console.log(`${name}: ${value}`)));
}
