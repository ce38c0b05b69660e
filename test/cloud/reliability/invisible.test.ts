/**
 * Text nobody can see, or that changes how other text is shown, never reaches the history: the note, the note of
 * a status change, the note written at creation and a helper's name are cleaned the same way, and a note that is
 * nothing but invisible characters is refused without a trace.
 */
import { appealAs, data, useQuietLocalCloud, CARD_DIAGNOSIS } from '../harness';
import { person, refusedWithoutTrace } from '../family/setup';

const cloud = useQuietLocalCloud();

const ONLY_INVISIBLE: Record<string, string> = {
  'a zero-width space': '\u200b',
  NUL: '\u0000',
  'a right-to-left override': '\u202e',
  'a lone surrogate': '\ud800',
  'an ANSI colour code': '\u001b[31m\u001b[0m',
  'a Hangul filler': '\u3164',
  'all of them with spaces': ' \u200b\u0000 \u202e\ud800\u001b[1;31m ',
};

/** Characters that must not survive anywhere in what is stored. */
const HIDDEN = /(?!\n)[\p{C}\u3164]|\[\d+(;\d+)*m/u;

describe('a note of invisible characters only', () => {
  it.each(Object.entries(ONLY_INVISIBLE))('is refused: %s', async (_name, text) => {
    const as = appealAs(cloud, person('invisible'));
    const appeal = data(await as('create', CARD_DIAGNOSIS));
    await refusedWithoutTrace(cloud, () => as('addNote', { id: appeal.id, text }), 'INVALID_INPUT');
  });
});

describe('invisible characters inside a text', () => {
  const TEXT = '银行\u200b说\u0000三天\u202e内\ud800回复\u001b[31m红色\u001b[0m';

  it('are dropped from notes, status notes, the creation note and helper names', async () => {
    const as = appealAs(cloud, person('invisible'));
    const appeal = data(await as('create', { ...CARD_DIAGNOSIS, note: TEXT }));
    expect(appeal.note).toBe('银行说三天内回复红色');
    const noted = data(await as('addNote', { id: appeal.id, text: `第一行\n${TEXT}` }));
    expect(noted.timeline.at(-1)?.text).toBe('第一行\n银行说三天内回复红色');
    const moved = data(
      await as('changeStatus', {
        id: appeal.id,
        to: 'submitted',
        expectedVersion: noted.version,
        note: TEXT,
      }),
    );
    expect(moved.timeline.at(-1)?.text).toContain('银行说三天内回复红色');
    const card = data(await as('invite', { id: appeal.id, label: '\u202e儿\u200b子\u0000' }));
    expect(card.invite.label).toBe('儿子');
    const raw = cloud.store.find('appeals', { _id: appeal.id })[0] as {
      note: string;
      timeline: { text: string }[];
    };
    for (const text of [raw.note, ...raw.timeline.map((e) => e.text)]) expect(text).not.toMatch(HIDDEN);
  });

  it('cannot split a card number to slip it past the mask', async () => {
    const as = appealAs(cloud, person('invisible'));
    const appeal = data(await as('create', CARD_DIAGNOSIS));
    const split = '6222\u200b0212\u200b3456\u200b7890\u200b128';
    const view = data(await as('addNote', { id: appeal.id, text: `卡号 ${split}` }));
    expect(view.timeline.at(-1)?.text.replace(/\p{C}/gu, '')).not.toMatch(/\d{6,}/);
  });
});
