/** The domain's public entry: what pages and cloud functions import. Pure TS, no wx, no Node APIs. */
export * from './catalog/index';
export * from './diagnosis/questions/index';
export {
  startDiagnosis,
  nextQuestion,
  answer,
  editAnswer,
  back,
  diagnose,
  progress,
  reviewItems,
  restoreDiagnosis,
  flowOf,
} from './diagnosis/engine';
export type {
  DiagnosisState,
  Diagnosis,
  RankedCause,
  AnswerRef,
  Progress,
  ReviewItem,
} from './diagnosis/engine';
export { buildChecklist, checklistIds } from './checklist';
export type { ChecklistItem, ChecklistTag } from './checklist';
export { maskSensitive, cardLast4, idCheckDigit, MASKED_ID, MASKED_SECRET } from './privacy/mask';
export type { MaskResult, SensitiveKind } from './privacy/mask';
export { draftStatement, SHORT_MAX } from './statement';
export type { Statement, StatementInput, StatementDetails, StatementWarning } from './statement';
export { detectScam, SCAM_PATTERNS, SCAM_ADVICE } from './safety/scam';
export type { ScamResult, ScamSignal, ScamRisk, ScamPattern } from './safety/scam';
