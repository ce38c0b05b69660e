/**
 * The local cloud's security.msgSecCheck: WeChat's argument checks and the documented reply, with the verdict a
 * test sets (for every text, or for texts containing a phrase).
 */
import { ContentRules } from '../../../tools/cloud/content-check';
import { testOpenid } from '../../../tools/cloud';

const valid = { openid: testOpenid('content'), scene: 2, content: '明天去银行', version: 2 };

describe('security.msgSecCheck on the local cloud', () => {
  it('answers pass by default, in the documented shape', () => {
    expect(new ContentRules().answer(valid, 't1')).toEqual({
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: 'pass', label: 100 },
      detail: [expect.objectContaining({ suggest: 'pass', label: 100 })],
      trace_id: 't1',
    });
  });

  it('gives the verdict set for a phrase, else the one set for all; outage is a system error', () => {
    const rules = new ContentRules();
    rules.set('risky', '坏话');
    rules.set('review');
    expect(rules.answer({ ...valid, content: '一句坏话' }, 't')).toMatchObject({
      result: { suggest: 'risky' },
    });
    expect(rules.answer(valid, 't')).toMatchObject({ result: { suggest: 'review' } });
    rules.set('outage');
    expect(rules.answer(valid, 't')).toEqual({ errcode: -1, errmsg: 'system error' });
  });

  it.each([
    ['version 1', { version: 1 }, 47001],
    ['a malformed openid', { openid: 'not-an-openid' }, 40003],
    ['scene 5', { scene: 5 }, 47003],
    ['empty content', { content: '' }, 47003],
    ['2,501 characters', { content: '字'.repeat(2501) }, 47003],
  ])('refuses %s', (_case, change, errcode) => {
    expect(new ContentRules().answer({ ...valid, ...change }, 't')).toMatchObject({ errcode });
  });
});
