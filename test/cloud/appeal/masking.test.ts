/**
 * The appeal function masks every free-text field again, whatever the page did: personal numbers, codes and
 * passwords written every way people write them (tools/privacy/forms.ts) reach neither the reply nor the store.
 */
import { givesAway, writtenSecrets } from '../../../tools/privacy/forms';
import { ALICE, appealAs, CARD_DIAGNOSIS, data, useLocalCloud } from '../harness';

const cloud = useLocalCloud();
const alice = () => appealAs(cloud, ALICE);

/** One of each form: every digit script × separator, digit by digit, zero-width, every code and password shape. */
const FORMS = writtenSecrets(1, 20261207).filter(
  (s, i, all) => all.findIndex((o) => o.kind === s.kind && o.form === s.form) === i,
);

describe('the appeal function masks what the page may have missed', () => {
  it(`${FORMS.length} written forms in notes and added notes: none reaches a reply or the store`, async () => {
    expect(FORMS.length).toBeGreaterThan(150);
    const chunks: Array<typeof FORMS> = [[]];
    for (const f of FORMS) {
      const last = chunks[chunks.length - 1];
      if (last.map((x) => x.shown).join('；').length + f.shown.length > 480) chunks.push([f]);
      else last.push(f);
    }
    const replies: string[] = [];
    for (const chunk of chunks) {
      const text = chunk.map((x) => x.shown).join('；');
      const created = data(await alice()('create', { ...CARD_DIAGNOSIS, note: text }));
      replies.push(JSON.stringify(created));
      replies.push(JSON.stringify(data(await alice()('addNote', { id: created.id, text }))));
    }
    const stored = JSON.stringify(cloud.store.snapshot());
    const leaks = FORMS.filter((f) => replies.some((r) => givesAway(f, r)) || givesAway(f, stored));
    expect(leaks.map((f) => `${f.kind} ${f.form}`)).toEqual([]);
  }, 60_000);

  it.each([
    ['验证码：123 456', '123456'],
    ['code: 482913', '482913'],
    ['收到的验证码发给了客服，是482913', '482913'],
    ['支付密碼123456', '123456'],
    ['密码：我的生日19900307', '19900307'],
    ['安全码 739', '739'],
    ['pwd: hunter2', 'hunter2'],
  ])('%s is hidden in the note', async (text, secret) => {
    const view = data(await alice()('create', { ...CARD_DIAGNOSIS, note: text }));
    expect(view.note).not.toContain(secret);
    expect(view.note).toContain('******');
  });

  it('keeps a WeChat 28-digit order number in a note', async () => {
    const note = '交易单号 4200001234202611201234567890';
    expect(data(await alice()('create', { ...CARD_DIAGNOSIS, note })).note).toBe(note);
  });
});
