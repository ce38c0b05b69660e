/**
 * Fault injection for reliability tests: make the next matching backend request (a database action or an OpenAPI
 * call) fail with an error, hang for a while, or succeed on the server but lose the reply.
 *
 *   cloud.faults.failNext('database.modifyDocument', { error: 'DATABASE_REQUEST_FAILED' });
 *   cloud.faults.failNext((r) => r.action === 'database.getDocument' && r.collection === 'appeals', { delayMs: 5000 });
 *   cloud.faults.failNext('database.insertDocument', { error: 'SYS_ERR', after: true }); // written, reply lost
 */

export interface FaultRequest {
  /** e.g. `database.modifyDocument`, `wx.openApi`. */
  readonly action: string;
  readonly collection: string | null;
  /** Calling function and caller as known from the request URL (null for direct SDK use). */
  readonly fn: string | null;
  readonly openid: string | null;
  /** Raw request parameters (JSON body fields). */
  readonly params: Readonly<Record<string, unknown>>;
}

export type FaultMatcher = string | ((req: FaultRequest) => boolean);

export interface FaultSpec {
  /**
   * Reply with this CloudBase error code (e.g. `DATABASE_REQUEST_FAILED` → -502001, `SYS_ERR` → -501001,
   * `SERVER_TIMEOUT` → -501002) and message.
   */
  readonly error?: string | { readonly code: string; readonly message?: string };
  /** Wait this long before handling (use more than the function timeout to simulate a hung backend). */
  readonly delayMs?: number;
  /** Apply the action first, then reply with `error` (the write happened but the caller sees a failure). */
  readonly after?: boolean;
  /** How many matching requests this fault applies to (default 1). */
  readonly times?: number;
}

export interface FaultDecision {
  readonly delayMs: number;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly after: boolean;
}

interface Armed {
  readonly matcher: FaultMatcher;
  readonly spec: FaultSpec;
  remaining: number;
}

export class Faults {
  private armed: Armed[] = [];
  private readonly log: Array<FaultRequest & { readonly decision: FaultDecision }> = [];

  /** Arm a fault for the next request matching `matcher` (an action name or a predicate). */
  failNext(matcher: FaultMatcher, spec: FaultSpec): void {
    if (!spec.error && spec.delayMs === undefined) throw new Error('failNext: give error and/or delayMs');
    this.armed.push({ matcher, spec, remaining: spec.times ?? 1 });
  }

  /** Disarm everything. */
  clear(): void {
    this.armed = [];
  }

  /** Faults still armed. */
  pending(): number {
    return this.armed.reduce((n, a) => n + a.remaining, 0);
  }

  /** Requests a fault was applied to, in order. */
  fired(): ReadonlyArray<FaultRequest & { readonly decision: FaultDecision }> {
    return [...this.log];
  }

  /** Called by the endpoint for each request: the fault to apply, if any (consumes it). */
  take(req: FaultRequest): FaultDecision | null {
    const hit = this.armed.find((a) =>
      typeof a.matcher === 'string' ? a.matcher === req.action : a.matcher(req),
    );
    if (!hit) return null;
    hit.remaining--;
    if (hit.remaining <= 0) this.armed = this.armed.filter((a) => a !== hit);
    const e = hit.spec.error;
    const decision: FaultDecision = {
      delayMs: hit.spec.delayMs ?? 0,
      error:
        e === undefined
          ? null
          : typeof e === 'string'
            ? { code: e, message: `injected fault ${e}` }
            : { code: e.code, message: e.message ?? `injected fault ${e.code}` },
      after: hit.spec.after === true,
    };
    this.log.push({ ...req, decision });
    return decision;
  }
}
