/**
 * The reliability suite is driven by ONE table (tools/reliability/table.ts) built from the function's own
 * list of actions (`requestSchema.options`): an action the function has and the table does not describe fails
 * here by name, before any fuzzing, matrix or fault run could silently skip it.
 */
import {
  ACTION_NAMES,
  ACTIONS,
  missingEntries,
  payloadFields,
  staleEntries,
} from '../../../tools/reliability/table';
import { missingShareBuilders } from '../../../tools/reliability/privacy';

describe('the reliability table covers the function', () => {
  it('has an entry for every action of `appeal`', () => {
    const missing = missingEntries();
    if (missing.length) {
      throw new Error(
        missing
          .map((a) => `add a fuzz/authz entry for action "${a}" in tools/reliability/table.ts`)
          .join('\n'),
      );
    }
    expect(ACTION_NAMES.length).toBeGreaterThanOrEqual(11);
  });

  it('has no entry for an action the function no longer has', () => {
    expect(staleEntries()).toEqual([]);
  });

  it('names only real payload fields as free text', () => {
    for (const action of ACTION_NAMES) {
      const fields = payloadFields(action).map((f) => f.name);
      for (const field of ACTIONS[action]?.freeText ?? [])
        expect(`${action}.${field}: ${fields.includes(field)}`).toBe(`${action}.${field}: true`);
    }
  });

  it('has a privacy entry for every share-card builder of services/share.ts', () => {
    const missing = missingShareBuilders();
    if (missing.length) {
      throw new Error(
        missing
          .map(
            (b) =>
              `add a privacy entry for share builder "${b}" (SHARE_BUILDERS in tools/reliability/privacy.ts)`,
          )
          .join('\n'),
      );
    }
  });
});
