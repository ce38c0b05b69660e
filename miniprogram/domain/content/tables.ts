/**
 * The catalog as tables a content pack can correct: table name → id → record. The one place that knows which
 * catalog exports exist; the pack code itself walks any record's fields generically.
 */
import {
  ALL_CAUSES,
  CHANNELS,
  CONTACTS,
  DOCUMENTS,
  FLAGS,
  GUIDE_STEPS,
  PATHS,
  SOURCES,
  SYMPTOMS,
} from '../catalog/index';
import { REVIEWED } from '../catalog/causes/common';

export type Tables = Readonly<Record<string, Readonly<Record<string, object>>>>;

/** The date every bundled fact was last checked against its source. */
export const CATALOG_VERIFIED_ON = REVIEWED;

export function catalogTables(): Tables {
  return {
    sources: SOURCES,
    contacts: CONTACTS,
    paths: PATHS,
    channels: CHANNELS,
    documents: DOCUMENTS,
    causes: Object.fromEntries(ALL_CAUSES.map((c) => [c.id, c])),
    symptoms: SYMPTOMS,
    flags: FLAGS,
    guides: GUIDE_STEPS,
  };
}
