/**
 * Masking over personal numbers written every way people write them (tools/privacy/forms.ts), placed in every
 * field that takes text: each field of the statement page (through the same draftStatement the page uses) and
 * the appeal function's free-text masking. Only placements the field accepts count (a field that rejects the
 * text, or is too short for it, keeps nothing). A leak: the secret (8 digits in a row of a number; a code or
 * password whole) found in what comes out.
 *
 *   privacy.forms.placements   accepted placements
 *   privacy.leaks              of those, how many leaked (must be 0)
 *   mask.us                    time to mask 10 000 characters of text full of numbers, in microseconds
 */
import { maskFreeText } from '../../cloudfunctions/appeal/src/privacy';
import { LIMITS } from '../../miniprogram/domain/appeal/contract';
import { maskSensitive } from '../../miniprogram/domain/privacy/mask';
import { draftStatement, type StatementDetails } from '../../miniprogram/domain/statement';
import { givesAway, writtenSecrets, type WrittenSecret } from '../privacy/forms';
import { runBenches } from './index';

/** The statement page's fields with their maxlength, and the warning that says the field refused the text. */
const STATEMENT_FIELDS: ReadonlyArray<readonly [keyof StatementDetails, number, string[]]> = [
  ['usage', 200, []],
  ['note', 300, []],
  ['orderNumber', 40, ['order-number-rejected', 'order-number-sensitive']],
  ['cardLast4', 23, ['card-last4-rejected']],
  ['amount', 12, ['amount-rejected']],
];

function placeAll(all: readonly WrittenSecret[]): { placements: number; leaks: WrittenSecret[] } {
  let placements = 0;
  const leaks: WrittenSecret[] = [];
  for (const s of all) {
    for (const [field, max, refusals] of STATEMENT_FIELDS) {
      if (s.shown.length > max) continue;
      const st = draftStatement({ symptom: 'bill-anomaly', answers: {}, details: { [field]: s.shown } });
      if (st.warnings.some((w) => refusals.indexOf(w) >= 0)) continue;
      placements += 1;
      if (givesAway(s, st.short) || givesAway(s, st.full)) leaks.push(s);
    }
    if (s.shown.length <= LIMITS.noteChars) {
      placements += 1;
      if (givesAway(s, maskFreeText(s.shown))) leaks.push(s);
    }
  }
  return { placements, leaks };
}

function maskMicros(): number {
  const text = '卡号6222 0212 3456 7890，电话138 1234 5678，金额5000元，验证码 482913。'.repeat(200);
  const rounds = 20;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) maskSensitive(text.slice(0, 10000));
  return Math.round(Number(process.hrtime.bigint() - t0) / 1000 / rounds);
}

export async function run(): Promise<Array<[string, number]>> {
  const { placements, leaks } = placeAll(writtenSecrets(8, 20261206));
  for (const s of leaks.slice(0, 5))
    console.error(`privacy leak (${s.kind}, ${s.form}): ${JSON.stringify(s.shown)}`);
  return [
    ['privacy.forms.placements', placements],
    ['privacy.leaks', leaks.length],
    ['mask.us', maskMicros()],
  ];
}

if (/privacy\.bench\.[jt]s$/.test(process.argv[1] || '')) void runBenches([__filename]);
