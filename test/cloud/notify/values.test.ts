/**
 * The event → template data mapping obeys every value rule BY CONSTRUCTION: fed long and odd content, every
 * value still passes the INDEPENDENT checker the local cloud uses (tools/cloud/subscribe-rules.ts).
 */
import { deployConfig } from '../../../miniprogram/config/deploy';
import { APPEAL_STATUSES, STATUS_LABEL } from '../../../miniprogram/domain/appeal/status';
import { checkTemplateData, KEYWORD_RULES } from '../../../tools/cloud/subscribe-rules';
import {
  calendarDate,
  characterString,
  clip,
  date,
  dateTime,
  number,
  phrase,
  PHRASES,
  thing,
  time,
} from '../../../cloudfunctions/shared/notify/values';
import {
  deadlineReminderData,
  NEXT_STEP,
  progressUpdateData,
  subjectOf,
} from '../../../cloudfunctions/shared/notify/messages';

const ODD: readonly string[] = [
  '',
  ' ',
  '\n\n\t',
  '😀😀😀',
  '👨‍👩‍👧‍👦家人一起',
  '🇨🇳 国旗',
  '1️⃣2️⃣3️⃣',
  '申诉'.repeat(1000),
  'x'.repeat(2000),
  '0123456789'.repeat(200),
  'Latin text with spaces and punctuation!?'.repeat(3),
  '第一行\n第二行\r\n第三行\u2028第四行',
  'zalgo a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030f',
  '\u200b\u200d\ufeff零宽字符',
  '\ud83d', // a lone surrogate
  'مرحبا עברית ไทย 한국어 日本語',
  '<script>alert(1)</script>',
  '𠀀𠀁𠀂𪚥 rare Han (astral)',
  '\u0000\u0007控制字符\u001b[31m',
  'ｆｕｌｌｗｉｄｔｈ　全角空格',
];

const len = (s: string) => Array.from(s).length;

describe('value builders', () => {
  it.each(ODD.map((s, i) => [i, s]))('thing() of odd input #%i is a valid thing', (_i, input) => {
    const v = thing(input);
    expect(KEYWORD_RULES.thing.test(v)).toBe(true);
    expect(len(v)).toBeLessThanOrEqual(20);
    expect(v).not.toMatch(/[\n\r\t\u2028]/);
  });

  it('cuts long text to 20 characters ending with …, and keeps short text as it is', () => {
    expect(thing('银行卡在微信里用不了')).toBe('银行卡在微信里用不了');
    const long = thing('这'.repeat(50));
    expect(len(long)).toBe(20);
    expect(long.endsWith('…')).toBe(true);
    expect(clip('12345', 5)).toBe('12345');
    expect(clip('123456', 5)).toBe('1234…');
    expect(thing('😀😀')).toBe('申诉进度'); // nothing showable left: the fallback
    expect(thing('a\n\nb')).toBe('a b');
  });

  it('phrase() only accepts its fixed vocabulary, and every word is ≤ 5 Chinese characters', () => {
    for (const w of PHRASES) expect(KEYWORD_RULES.phrase.test(phrase(w))).toBe(true);
    // @ts-expect-error: free text is not a phrase word
    phrase('in review');
    // Even forced through, it cannot produce an invalid value.
    expect(KEYWORD_RULES.phrase.test(phrase('in review' as never))).toBe(true);
  });

  it('formats dates in Asia/Shanghai whatever the server clock, as 2026年11月23日', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(date(new Date('2026-11-23T01:00:00Z'))).toBe('2026年11月23日');
    expect(date(new Date('2026-11-23T15:59:59Z'))).toBe('2026年11月23日');
    expect(date(new Date('2026-11-23T16:00:00Z'))).toBe('2026年11月24日'); // midnight in Beijing
    expect(dateTime(new Date('2026-03-01T07:05:00Z'))).toBe('2026年3月1日 15:05');
    expect(time(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日 00:30');
    expect(calendarDate('2026-11-09', new Date(0))).toBe('2026年11月9日');
    expect(calendarDate('2026-02-30', new Date('2026-11-23T01:00:00Z'))).toBe('2026年11月23日');
    expect(calendarDate(null, new Date('2026-11-23T01:00:00Z'))).toBe('2026年11月23日');
  });

  it.each([
    ['an invalid Date', new Date(NaN)],
    ['the epoch', new Date(0)],
    ['year 275760', new Date(8.64e15)],
    ['a negative instant', new Date(-8.64e15)],
    ['a leap day', new Date('2028-02-28T16:00:00Z')],
  ])('date(), dateTime() and time() of %s are valid', (_label, d) => {
    expect(KEYWORD_RULES.date.test(date(d))).toBe(true);
    expect(KEYWORD_RULES.date.test(dateTime(d))).toBe(true);
    expect(KEYWORD_RULES.time.test(time(d))).toBe(true);
  });

  it('number() and characterString() stay within their rules', () => {
    for (const n of [0, 1, 42.7, -5, NaN, Infinity, 1e300])
      expect(KEYWORD_RULES.number.test(number(n))).toBe(true);
    for (const s of ODD) expect(KEYWORD_RULES.character_string.test(characterString(s))).toBe(true);
  });
});

describe('template data', () => {
  const instants = [
    new Date('2026-11-23T01:00:00Z'),
    new Date('2026-11-23T16:00:00Z'),
    new Date('2026-12-31T15:59:59Z'),
    new Date(NaN),
  ];

  it('progressUpdate: every status, odd subjects and instants pass the checker', () => {
    const keywords = deployConfig.templates.progressUpdate.keywords;
    for (const subject of ODD) {
      for (const status of APPEAL_STATUSES) {
        for (const at of instants) {
          const data = progressUpdateData({ subject, status, at });
          expect(checkTemplateData(keywords, data)).toBeNull();
        }
      }
    }
  });

  it('deadlineReminder: odd subjects, reply dates and instants pass the checker', () => {
    const keywords = deployConfig.templates.deadlineReminder.keywords;
    for (const subject of ODD) {
      for (const replyBy of [null, '2026-11-09', '2026-13-45', 'soon', '']) {
        for (const at of instants) {
          expect(checkTemplateData(keywords, deadlineReminderData({ subject, replyBy, at }))).toBeNull();
        }
      }
    }
  });

  it('says what a person expects to read', () => {
    const at = new Date('2026-11-23T06:30:00Z');
    expect(progressUpdateData({ subject: subjectOf('card-restricted'), status: 'needs-more', at })).toEqual({
      thing1: { value: '银行卡在微信里用不了' },
      phrase2: { value: '需补充材料' },
      date3: { value: '2026年11月23日 14:30' },
      thing4: { value: NEXT_STEP['needs-more'] },
    });
    expect(deadlineReminderData({ subject: subjectOf('nope'), replyBy: '2026-11-20', at })).toEqual({
      thing1: { value: '你的申诉' },
      date2: { value: '2026年11月20日' },
      thing3: { value: '已到应答复日，可先联系催办' },
    });
  });

  it('tells the status in the words the app shows', () => {
    const subject = subjectOf('card-restricted');
    const at = new Date('2026-11-23T06:30:00Z');
    for (const status of APPEAL_STATUSES)
      expect(progressUpdateData({ subject, status, at }).phrase2.value).toBe(STATUS_LABEL[status]);
  });
});
