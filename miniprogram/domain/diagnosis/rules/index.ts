/**
 * The interview as data: which questions each symptom may ask, with named guards (flows.ts, guards.ts), how
 * answers move the causes (scoring.ts), which answers raise safety flags (flags.ts), and which guide steps apply
 * (guides.ts). No expression strings anywhere.
 */
export * from './guards';
export * from './flows';
export * from './scoring';
export * from './flags';
export * from './guides';
