/**
 * Shared set-up of the notification tests: the local cloud with the collections of cloudfunctions/database.json,
 * the deployable bundles of `appeal` and `remind`, and helpers to read the outbox and seed appeals directly.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { deployConfig, type SubscriptionTemplate } from '../../../miniprogram/config/deploy';
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';
import { runTimerUntilDone, type LocalCloud, type OutboxEntry } from '../../../tools/cloud';
import { bundleFunction } from '../../../tools/cloud/bundle';
import { localCloud, useStartedCloud } from '../harness';
import { ledgerDocument, type SubscriptionDoc } from '../../../cloudfunctions/shared/notify/ledger';

export const REPO = resolve(__dirname, '..', '..', '..');
export const PROGRESS_ID = deployConfig.templates.progressUpdate.id;
export const REMINDER_ID = deployConfig.templates.deadlineReminder.id;

const TEMPLATE_PAGES = Object.values(deployConfig.templates).map((t) => t.page);

/**
 * The app.json the send check uses. The template page (pages/appeal/detail/index) is being added to app.json
 * with the appeal pages; until it is there, a copy with the missing template pages added stands in, so these
 * tests exercise the normal path (the fallback for a page missing from the release is tested on its own).
 */
export function appJsonWithTemplatePages(dir: string): string {
  const real = join(REPO, 'miniprogram', 'app.json');
  const app = JSON.parse(readFileSync(real, 'utf8')) as {
    pages: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
  };
  const listed = new Set([
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`)),
  ]);
  const missing = TEMPLATE_PAGES.filter((p) => !listed.has(p));
  if (missing.length === 0) return real;
  const file = join(dir, 'app.json');
  writeFileSync(file, JSON.stringify({ ...app, pages: [...app.pages, ...missing] }));
  return file;
}

export interface NotifyCloud {
  readonly cloud: LocalCloud;
  readonly dir: string;
  stop(): Promise<void>;
}

export interface NotifyCloudOptions {
  /** Run `remind` with this config.json timeout (s) instead of its own (a copy of the same bundle). */
  readonly remindTimeoutS?: number;
  /** Templates as the WeChat side knows them (default: the configuration). */
  readonly templates?: readonly SubscriptionTemplate[];
  /** Use the real app.json even if the template page is missing. */
  readonly realAppJson?: boolean;
  /** Fixture functions to bundle from test/cloud/notify/fixtures/<name>/index.ts. */
  readonly fixtures?: readonly string[];
}

function bundleFixture(dir: string, name: string): string {
  const outfile = join(dir, name, 'index.js');
  bundleFunction(join(__dirname, 'fixtures', name, 'index.ts'), outfile);
  return outfile;
}

export async function notifyCloud(opts: NotifyCloudOptions = {}): Promise<NotifyCloud> {
  for (const fn of ['appeal', 'remind']) {
    if (!existsSync(join(REPO, 'cloudfunctions', fn, 'index.js'))) {
      throw new Error(
        `cloudfunctions/${fn}/index.js missing: build it first (esbuild, see test/cloud/README)`,
      );
    }
  }
  const dir = join(REPO, '.tmp', 'notify-tests', `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const functionPaths: Record<string, string> = {};
  if (opts.remindTimeoutS !== undefined) {
    const out = join(dir, 'remind');
    mkdirSync(out, { recursive: true });
    copyFileSync(join(REPO, 'cloudfunctions', 'remind', 'index.js'), join(out, 'index.js'));
    const config = JSON.parse(
      readFileSync(join(REPO, 'cloudfunctions', 'remind', 'config.json'), 'utf8'),
    ) as object;
    writeFileSync(join(out, 'config.json'), JSON.stringify({ ...config, timeout: opts.remindTimeoutS }));
    functionPaths.remind = join(out, 'index.js');
  }
  for (const name of opts.fixtures ?? []) functionPaths[name] = bundleFixture(dir, name);
  const cloud = await localCloud({
    functionPaths,
    appJson: opts.realAppJson ? join(REPO, 'miniprogram', 'app.json') : appJsonWithTemplatePages(dir),
    ...(opts.templates ? { templates: opts.templates } : {}),
  });
  return {
    cloud,
    dir,
    stop: async () => {
      await cloud.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** notifyCloud for the test file (or the describe block), console.log silenced: started in beforeAll, stopped in afterAll. */
export function useNotifyCloud(opts: NotifyCloudOptions = {}): LocalCloud {
  beforeAll(quiet);
  return useStartedCloud(() => notifyCloud(opts));
}

/** The appeal id a message opens (`page` ends with `?id=<appealId>`), or null. */
export function appealIdOf(entry: OutboxEntry): string | null {
  const page = typeof entry.page === 'string' ? entry.page : '';
  const m = /[?&]id=([^&]+)/.exec(page);
  return m ? decodeURIComponent(m[1] as string) : null;
}

export const delivered = (cloud: LocalCloud): OutboxEntry[] => cloud.outbox().filter((e) => e.errCode === 0);

/** Give `openid` `n` credits for `template` on both sides: WeChat's (the local cloud) and our ledger. */
export async function allow(
  cloud: LocalCloud,
  openid: string,
  template: 'progressUpdate' | 'deadlineReminder',
  n = 1,
): Promise<void> {
  for (let i = 0; i < n; i++) {
    cloud.grantSubscription(openid, deployConfig.templates[template].id, 'accept');
    const reply = (await cloud.call(
      'appeal',
      { action: 'subscribe', results: { [template]: 'accept' } },
      { openid },
    )) as {
      ok: boolean;
    };
    if (!reply.ok) throw new Error(`subscribe failed: ${JSON.stringify(reply)}`);
  }
}

export interface SeedAppeal {
  readonly _id: string;
  readonly _openid: string;
  readonly status?: AppealStatus;
  readonly nextReminderAt: Date | null;
  readonly expectedReplyOn?: string | null;
  readonly channelId?: string;
  readonly waitingSince?: string;
  readonly approximateFrom?: number;
  readonly helpers?: ReadonlyArray<{ openid: string }>;
}

/** A stored appeal as the `appeal` function writes it (only what the sweep and views read). */
export function appealDoc(s: SeedAppeal, createdAt: Date): Record<string, unknown> {
  return {
    _id: s._id,
    _openid: s._openid,
    symptomId: 'card-restricted',
    causeIds: ['risk-unusual-activity'],
    channelId: s.channelId ?? 'wechat-pay-card-appeal',
    note: '',
    status: s.status ?? 'submitted',
    version: 1,
    checklist: {},
    timeline: [],
    submittedOn: '2026-11-02',
    waitingSince: s.waitingSince ?? '2026-11-02',
    expectedReplyOn: s.expectedReplyOn === undefined ? '2026-11-09' : s.expectedReplyOn,
    approximateFrom: s.approximateFrom ?? 0,
    nextReminderAt: s.nextReminderAt,
    escalatedTo: null,
    createdAt,
    updatedAt: createdAt,
    helpers: s.helpers ?? [],
    pendingNotices: [],
    noticeDueAt: null,
  };
}

/** Our ledger document for a person with credits for one template, seeded directly (the shape `subscribe` writes). */
export function ledgerDoc(
  openid: string,
  template: 'progressUpdate' | 'deadlineReminder',
  credits: number,
): SubscriptionDoc {
  return ledgerDocument(openid, { [template]: { credits, accepted: credits, banned: false } }, new Date());
}

export interface TimerReport {
  /** The function's own clock reading when the tick started (ISO). */
  readonly now: string;
  readonly done: boolean;
  readonly reminders: { readonly scheduled: number; readonly pages: number };
  readonly notices: Record<string, number>;
}

/** Invoke the `remind` timer from `at` until a tick reports done (at most `max` ticks), as the platform does. */
export const tickUntilDone = (cloud: LocalCloud, at: Date, max = 50): Promise<TimerReport[]> =>
  runTimerUntilDone<TimerReport>(cloud, 'remind', at, max);

export const quiet = (): void => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
};

/** A timer time just after everything written so far (the trigger's `Time` has whole seconds). */
export const soon = (): Date => new Date(Date.now() + 1000);
