/**
 * THE source of cause ids: the keys of the cause records, one file per entry symptom. A cause's symptoms are
 * derived from SYMPTOMS (the symptom lists its causes), so each link is written once.
 */
import { SYMPTOMS, SYMPTOM_IDS, type SymptomId } from '../symptoms';
import type { Cause, CauseDef } from '../types';
import { ACCOUNT_CAUSES } from './account';
import { AUTHORITY_CAUSES } from './authority';
import { BALANCE_CAUSES } from './balance';
import { BILL_CAUSES } from './bill';
import { CARD_CAUSES } from './card';
import { CREDITPAY_CAUSES } from './creditpay';
import { FREEZE_CAUSES } from './freeze';
import { PEOPLE_CAUSES } from './people';

/** Each file's record, in catalog order (a key in two files is a test failure, not a silent override). */
export const CAUSE_FILES = [
  CARD_CAUSES,
  AUTHORITY_CAUSES,
  FREEZE_CAUSES,
  ACCOUNT_CAUSES,
  BALANCE_CAUSES,
  PEOPLE_CAUSES,
  CREDITPAY_CAUSES,
  BILL_CAUSES,
] as const;

const CAUSE_DEFS = {
  ...CARD_CAUSES,
  ...AUTHORITY_CAUSES,
  ...FREEZE_CAUSES,
  ...ACCOUNT_CAUSES,
  ...BALANCE_CAUSES,
  ...PEOPLE_CAUSES,
  ...CREDITPAY_CAUSES,
  ...BILL_CAUSES,
};

export type CauseId = keyof typeof CAUSE_DEFS;

export const CAUSE_IDS = Object.keys(CAUSE_DEFS) as readonly CauseId[];

function symptomsOf(id: CauseId): SymptomId[] {
  return SYMPTOM_IDS.filter((s) => SYMPTOMS[s].causes.indexOf(id) >= 0);
}

function withId(id: CauseId, def: CauseDef): Cause {
  return { id, symptoms: symptomsOf(id), ...def };
}

const BY_ID = {} as Record<CauseId, Cause>;
for (const id of CAUSE_IDS) BY_ID[id] = withId(id, CAUSE_DEFS[id]);

/** Every cause by id: total, so a missing cause does not compile. */
export const CAUSES: Readonly<Record<CauseId, Cause>> = BY_ID;
