/**
 * Measured resolution times: the `appeal` function writes anonymous samples at the first answer and at the end,
 * the `stats` timer folds them into histograms, the `stats` function serves them from MIN_SAMPLES on.
 */
import { testOpenid } from '../../../tools/cloud';
import {
  addCalendarDays,
  shanghaiDate,
  workingDaysBetween,
} from '../../../miniprogram/domain/appeal/deadline';
import { MIN_SAMPLES, type ResolutionStats } from '../../../miniprogram/domain/appeal/resolution';
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import { mainlandCalendar } from '../../../cloudfunctions/shared/workdays';
import { SAMPLE_FIELDS } from '../../../cloudfunctions/shared/resolution';
import { CARD_DIAGNOSIS, appealAs, data, useLocalCloud } from '../harness';

jest.setTimeout(60_000);

const cloud = useLocalCloud();
const CAUSE = CARD_DIAGNOSIS.causeIds[0]!;
const CHANNEL = CARD_DIAGNOSIS.channelId;

let people = 0;
/** A new person with one appeal submitted `ago` calendar days ago, moved through `moves`. */
async function trackedAppeal(ago: number, moves: string[], opts: { share?: boolean } = {}) {
  const openid = testOpenid(`resolution-${(people += 1)}`);
  const call = appealAs(cloud, openid);
  if (opts.share === false)
    await cloud.call('stats', { action: 'setContribution', share: false }, { openid });
  let appeal = data(await call('create', CARD_DIAGNOSIS));
  const submittedOn = addCalendarDays(shanghaiDate(new Date()), -ago);
  appeal = data(
    await call('setSubmitted', { id: appeal.id, date: submittedOn, expectedVersion: appeal.version }),
  );
  for (const to of moves) {
    const escalatedTo = to === 'escalated' ? { escalatedTo: '12363' as const } : {};
    const move = { id: appeal.id, to: to as never, expectedVersion: appeal.version, ...escalatedTo };
    appeal = data(await call('changeStatus', move));
  }
  return { openid, id: appeal.id, submittedOn };
}

function samples() {
  return cloud.store.find('resolution_samples', {});
}

async function read(openid = testOpenid('reader')): Promise<ResolutionStats> {
  const reply = await cloud.call<Envelope<ResolutionStats>>(
    'stats',
    { action: 'read', causeId: CAUSE, channelId: CHANNEL },
    { openid },
  );
  return data(reply);
}

afterEach(() => {
  cloud.store.remove('resolution_samples', {}, true);
  cloud.store.remove('resolution_stats', {}, true);
});

describe('samples', () => {
  it('one at the first answer and one at the end, with nothing that links back to a person or an appeal', async () => {
    const made = [];
    for (let i = 0; i < 12; i += 1) {
      made.push(
        await trackedAppeal(
          3 + i * 2,
          i % 3 === 0
            ? ['reviewing', 'needs-more', 'reviewing', 'resolved', 'closed']
            : i % 3 === 1
              ? ['rejected', 'escalated', 'resolved']
              : ['closed'],
        ),
      );
    }
    const all = samples();
    // closed right after submitting: an end without an answer; the others: one answer and one end each.
    expect(all.filter((s) => s.moment === 'firstAnswer')).toHaveLength(8);
    expect(all.filter((s) => s.moment === 'end')).toHaveLength(12);
    const text = JSON.stringify(all);
    for (const a of made) {
      expect(text).not.toContain(a.openid);
      expect(text).not.toContain(a.id);
      expect(text).not.toContain(a.submittedOn);
    }
    for (const s of all) {
      expect(Object.keys(s).sort()).toEqual(['_id', ...SAMPLE_FIELDS].sort());
      expect(s.week).toMatch(/^\d{4}-W\d{2}$/);
      expect(String(s._id)).toMatch(/^[0-9a-f]{24}$/);
    }
    const first = made[0]!;
    const expected = workingDaysBetween(first.submittedOn, shanghaiDate(new Date()), mainlandCalendar);
    expect(all).toContainEqual(
      expect.objectContaining({
        moment: 'end',
        outcome: 'resolved',
        workingDays: expected.days,
      }),
    );
    expect(new Set(all.filter((s) => s.moment === 'end').map((s) => s.outcome))).toEqual(
      new Set(['resolved', 'rejected', 'stopped']),
    );
  });

  it('deleting an appeal leaves no way back to it', async () => {
    const a = await trackedAppeal(10, ['resolved']);
    data(await appealAs(cloud, a.openid)('delete', { id: a.id }));
    await cloud.invokeTimer('stats');
    const left = JSON.stringify(cloud.store.snapshot());
    expect(left).not.toContain(a.id);
    expect(JSON.stringify(cloud.store.find('resolution_stats', {}))).not.toContain(a.openid);
    expect(cloud.store.find('resolution_stats', {})).toHaveLength(2);
  });

  it('a person who opted out contributes nothing', async () => {
    await trackedAppeal(10, ['resolved'], { share: false });
    expect(samples()).toEqual([]);
  });
});

describe('aggregates', () => {
  it('nothing is served below MIN_SAMPLES; from then on count, median and 80th percentile', async () => {
    for (let i = 0; i < MIN_SAMPLES - 1; i += 1) await trackedAppeal(7, ['needs-more']);
    await cloud.invokeTimer('stats');
    expect(samples()).toEqual([]);
    expect(await read()).toEqual({ firstAnswer: null, end: null });
    await trackedAppeal(7, ['needs-more']);
    await cloud.invokeTimer('stats');
    const stats = await read();
    const days = workingDaysBetween(
      addCalendarDays(shanghaiDate(new Date()), -7),
      shanghaiDate(new Date()),
      mainlandCalendar,
    );
    expect(stats.firstAnswer).toEqual({
      count: MIN_SAMPLES,
      medianDays: days.days,
      p80Days: days.days,
    });
    expect(stats.end).toBeNull();
  });

  it('folds across ticks: counts add up and the median moves with them', async () => {
    for (let i = 0; i < 10; i += 1) await trackedAppeal(3, ['resolved']);
    await cloud.invokeTimer('stats');
    for (let i = 0; i < 15; i += 1) await trackedAppeal(30, ['resolved']);
    await cloud.invokeTimer('stats');
    const stats = await read();
    expect(stats.end?.count).toBe(25);
    const long = workingDaysBetween(
      addCalendarDays(shanghaiDate(new Date()), -30),
      shanghaiDate(new Date()),
      mainlandCalendar,
    );
    expect(stats.end?.medianDays).toBe(long.days);
  });

  it('the mini program cannot run the fold, and bad input changes nothing', async () => {
    await trackedAppeal(5, ['resolved']);
    const as = { openid: testOpenid('someone') };
    expect(await cloud.call('stats', {}, as)).toEqual(
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_ACTION' }) }),
    );
    expect(await cloud.call('stats', { action: 'read', causeId: '$where', channelId: CHANNEL }, as)).toEqual(
      expect.objectContaining({ ok: false }),
    );
    expect(samples()).toHaveLength(2);
  });
});
