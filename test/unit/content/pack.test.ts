/**
 * Content packs: corrections of texts, sources, paths, phone numbers and time ranges of existing catalog ids,
 * checked by the catalog's content rules; never new ids, new fields or logic.
 */
import {
  applyPack,
  contentProblems,
  revertPack,
  unverifiedFacts,
  validatePack,
  type ContentPack,
} from '../../../miniprogram/domain/content/pack';
import { CATALOG_VERIFIED_ON, catalogTables } from '../../../miniprogram/domain/content/tables';
import { getChannel, getContact, getPath } from '../../../miniprogram/domain';
import { guideView } from '../../../miniprogram/domain/present/guide';

const TODAY = '2026-12-06';

function pack(overrides: Record<string, Record<string, unknown>>, version = 2): ContentPack {
  return { version, publishedAt: '2026-12-01', overrides };
}

const CORRECTION = pack({
  contacts: { '95017': { note: '打不通时，稍后再拨。', fact: { verifiedOn: '2026-12-01' } } },
  paths: { 'wechat-card-problem': { steps: ['打开微信“我”', '点“服务”', '点“钱包”'] } },
  channels: {
    'wechat-pay-card-appeal': {
      replyDays: { min: 1, max: 5 },
      howTo: ['在微信里提交申诉', '等结果'],
      replyFact: { source: 'news-reports', reliability: 'reported' },
    },
  },
  causes: { 'risk-unusual-activity': { title: '账户交易异常，被风控系统拦下' } },
});

describe('validatePack', () => {
  it('the bundled catalog passes the content rules', () => {
    expect(contentProblems(catalogTables(), TODAY)).toEqual([]);
  });

  it('accepts corrections of texts, sources, paths, phone numbers and time ranges', () => {
    expect(validatePack(CORRECTION, catalogTables(), TODAY)).toEqual([]);
    expect(validatePack(pack({ contacts: { '12315': { phone: '12315' } } }), catalogTables(), TODAY)).toEqual(
      [],
    );
  });

  it.each([
    ['a new id', { contacts: { '95018': { note: 'x' } } }, /no such id/],
    ['a new field', { contacts: { '95017': { url: 'https://x' } } }, /no such field/],
    ['logic: the channel of a cause', { causes: { 'risk-unusual-activity': { channel: '12315' } } }, /logic/],
    ['logic: escalation', { channels: { 'wechat-pay-card-appeal': { escalation: [] } } }, /logic/],
    [
      'a number as text',
      { channels: { 'wechat-pay-card-appeal': { replyDays: { min: '1' } } } },
      /expected number/,
    ],
    ['a list of records', { causes: { 'risk-unusual-activity': { documents: [] } } }, /expected array/],
    ['an unknown table', { questions: { x: {} } }, /no such table/],
    ['an unknown source', { contacts: { '95017': { fact: { source: 'my-blog' } } } }, /unknown source/],
    [
      'a fact above its source',
      { contacts: { '96110': { fact: { reliability: 'official' } } } },
      /more reliable/,
    ],
    ['a promise', { causes: { 'risk-unusual-activity': { title: '保证3天解封' } } }, /promises/],
    ['ASCII quotes', { contacts: { '95017': { note: '搜"腾讯客服"' } } }, /ASCII quote/],
    [
      'a range ending before it starts',
      { channels: { 'wechat-pay-card-appeal': { replyDays: { min: 5, max: 1 } } } },
      /not a range/,
    ],
    ['a phone that is not a number', { contacts: { '95017': { phone: '95017转1' } } }, /not a number/],
    ['a check in the future', { contacts: { '95017': { fact: { verifiedOn: '2027-01-01' } } } }, /future/],
  ])('refuses %s', (_what, overrides, problem) => {
    const problems = validatePack(
      pack(overrides as Record<string, Record<string, unknown>>),
      catalogTables(),
      TODAY,
    );
    expect(problems.join('\n')).toMatch(problem);
  });

  it('refuses what is not a pack', () => {
    expect(validatePack(null, catalogTables(), TODAY)).not.toEqual([]);
    expect(
      validatePack({ version: -1, publishedAt: 'today', overrides: {} }, catalogTables(), TODAY),
    ).toHaveLength(2);
  });
});

describe('applyPack', () => {
  it('corrects the live catalog everywhere it is shown, and can be taken back', () => {
    const before = guideView('risk-unusual-activity', 'card-restricted');
    const undo = applyPack(catalogTables(), CORRECTION);
    expect(getContact('95017').note).toBe('打不通时，稍后再拨。');
    expect(getPath('wechat-card-problem').steps).toEqual(['打开微信“我”', '点“服务”', '点“钱包”']);
    expect(getChannel('wechat-pay-card-appeal').replyDays).toEqual({ min: 1, max: 5, unit: 'working-days' });
    const after = guideView('risk-unusual-activity', 'card-restricted');
    expect(after.title).toBe('账户交易异常，被风控系统拦下');
    expect(after.channel.steps.join('\n')).toContain('打开微信“我” → 点“服务” → 点“钱包”');
    expect(after.channel.replyText?.note).toBe('以官方为准');
    revertPack(undo);
    expect(guideView('risk-unusual-activity', 'card-restricted')).toEqual(before);
    expect('verifiedOn' in getContact('95017').fact).toBe(false);
  });
});

describe('when each fact was last checked', () => {
  it('bundled facts carry the catalog’s review date; a pack can record a newer check', () => {
    const tables = catalogTables();
    const total = unverifiedFacts(tables, CATALOG_VERIFIED_ON, '2099-01-01', 12);
    expect(total).toBeGreaterThan(50);
    expect(unverifiedFacts(tables, CATALOG_VERIFIED_ON, CATALOG_VERIFIED_ON, 12)).toBe(0);
    const undo = applyPack(tables, pack({ contacts: { '95017': { fact: { verifiedOn: '2098-12-01' } } } }));
    expect(unverifiedFacts(tables, CATALOG_VERIFIED_ON, '2099-01-01', 12)).toBe(total - 1);
    revertPack(undo);
  });
});
