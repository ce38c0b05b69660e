/**
 * The tracked checklist is the one the result page showed: derived there from causes AND answers, sent as
 * document ids with their weight (the answers stay on the phone), checked against the catalog, kept.
 */
import { buildChecklist } from '../../../miniprogram/domain';
import { trackingChannel } from '../../../miniprogram/domain/present/guide';
import { ALICE, appealAs, data, useLocalCloud } from '../harness';

jest.setTimeout(60_000);

const cloud = useLocalCloud();
const alice = () => appealAs(cloud, ALICE);

// A replaced bank card, a police notice and a code given away: the answers add three required documents.
const DIAGNOSIS = {
  symptomId: 'card-restricted',
  causeIds: ['bank-card-status'],
  channelId: trackingChannel('bank-card-status', 'card-restricted'),
};
const ON_RESULT_PAGE = buildChecklist(['bank-card-status'], {
  'bank-side': 'card-changed',
  'official-notice': 'police',
  'code-shared': 'yes',
}).map(({ id, required }) => ({ id, required }));

describe('the checklist of the result page is the one tracked', () => {
  it('keeps every document and its weight, in the same order', async () => {
    expect(ON_RESULT_PAGE).toEqual([
      { id: 'id-card', required: true },
      { id: 'new-card', required: true },
      { id: 'police-notice', required: true },
      { id: 'police-receipt', required: true },
    ]);
    const view = data(await alice()('create', { ...DIAGNOSIS, documents: ON_RESULT_PAGE }));
    expect(view.checklist.map(({ id, required }) => ({ id, required }))).toEqual(ON_RESULT_PAGE);
    const again = data(await alice()('get', { id: view.id }));
    expect(again.checklist.map((t) => t.id)).toEqual(ON_RESULT_PAGE.map((d) => d.id));
  });

  it('a document the answers added can be ticked', async () => {
    const view = data(await alice()('create', { ...DIAGNOSIS, documents: ON_RESULT_PAGE }));
    const ticked = data(
      await alice()('tickChecklist', { id: view.id, itemId: 'police-receipt', done: true }),
    );
    expect(ticked.checklist.find((t) => t.id === 'police-receipt')).toMatchObject({
      done: true,
      required: true,
    });
  });

  it('without a list (an older app), the causes alone give it', async () => {
    const view = data(await alice()('create', DIAGNOSIS));
    expect(view.checklist.map(({ id, required }) => ({ id, required }))).toEqual([
      { id: 'id-card', required: true },
      { id: 'new-card', required: false },
    ]);
  });

  it.each([
    ['an unknown document', [...ON_RESULT_PAGE, { id: 'bank-password', required: true }]],
    ['a document twice', [...ON_RESULT_PAGE, { id: 'id-card', required: true }]],
    ['a document the cause requires left out', ON_RESULT_PAGE.filter((d) => d.id !== 'id-card')],
    [
      'a required document made optional',
      ON_RESULT_PAGE.map((d) => ({ ...d, required: d.id !== 'id-card' })),
    ],
  ])('refuses %s, and nothing is created', async (_what, documents) => {
    const before = cloud.store.count('appeals', { _openid: ALICE });
    const reply = await alice()('create', { ...DIAGNOSIS, documents });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/材料清单/);
    expect(cloud.store.count('appeals', { _openid: ALICE })).toBe(before);
  });
});
