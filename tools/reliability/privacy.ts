/**
 * Privacy scan with GENERATED personal numbers (tools/reliability/generators.ts): Luhn-valid card numbers (16/19
 * digits; plain, spaced, dashed), 18-digit IDs with a valid MOD 11-2 check character (upper/lower x) and mobile
 * numbers (plain, 3-4-4, dashed, +86). Every sample goes into EVERY free-text field of every action (the table's
 * `freeText`) through the real call path, and into every share-card builder of miniprogram/services/share.ts.
 *
 * Then the secret part of each sample — a card without its last 4 digits, an ID's first 17 characters, a whole
 * mobile number — is searched in everything stored (all collections), every reply, every message sent, every
 * line the functions printed, and every share card. Logs must also hold no openid in clear and none of the
 * person's own words (each text carries a marker).
 */
import type { AppealAction, AppealView } from '../../miniprogram/domain/appeal/contract';
import * as share from '../../miniprogram/services/share';
import { testOpenid } from '../cloud';
import { makeGenerators, spaced, type Generators } from './generators';
import { ACTION_NAMES, DIAGNOSIS, entryOf } from './table';
import { captureConsole, grantCredits, linesNamingOpenids, unwrap, type Reply, type World } from './world';

export interface Sample {
  readonly kind: 'card' | 'id' | 'mobile';
  /** As written by the person. */
  readonly shown: string;
  /** What must never be found (separators removed). */
  readonly secret: string;
}

export interface Leak {
  readonly sample: Sample;
  readonly where: string;
}

/**
 * Delete the world's target appeal as its owner and list every stored document that still mentions it (in any
 * collection): deleting must leave nothing of the appeal behind.
 */
export async function leftoversOfDelete(world: World): Promise<string[]> {
  world.reset();
  const id = world.target.appeal.id;
  unwrap(await world.call(world.users.owner, { action: 'delete', id }));
  const left = Object.entries(world.cloud.store.snapshot()).flatMap(([collection, docs]) =>
    docs.filter((d) => JSON.stringify(d).includes(id)).map((d) => `${collection}/${String(d._id)}`),
  );
  world.reset();
  return left;
}

export interface PrivacyReport {
  readonly samples: number;
  /** Sample placements made: samples × (free-text fields + share builders). */
  readonly placements: number;
  /** Sample placements that were actually taken in: by the function (its reply was ok) or by a share builder. */
  readonly accepted: number;
  /** Calls refused as INVALID_INPUT (a field too short for the text): nothing of them may be stored either. */
  readonly refused: number;
  readonly fields: readonly string[];
  readonly shares: readonly string[];
  readonly leaks: readonly Leak[];
  /** Log lines holding an openid in clear or a person's words. */
  readonly logLeaks: readonly string[];
  readonly logLines: number;
  readonly ms: number;
}

export interface PrivacyOptions {
  /** Samples of each kind (1,000 for the test). */
  readonly perKind?: number;
  readonly seed?: number;
}

/** Every free-text field and its action, from the table. */
export function freeTextFields(): Array<{ action: AppealAction; field: string }> {
  return ACTION_NAMES.flatMap((action) =>
    entryOf(action).freeText.map((field) => ({ action, field: String(field) })),
  );
}

type ShareCard = Record<string, unknown>;

/**
 * Every share-card builder of services/share.ts with personal text in each of its parameters. A builder added
 * there without an entry here fails test/cloud/reliability/privacy.test.ts by name.
 */
export const SHARE_BUILDERS: Readonly<Record<string, (text: string) => ShareCard | string>> = {
  guidePath: (text) => share.guidePath(text, text),
  guideShare: (text) => share.guideShare(text, text),
  guideTimelineShare: (text) => share.guideTimelineShare(text, text),
  stepsGuideShare: (text) => share.stepsGuideShare(text),
  stepsGuideTimelineShare: (text) => share.stepsGuideTimelineShare(text),
};

export function missingShareBuilders(): string[] {
  return Object.keys(share).filter(
    (k) => typeof (share as Record<string, unknown>)[k] === 'function' && !SHARE_BUILDERS[k],
  );
}

// ───────────────────────────── samples ─────────────────────────────

