/**
 * After a status change: an anonymous sample when the appeal got its first answer or ended (see
 * miniprogram/domain/appeal/resolution.ts). Best effort: a sample that cannot be written never fails the
 * person's status change. The appeal remembers which moments it has contributed (so each counts once); that
 * mark goes away with the appeal, and nothing in a sample leads back to it.
 */
import {
  momentsOf,
  outcomeOf,
  isoWeek,
  type ResolutionMoment,
} from '../../../miniprogram/domain/appeal/resolution';
import { workingDaysBetween } from '../../../miniprogram/domain/appeal/deadline';
import { mainlandCalendar } from '../../shared/workdays';
import { todayIn } from '../../shared/schedule';
import { SAMPLES, sampleDocument, sharesResolution } from '../../shared/resolution';
import { errorTag } from '../../shared/log';
import { APPEALS, type AppealDoc } from './store';
import type { CallContext } from './context';

type Sampled = AppealDoc & { readonly resolutionMoments?: readonly ResolutionMoment[] };

export async function recordResolution(ctx: CallContext, doc: AppealDoc, to: string): Promise<void> {
  const submittedOn = doc.submittedOn;
  const moments = momentsOf(to, (doc as Sampled).resolutionMoments ?? []);
  if (!submittedOn || moments.length === 0) return;
  try {
    if (!(await sharesResolution(ctx.db, ctx.openid))) return;
    const today = todayIn(ctx.now);
    const span = workingDaysBetween(submittedOn, today, mainlandCalendar);
    const _ = ctx.db.command;
    await ctx.db
      .collection(APPEALS)
      .doc(doc._id)
      .update({ data: { resolutionMoments: _.push(moments) } });
    for (const moment of moments) {
      const sample = sampleDocument({
        moment,
        causeIds: [...doc.causeIds],
        channelId: doc.channelId,
        workingDays: Math.max(span.days, 0),
        outcome: moment === 'end' ? outcomeOf(to) : null,
        week: isoWeek(today),
      });
      await ctx.db.collection(SAMPLES).add({ data: sample });
    }
  } catch (e) {
    ctx.log(`resolution: sample not recorded (${errorTag(e)})`);
  }
}
