/**
 * A helper the owner removed (or who left) cannot walk back in through another open invitation, under that
 * invitation's name, spending the card meant for someone else. Only an invitation made after the removal lets
 * them in again, and then the owner sees who actually came back.
 */
import { appealAs, data, useQuietLocalCloud } from '../harness';
import { invite, person, refusedWithoutTrace, withHelper } from '../family/setup';

const cloud = useQuietLocalCloud();

describe('a removed helper', () => {
  it('cannot come back through an invitation made before the removal; it stays for whoever it was for', async () => {
    const family = await withHelper(cloud); // the son, joined as 儿子
    const forDaughter = await invite(family.as, family.appeal, '女儿');
    data(await family.as('removeHelper', { id: family.appeal.id, helper: family.tag }));
    await refusedWithoutTrace(
      cloud,
      () => family.helperAs('join', { token: forDaughter.token }),
      'INVITE_INVALID',
    );
    const daughter = appealAs(cloud, person('daughter'));
    expect(data(await daughter('join', { token: forDaughter.token })).role).toBe('helper');
    const view = data(await family.as('get', { id: family.appeal.id }));
    expect(view.helpers.map((h) => h.label)).toEqual(['女儿']);
  });

  it('who left cannot come back through an older invitation either', async () => {
    const family = await withHelper(cloud);
    const another = await invite(family.as, family.appeal, '女儿');
    data(await family.helperAs('leave', { id: family.appeal.id }));
    await refusedWithoutTrace(
      cloud,
      () => family.helperAs('join', { token: another.token }),
      'INVITE_INVALID',
    );
  });

  it('comes back through an invitation made after the removal, shown by the name the owner knew', async () => {
    const family = await withHelper(cloud);
    data(await family.as('removeHelper', { id: family.appeal.id, helper: family.tag }));
    const later = await invite(family.as, family.appeal, '女儿');
    expect(data(await family.helperAs('join', { token: later.token })).role).toBe('helper');
    const view = data(await family.as('get', { id: family.appeal.id }));
    expect(view.helpers.map((h) => h.label)).toEqual(['儿子']);
    expect(view.timeline.at(-1)).toMatchObject({
      actorLabel: '家人（儿子）',
      text: '用给「女儿」的邀请回来帮忙',
    });
  });
});