function cardSample(g: Generators, i: number): Sample {
  const n = g.card(i % 2 ? 19 : 16);
  const shown = [n, spaced(n, ' '), spaced(n, '-')][i % 3];
  return { kind: 'card', shown, secret: n.slice(0, -4) };
}

function idSample(g: Generators, i: number): Sample {
  const n = g.idNumber();
  return { kind: 'id', shown: i % 4 === 3 ? n.toLowerCase() : n, secret: n.slice(0, 17) };
}

function mobileSample(g: Generators, i: number): Sample {
  const n = g.mobile();
  const shown = [
    n,
    `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
    `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
    `+86${n}`,
  ][i % 4];
  return { kind: 'mobile', shown, secret: n };
}

export function samples(perKind: number, seed: number): Sample[] {
  const g = makeGenerators(seed);
  const out: Sample[] = [];
  for (let i = 0; i < perKind; i++) out.push(cardSample(g, i), idSample(g, i), mobileSample(g, i));
  return out;
}

/** Words that are the person's own: they must reach the store (masked) but never a log. */
export const PERSONAL_MARK = '我家老王的私事';

const LABELS: Record<Sample['kind'], readonly string[]> = {
  card: ['卡号', '银行卡：', '尾号不记得了，完整是 '],
  id: ['身份证', '证件号：', 'ID '],
  mobile: ['手机', '电话：', '联系方式 '],
};

/** Texts of at most `max` characters, each holding as many samples as fit (with a label each), plus the marker. */
export function texts(all: readonly Sample[], max: number): Array<{ text: string; samples: Sample[] }> {
  const out: Array<{ text: string; samples: Sample[] }> = [];
  let text = PERSONAL_MARK;
  let held: Sample[] = [];
  all.forEach((s, i) => {
    const part = `；${LABELS[s.kind][i % 3]}${s.shown}`;
    if (text.length + part.length > max) {
      out.push({ text, samples: held });
      text = PERSONAL_MARK;
      held = [];
    }
    text += part;
    held.push(s);
  });
  if (held.length) out.push({ text, samples: held });
  return out;
}

// ───────────────────────────── the search ─────────────────────────────

/** Runs of 11+ digits once separators between digits are gone, each with where it was found. */
function digitRuns(haystack: string): string[] {
  const joined = haystack.replace(/(\d)[\s\-\u00a0]+(?=\d)/g, '$1');
  return joined.match(/\d{11,}/g) ?? [];
}

function findLeaks(all: readonly Sample[], haystacks: ReadonlyArray<[where: string, text: string]>): Leak[] {
  const bySecret = new Map(all.map((s) => [s.secret, s]));
  const lengths = [...new Set(all.map((s) => s.secret.length))];
  const leaks: Leak[] = [];
  for (const [where, text] of haystacks) {
    for (const run of digitRuns(text)) {
      for (const len of lengths) {
        for (let i = 0; i + len <= run.length; i++) {
          const hit = bySecret.get(run.slice(i, i + len));
          if (hit) leaks.push({ sample: hit, where });
        }
      }
    }
  }
  return leaks;
}

// ───────────────────────────── driving the function ─────────────────────────────

const PLACEMENTS_PER_APPEAL = 40;

interface Driver {
  openid: string;
  appeal: AppealView;
  owners: number;
}

/** A new owner with a submitted appeal (status changes can go on for ever between 审核中 and 补充材料). */
async function renew(world: World, d: Driver): Promise<void> {
  d.openid = testOpenid(`privacy-owner-${process.pid}-${d.owners++}`);
  await grantCredits(world.cloud, d.openid, 'progressUpdate', 1);
  const created = unwrap<AppealView>(await world.as(d.openid, 'create', DIAGNOSIS));
  d.appeal = unwrap<AppealView>(
    await world.as(d.openid, 'changeStatus', {
      id: created.id,
      to: 'submitted',
      expectedVersion: created.version,
    }),
  );
}

const isView = (v: unknown): v is AppealView =>
  !!v && typeof v === 'object' && 'checklist' in v && 'version' in v && 'id' in v;

/**
 * Put `text` in `field` of a valid `action` for the driver's appeal; a full appeal or account starts afresh.
 * A field too short for any personal number (a helper's label) refuses it: INVALID_INPUT, nothing stored.
 */
