/**
 * Privacy: 1,000 generated card numbers, 1,000 ID numbers and 1,000 mobile numbers (valid check digits) in every
 * free-text field of every action and every share card: none stored, answered, sent or shared unmasked, and the
 * functions' output holds no openid and none of the person's words. Deleting an appeal leaves nothing of it.
 */
import {
  describeLeaks,
  leftoversOfDelete,
  runPrivacy,
  type PrivacyReport,
} from '../../../tools/reliability/privacy';
import { openWorld, type World } from '../../../tools/reliability/world';

jest.setTimeout(120_000);

let world: World;
let report: PrivacyReport;

beforeAll(async () => {
  world = await openWorld({ tag: 'privacy' });
  report = await runPrivacy(world);
});
afterAll(() => world.close());

describe('personal numbers in every free-text field and share card', () => {
  it('uses 1,000 generated numbers of each kind, in every field and share builder', () => {
    expect(report.samples).toBe(3000);
    expect(report.fields.length).toBeGreaterThanOrEqual(3);
    expect(report.shares.length).toBeGreaterThanOrEqual(1);
    expect(report.placements).toBe(3000 * (report.fields.length + report.shares.length));
  });

  it('counts as samples only the placements taken in (a helper’s name is too short for any number)', () => {
    expect(report.fields).toContain('invite.label');
    expect(report.accepted).toBeGreaterThan(0);
    expect(report.accepted).toBeLessThanOrEqual(report.placements - 3000);
  });

  it('stores, answers, sends and shares none of them unmasked: 0 leaks', () => {
    if (report.leaks.length) throw new Error(describeLeaks(report));
    expect(report.leaks).toHaveLength(0);
  });

  it('logs no openid in clear and none of the person’s words', () => {
    expect(report.logLines).toBeGreaterThan(0);
    expect(report.logLeaks).toEqual([]);
  });

  it('leaves nothing of a deleted appeal in any collection', async () => {
    expect(await leftoversOfDelete(world)).toEqual([]);
  });
});
