/**
 * WeChat's experience-audit (体验评分) limits the page audit enforces, and the targets `npm run bench` reports
 * against (targets are figures to watch, not test failures). See shared notes "WeChat's own experience-audit
 * thresholds".
 */
export const LIMITS = {
  /** A page fails at this many WXML nodes or more. */
  nodes: 1000,
  /** A page fails at this tree depth or more (the page root is depth 1). */
  depth: 30,
  /** A page fails when one node has more children than this. */
  children: 60,
  /** WeChat's hard limit for one setData payload. */
  payloadBytes: 1024 * 1024,
} as const;

export const TARGETS = {
  setDataPerAction: 1,
  answerStepBytes: 4 * 1024,
  mainPackageKB: 256,
} as const;

/**
 * What a page may send on load (its initial data and every setData of the page and its components until it is
 * quiet): what the first screen shows, the rest when the person opens it. The audit fails above it.
 */
export const LOAD_BUDGET_BYTES = 4 * 1024;