async function place(
  world: World,
  d: Driver,
  action: AppealAction,
  field: string,
  text: string,
): Promise<Reply> {
  for (let attempt = 0; ; attempt++) {
    const payload = {
      ...entryOf(action).valid({ appeal: d.appeal, today: world.target.today }),
      [field]: text,
    };
    const reply = await world.call(d.openid, { action, ...payload });
    if (reply.ok) {
      if (isView(reply.data) && reply.data.id === d.appeal.id) d.appeal = reply.data;
      return reply;
    }
    if (reply.error.code === 'INVALID_INPUT') return reply;
    if (reply.error.code !== 'LIMIT_REACHED' || attempt > 0) {
      throw new Error(`${action}.${field} refused: ${reply.error.code} ${reply.error.message}`);
    }
    await renew(world, d);
  }
}

function logProblems(lines: readonly string[], openids: readonly string[]): string[] {
  const naming = new Set(linesNamingOpenids(lines, openids));
  return lines.filter((l) => l.includes(PERSONAL_MARK) || naming.has(l));
}

export async function runPrivacy(world: World, opts: PrivacyOptions = {}): Promise<PrivacyReport> {
  const started = Date.now();
  const all = samples(opts.perKind ?? 1000, opts.seed ?? 20261124);
  const fields = freeTextFields();
  const replies: string[] = [];
  const outboxFrom = world.cloud.outbox().length;
  const openids = new Set<string>();
  let refused = 0;
  let accepted = 0;
  const captured = captureConsole();
  try {
    // One driver (owner, appeal) per field, the fields side by side.
    await Promise.all(
      fields.map(async ({ action, field }, i) => {
        const d: Driver = { openid: '', appeal: world.target.appeal, owners: i * 1000 };
        await renew(world, d);
        for (const [n, { text, samples: held }] of texts(all, 480).entries()) {
          // A fresh appeal now and then keeps documents small (a 300-entry history of long notes is slow to move).
          if (n > 0 && n % PLACEMENTS_PER_APPEAL === 0) await renew(world, d);
          const reply = await place(world, d, action, field, text);
          if (reply.ok) accepted += held.length;
          else refused++;
          replies.push(JSON.stringify(reply));
          openids.add(d.openid);
        }
      }),
    );
  } finally {
    captured.restore();
  }
  const shareCards = Object.entries(SHARE_BUILDERS).map(
    ([name, build]) =>
      [`share:${name}`, all.map((s) => JSON.stringify(build(`${PERSONAL_MARK}${s.shown}`))).join('\n')] as [
        string,
        string,
      ],
  );
  const decoded = shareCards.map(([w, t]) => [`${w} (decoded)`, safeDecode(t)] as [string, string]);
  const leaks = findLeaks(all, [
    ['store', JSON.stringify(world.cloud.store.snapshot())],
    ['replies', replies.join('\n')],
    ['messages', JSON.stringify(world.cloud.outbox().slice(outboxFrom))],
    ['logs', captured.lines.join('\n')],
    ...shareCards,
    ...decoded,
  ]);
  const everyone = [...openids, ...Object.values(world.users)];
  world.reset();
  return {
    samples: all.length,
    placements: all.length * (fields.length + shareCards.length),
    accepted: accepted + all.length * shareCards.length,
    refused,
    fields: fields.map((f) => `${f.action}.${f.field}`),
    shares: Object.keys(SHARE_BUILDERS),
    leaks,
    logLeaks: logProblems(captured.lines, everyone),
    logLines: captured.lines.length,
    ms: Date.now() - started,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%[0-9a-f]{2}/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  }
}

export function describeLeaks(report: PrivacyReport, max = 12): string {
  const where = new Map<string, number>();
  for (const l of report.leaks) where.set(l.where, (where.get(l.where) ?? 0) + 1);
  const lines = report.leaks.slice(0, max).map((l) => `  ${l.where}: ${l.sample.kind} ${l.sample.shown}`);
  return [
    `leaks by place: ${JSON.stringify(Object.fromEntries(where))}`,
    ...lines,
    ...report.logLeaks.slice(0, 5),
  ].join('\n');
}
