/**
 * Benchmark: appeal tracking end to end on the local cloud (real SDK, the functions' own code).
 *
 *   checklist.mismatch   path tests (tools/diagnosis/paths.data.ts) whose tracked checklist differs from the
 *                        result page's (ids, order, required); each path is tracked through the `appeal`
 *                        bundle as the result page does it. Must be 0.
 *   checklist.paths      path tests tracked for that figure.
 *   calendar.silent      appeals found waiting without a next reminder (none, or one already due and left)
 *                        after any hourly tick of a simulated run from 2026-10-01 to 2027-12-31: an appeal
 *                        created and submitted every day on three kinds of channel (a commonly reported time,
 *                        an official rule in calendar days, no published time), escalated to 12315 after 20
 *                        days, closed after 75. Must be 0. 2027 has no official holiday data here.
 *   calendar.ticks       hourly ticks simulated for that figure.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCloud, testOpenid, type LocalCloud } from '../cloud';
import { APP_COLLECTIONS } from '../cloud/app-database';
import { bundleFunction } from '../cloud/bundle';
import { buildCloudFunctions } from '../build/cloudfunctions';
import { answer, diagnose, isOptionOf, isQuestionId, startDiagnosis } from '../../miniprogram/domain';
import { guideView, trackingChannel } from '../../miniprogram/domain/present/guide';
import { addCalendarDays, shanghaiTime } from '../../miniprogram/domain/appeal/deadline';
import type { AppealStatus } from '../../miniprogram/domain/appeal/status';
import { WAITING_STATUSES } from '../../cloudfunctions/shared/schedule';
import type { AppealView, Envelope } from '../../miniprogram/domain/appeal/contract';
import { trackedDocuments } from '../../miniprogram/services/appeal';
import { PATHS } from '../diagnosis/paths.data';

const TMP = join(__dirname, '..', '..', '.tmp', 'bench-clock');

/** The local cloud with the deployable bundles plus the clock fixture (the same code at a simulated time). */
export async function withCloud<T>(fn: (cloud: LocalCloud) => Promise<T>): Promise<T> {
  const dir = join(TMP, String(process.pid));
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'index.js');
  bundleFunction(join(__dirname, 'fixtures', 'clock', 'index.ts'), outfile);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ timeout: 60 }));
  const cloud = await startLocalCloud({
    port: 0,
    dataFile: null,
    collections: APP_COLLECTIONS,
    functionPaths: { clock: outfile },
  });
  try {
    return await fn(cloud);
  } finally {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function ok<T>(env: Envelope<T>, what: string): T {
  if (!env.ok) throw new Error(`${what}: ${env.error.code} ${env.error.message}`);
  return env.data;
}

const same = (a: ReadonlyArray<{ id: string; required: boolean }>, b: typeof a): boolean =>
  JSON.stringify(trackedDocuments(a)) === JSON.stringify(trackedDocuments(b));

export async function checklistMismatch(cloud: LocalCloud): Promise<[number, number]> {
  let mismatches = 0;
  let tracked = 0;
  for (const [i, path] of PATHS.entries()) {
    let state = startDiagnosis(path.symptom);
    for (const step of path.steps) {
      if (!isQuestionId(step.q) || !isOptionOf(step.q, step.a)) throw new Error(`bad step ${step.q}`);
      state = answer(state, step.q, step.a);
    }
    const top = diagnose(state).causes[0];
    if (!top) continue;
    const shown = guideView(top.id, path.symptom, state.answers).checklist;
    const request = {
      action: 'create',
      symptomId: path.symptom,
      causeIds: [top.id],
      channelId: trackingChannel(top.id, path.symptom),
      documents: trackedDocuments(shown),
    };
    const view = ok(
      await cloud.call<Envelope<AppealView>>('appeal', request, { openid: testOpenid(`path-${i}`) }),
      path.name,
    );
    tracked++;
    if (!same(view.checklist, shown)) mismatches++;
  }
  return [mismatches, tracked];
}

/** Three kinds of channel, from the catalog: a reported time, an official rule in calendar days, none. */
const TRACKS = [
  { symptomId: 'card-restricted', causeIds: ['risk-unusual-activity'], channelId: 'wechat-pay-card-appeal' },
  { symptomId: 'card-restricted', causeIds: ['bank-card-status'], channelId: 'bank-hotline' },
  { symptomId: 'card-restricted', causeIds: ['police-protective-stop'], channelId: 'police-station' },
];

interface Open {
  readonly id: string;
  readonly owner: string;
  readonly born: string;
  version: number;
  status: AppealStatus;
}

/** The people of the simulation: one new appeal a day, escalated after 20 days, closed after 75. */
class Owners {
  private readonly open: Open[] = [];
  constructor(private readonly cloud: LocalCloud) {}

  private async call(now: Date, owner: string, request: object): Promise<AppealView> {
    const event = { op: 'appeal', now: now.toISOString(), request };
    return ok(
      await this.cloud.call<Envelope<AppealView>>('clock', event, { openid: owner }),
      JSON.stringify(request),
    );
  }

  private async move(a: Open, now: Date, to: AppealStatus, extra: object = {}): Promise<void> {
    const view = await this.call(now, a.owner, {
      action: 'changeStatus',
      id: a.id,
      to,
      expectedVersion: a.version,
      ...extra,
    });
    a.version = view.version;
    a.status = view.status;
  }

  async day(date: string, n: number, now: Date): Promise<void> {
    const owner = testOpenid(`cal-${date}`);
    const created = await this.call(now, owner, { action: 'create', ...TRACKS[n % TRACKS.length] });
    const a: Open = { id: created.id, owner, born: date, version: created.version, status: created.status };
    await this.move(a, now, 'submitted');
    this.open.push(a);
    for (const old of this.open) {
      if (addCalendarDays(old.born, 20) === date) {
        await this.move(old, now, 'rejected');
        await this.move(old, now, 'escalated', { escalatedTo: '12315' });
      } else if (addCalendarDays(old.born, 75) === date) await this.move(old, now, 'closed');
    }
  }
}

/** Appeals waiting with no next reminder, or with one at or before `now` that the tick left. */
function silentAt(cloud: LocalCloud, now: Date): string[] {
  const query = {
    status: { $in: [...WAITING_STATUSES] },
    $or: [{ nextReminderAt: null }, { nextReminderAt: { $lte: now } }],
  };
  return cloud.store.find('appeals', query, { projection: { _id: 1 } }).map((doc) => String(doc._id));
}

export async function calendarSilent(
  cloud: LocalCloud,
  from = '2026-10-01',
  to = '2027-12-31',
): Promise<[number, number]> {
  const owners = new Owners(cloud);
  const silent = new Set<string>();
  let ticks = 0;
  for (let date = from, n = 0; date <= to; date = addCalendarDays(date, 1), n++) {
    for (let hour = 0; hour < 24; hour++) {
      const now = shanghaiTime(date, hour);
      if (hour === 10) await owners.day(date, n, now);
      const tick = { op: 'sweep', now: now.toISOString() };
      const report = (await cloud.call('clock', tick, { openid: null })) as { done: boolean };
      if (!report.done) throw new Error(`tick at ${now.toISOString()} did not finish`);
      ticks++;
      for (const id of silentAt(cloud, now)) silent.add(id);
    }
  }
  return [silent.size, ticks];
}

export async function run(): Promise<Array<[string, number]>> {
  await buildCloudFunctions({ log: () => undefined });
  const log = console.log;
  console.log = () => undefined; // the functions' own log lines
  try {
    const [mismatch, paths] = await withCloud(checklistMismatch);
    const [silent, ticks] = await withCloud(calendarSilent);
    return [
      ['checklist.mismatch', mismatch],
      ['checklist.paths', paths],
      ['calendar.silent', silent],
      ['calendar.ticks', ticks],
    ];
  } finally {
    console.log = log;
  }
}
