/** What the page audit measures per page (test/support/audit/audit.ts), as the bench reads it back. */
export interface Figures {
  nodes: number;
  depth: number;
  children: number;
  /** The most setData calls one user action made. */
  calls: number;
  /** The largest setData payload (JSON, UTF-8 bytes), load included. */
  bytes: number;
  /** Everything sent on load: the initial data and every setData of the page and its components. */
  loadBytes: number;
}

export interface ActionFigures {
  name: string;
  calls: number;
  bytes: number;
}

export interface PageAudit {
  page: string;
  name: string;
  state: string;
  figures: Figures;
  /** Each user action: its setData calls and largest payload. */
  actions: ActionFigures[];
  /** The tree after the load and after each action. */
  states: Array<{ state: string; nodes: number; depth: number; children: number }>;
  /** Threshold breaches and unbound setData keys, in words; empty when the page passes. */
  violations: string[];
}
