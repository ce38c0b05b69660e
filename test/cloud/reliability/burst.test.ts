/**
 * An owner tapping the status back and forth cannot drain a helper's one-time reminders: a burst of changes
 * gives each person one progress message.
 */
import type { AppealStatus } from '../../../miniprogram/domain/appeal/status';
import { data, useQuietLocalCloud } from '../harness';
import { withHelper } from '../family/setup';
import { allow, delivered, PROGRESS_ID } from '../notify/setup';

jest.setTimeout(120_000);

const cloud = useQuietLocalCloud();

it('13 quick status changes send each recipient one message', async () => {
  const family = await withHelper(cloud);
  await allow(cloud, family.owner, 'progressUpdate', 15);
  await allow(cloud, family.helper, 'progressUpdate', 15);
  const moves: AppealStatus[] = ['submitted', 'reviewing'];
  for (let i = 0; i < 11; i++) moves.push(i % 2 === 0 ? 'needs-more' : 'reviewing');
  let view = family.appeal;
  for (const to of moves) {
    view = data(await family.as('changeStatus', { id: view.id, to, expectedVersion: view.version }));
  }
  expect(view.timeline.filter((e) => e.kind === 'status')).toHaveLength(13);
  const sent = delivered(cloud).filter(
    (e) => e.templateId === PROGRESS_ID && String(e.page).includes(view.id),
  );
  const per = (openid: string) => sent.filter((e) => e.touser === openid).length;
  expect([per(family.owner), per(family.helper)]).toEqual([1, 1]);
});
