/**
 * Knowing when it breaks on real phones: script errors, unhandled promise rejections and failed cloud calls
 * go to WeChat's real-time log (小程序管理后台 → 开发管理 → 运维中心 → 实时日志) with the page and the version.
 *
 * Never personal data: the page is sent without its query (which can hold an appeal id), every text is
 * masked (card, ID, phone, codes, passwords), long id-like tokens (openids, appeal and request ids) are
 * replaced, and texts are cut short. At most a few reports per launch, so one broken loop cannot flood it.
 */
import { maskSensitive } from '../domain/privacy/mask';

export type ReportKind = 'app-error' | 'unhandled-rejection' | 'cloud-call' | 'content-pack';

export interface ErrorReport {
  readonly kind: ReportKind;
  /** Route of the page on top, e.g. `pages/diagnosis/result/index`; '' before the first page. */
  readonly page: string;
  /** `<envVersion>@<version>`: `release@1.2.0`, `trial@`, `develop@`. */
  readonly version: string;
  readonly detail: string;
}

const MAX_REPORTS_PER_LAUNCH = 20;
const MAX_DETAIL_CHARS = 300;
/** openids (28), appeal ids (32 hex), request ids and tokens: anything this long and id-shaped. */
const ID_LIKE = /[A-Za-z0-9_-]{16,}/g;

let sent = 0;

/** The text as it may leave the phone: masked, ids replaced, queries dropped, short. */
export function scrub(text: string): string {
  const masked = maskSensitive(text).text;
  return masked
    .replace(/\?[^\s'"]*/g, '?…')
    .replace(ID_LIKE, '[id]')
    .slice(0, MAX_DETAIL_CHARS);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const e = error as { errMsg?: unknown; message?: unknown; errCode?: unknown; code?: unknown };
    const text = e.errMsg ?? e.message ?? e.code;
    if (typeof text === 'string') return e.errCode === undefined ? text : `${String(e.errCode)} ${text}`;
  }
  return typeof error;
}

function currentPage(): string {
  try {
    const pages = getCurrentPages();
    const top = pages[pages.length - 1] as { route?: unknown } | undefined;
    return typeof top?.route === 'string' ? top.route : '';
  } catch {
    return '';
  }
}

function version(): string {
  try {
    const mp = wx.getAccountInfoSync().miniProgram;
    return `${mp.envVersion}@${mp.version ?? ''}`;
  } catch {
    return 'unknown';
  }
}

/** Send one report (never throws; returns it, or null when nothing was sent). */
export function report(kind: ReportKind, error: unknown, context = ''): ErrorReport | null {
  if (sent >= MAX_REPORTS_PER_LAUNCH) return null;
  try {
    const log = wx.getRealtimeLogManager ? wx.getRealtimeLogManager() : null;
    if (!log) return null;
    const detail = scrub(`${context ? `${context}: ` : ''}${describe(error)}`);
    const entry: ErrorReport = { kind, page: currentPage(), version: version(), detail };
    log.setFilterMsg(kind);
    if (kind === 'cloud-call' || kind === 'content-pack') log.warn(entry);
    else log.error(entry);
    sent += 1;
    return entry;
  } catch {
    return null;
  }
}

/** Start counting again (a test's fresh launch). */
export function resetReports(): void {
  sent = 0;
}
