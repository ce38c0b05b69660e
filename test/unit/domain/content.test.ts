/**
 * Content integrity. Ids come from one source (the keys of SYMPTOMS and of the cause records); the lists below
 * are only the stable ids of shared/domain/catalog.md that stored appeals and links refer to: each must still exist.
 */
import {
  ALL_CAUSES,
  CAUSES,
  CAUSE_IDS,
  CHANNELS,
  CHANNEL_IDS,
  CONTACTS,
  CONTACT_IDS,
  DOCUMENTS,
  FLAGS,
  GUIDE_STEPS,
  PATHS,
  QUESTIONS,
  SOURCES,
  SYMPTOMS,
  SYMPTOM_IDS,
  TIMELINES,
  getCause,
  getChannel,
  isCauseId,
  officialReplyDays,
  isSymptomId,
  renderFact,
  type Fact,
} from '../../../miniprogram/domain';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CAUSE_FILES } from '../../../miniprogram/domain/catalog/causes';
import { REVIEWED } from '../../../miniprogram/domain/catalog/causes/common';
import { guideView } from '../../../miniprogram/domain/present/guide';
import { STABLE_CAUSES, STABLE_SYMPTOMS } from './stable-ids';

/** Catalog §3: the only numbers the product may show. */
const VERIFIED_NUMBERS = ['95017', '96110', '110', '12315', '12363', '12378', '12348'];
/** [drop] claims of the seeds, and figures we must never present. */
const DROPPED = [
  '量子',
  'XA',
  '12个',
  '72小时',
  '15秒',
  '先行赔付',
  '全额赔付',
  '83%',
  '2小时解冻',
  '5%-10%',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function allFacts(): Fact[] {
  const facts: Fact[] = [];
  for (const cause of ALL_CAUSES) {
    facts.push(...cause.explanation, cause.liftedByText, cause.appeal.text, cause.expected.fact);
  }
  for (const c of Object.values(CHANNELS)) if (c.replyFact) facts.push(c.replyFact);
  for (const c of Object.values(CONTACTS)) facts.push(c.fact);
  for (const p of Object.values(PATHS)) facts.push(p.fact);
  for (const g of Object.values(GUIDE_STEPS)) if (g.fact) facts.push(g.fact);
  for (const t of TIMELINES) facts.push(t.fact);
  return facts;
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') {
    if (!KEBAB.test(value)) out.push(value); // ids are kebab-case; Chinese text never is
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) strings(v, out);
  }
  return out;
}

/** Every user-facing string in the catalog and the question bank (ids left out). */
function allText(): string {
  const all = [
    ALL_CAUSES,
    CHANNELS,
    CONTACTS,
    PATHS,
    DOCUMENTS,
    SYMPTOMS,
    FLAGS,
    GUIDE_STEPS,
    TIMELINES,
    QUESTIONS,
  ];
  return strings(all, []).join('\n');
}

describe('ids: one source, stable ids kept', () => {
  it('every stable id of the catalog still exists', () => {
    expect(STABLE_SYMPTOMS.filter((id) => !isSymptomId(id))).toEqual([]);
    expect(STABLE_CAUSES.filter((id) => !isCauseId(id))).toEqual([]);
  });

  it('id lists are the keys of the records, in the same order', () => {
    expect([...SYMPTOM_IDS]).toEqual(Object.keys(SYMPTOMS));
    expect([...CAUSE_IDS]).toEqual(Object.keys(CAUSES));
    expect(ALL_CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    for (const id of SYMPTOM_IDS) expect(SYMPTOMS[id].id).toBe(id);
    for (const id of CAUSE_IDS) expect(CAUSES[id].id).toBe(id);
  });

  it('no cause id is defined in two files (a spread would silently keep only one)', () => {
    const keys = CAUSE_FILES.flatMap((file) => Object.keys(file));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(CAUSE_IDS.length);
  });

  it('runtime id checks accept exactly the own keys', () => {
    for (const id of CAUSE_IDS) expect(isCauseId(id)).toBe(true);
    for (const id of SYMPTOM_IDS) expect(isSymptomId(id)).toBe(true);
    for (const bad of ['toString', 'constructor', '__proto__', '', 'Judicial-Freeze', 42, null])
      expect([isCauseId(bad), isSymptomId(bad)]).toEqual([false, false]);
  });

  it('every cause is listed by a symptom, once, and its symptoms are exactly those that list it', () => {
    for (const cause of ALL_CAUSES) {
      const listing = SYMPTOM_IDS.filter((s) => SYMPTOMS[s].causes.some((c) => c === cause.id));
      expect(listing.length).toBeGreaterThan(0);
      expect([...cause.symptoms]).toEqual(listing);
    }
    for (const id of SYMPTOM_IDS) {
      const causes = SYMPTOMS[id].causes;
      expect(causes.length).toBe(new Set(causes).size);
      for (const c of Object.keys(SYMPTOMS[id].channelOverrides || {})) expect(causes).toContain(c);
    }
  });

  it('new situations have an entry where a person would look for them', () => {
    const entry = (cause: string) =>
      SYMPTOM_IDS.filter((s) => SYMPTOMS[s].causes.some((c) => c === cause)).map((s) => SYMPTOMS[s].title);
    expect(entry('balance-identity-incomplete').join()).toMatch(/零钱/);
    expect(entry('payment-password-locked').join()).toMatch(/付款/);
    expect(entry('account-login-restricted').join()).toMatch(/登录/);
    expect(entry('wrong-transfer').join()).toMatch(/转错/);
    expect(entry('minor-topup-refund').join()).toMatch(/账单/);
  });

  it('every id in the catalog is kebab-case', () => {
    const ids = [
      ...SYMPTOM_IDS,
      ...CAUSE_IDS,
      ...CHANNEL_IDS,
      ...Object.keys(DOCUMENTS),
      ...Object.keys(PATHS),
      ...Object.keys(FLAGS),
      ...Object.keys(GUIDE_STEPS),
      ...Object.keys(SOURCES),
      ...Object.keys(QUESTIONS),
      ...TIMELINES.map((t) => t.id),
    ];
    for (const id of ids) expect(id).toMatch(KEBAB);
  });
});

describe('every cause is complete', () => {
  it.each(CAUSE_IDS.map((id) => [id]))('%s', (id) => {
    const cause = getCause(id);
    expect(cause.title.length).toBeGreaterThan(0);
    expect(cause.explanation.length).toBeGreaterThanOrEqual(1);
    expect(cause.liftedBy.length).toBeGreaterThanOrEqual(1);
    expect(cause.firstActions.length).toBeGreaterThanOrEqual(2);
    expect(cause.documents.length).toBeGreaterThanOrEqual(1);
    for (const d of cause.documents) expect(DOCUMENTS[d.id]).toBeDefined();
    expect(getChannel(cause.channel)).toBeDefined();
    for (const ch of cause.escalation) expect(CHANNELS[ch]).toBeDefined();
    expect(cause.dont.length).toBeGreaterThanOrEqual(2);
    expect(SOURCES[cause.explanation[0].source]).toBeDefined();
    // A cause is never marked reviewed before the sources of its facts were read.
    const read = [...cause.explanation, cause.liftedByText, cause.appeal.text, cause.expected.fact].map(
      (f) => SOURCES[f.source].retrieved,
    );
    for (const date of read) expect(cause.lastReviewed >= date).toBe(true);
  });

  it('says honestly when nobody can lift it and no paid service can help', () => {
    for (const cause of ALL_CAUSES.filter((c) => c.appeal.verdict === 'no-appeal')) {
      expect(cause.liftedBy).toContain('nobody');
    }
    for (const id of [
      'fraud-penalty',
      'judicial-freeze',
      'limit-by-account-class',
      'creditpay-product-change',
    ] as const) {
      expect(getCause(id).appeal.text.text).toMatch(/收费服务/);
    }
    // Courts, procuratorates and the police all freeze accounts: whoever the notice names lifts it.
    const freeze = getCause('judicial-freeze');
    expect(freeze.liftedBy).toEqual(expect.arrayContaining(['court', 'police']));
    expect(freeze.liftedByText.text).toMatch(/法院、检察院或公安机关/);
  });
});

/** A document number with its articles, a web address, a seed file, or the README's list of consulted pages. */
const REF =
  /〔\d{4}〕|令(\d{4}年)?第|第[一二三四五六七八九十百零〇\d]+条|https?:\/\/|^shared\/seeds\/|^README\.md/;

describe('every fact is traceable', () => {
  it.each(Object.values(SOURCES).map((src) => [src.id, src]))(
    '%s has a document number or address, a retrieval date and a reliability label',
    (_id, src) => {
      expect(src.ref).toMatch(REF);
      expect(src.retrieved).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
      expect(src.retrieved <= REVIEWED).toBe(true);
      expect(['official', 'reported', 'seed-only']).toContain(src.reliability);
    },
  );

  it('the README lists every source with its reference', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const missing = Object.values(SOURCES).filter((src) => !readme.includes(src.ref));
    expect(missing.map((src) => src.id)).toEqual([]);
  });
});

describe('only official times are headlines, deadlines or escalation triggers', () => {
  it.each(ALL_CAUSES.map((c) => [c.id, c]))(
    '%s: 大概多久 shows a time as expected only when official',
    (_id, c) => {
      const headline = guideView(c.id).expectedDays;
      if (c.expected.fact.reliability === 'official') expect(headline).not.toMatch(/常见说法/);
      else expect(headline).not.toMatch(/^约/);
      if (c.expected.workingDays && c.expected.fact.reliability !== 'official')
        expect(headline).toMatch(/没有官方时限；常见说法/);
    },
  );

  it('a channel reply time counts for deadlines only when its fact is official', () => {
    for (const ch of Object.values(CHANNELS)) {
      if (ch.replyDays) expect(ch.replyFact).not.toBeNull();
      const official = ch.replyFact !== null && ch.replyFact.reliability === 'official';
      expect(officialReplyDays(ch.id)).toEqual(official ? ch.replyDays : null);
    }
    // The WeChat appeal's "3 个工作日" is what support says, not a rule: no deadline comes from it.
    expect(getChannel('wechat-pay-card-appeal').replyDays).not.toBeNull();
    expect(officialReplyDays('wechat-pay-card-appeal')).toBeNull();
    expect(officialReplyDays('platform-support')).toBeNull();
    expect(officialReplyDays('regulator-12315')).toEqual({ min: 7, max: 7, unit: 'working-days' });
  });

  it('each timeline keeps its reliability label; seed-only and reported ones are never official', () => {
    const label = Object.fromEntries(TIMELINES.map((t) => [t.id, t.fact.reliability]));
    expect(label).toEqual({
      '12315-accept': 'official',
      '12315-mediation': 'official',
      '12315-odr': 'reported',
      '12315-age-limit': 'official',
      'bank-complaint': 'official',
      'platform-bill-reply': 'seed-only',
      'wechat-card-appeal': 'reported',
      'miniprogram-complaint': 'official',
    });
    // ODR's 10 working days is not in 总局令第20号.
    expect(TIMELINES.find((t) => t.id === '12315-odr')!.fact.source).not.toBe('samr-complaint-order-20');
  });

  it('the mini-program 48 h rule is used only for mini-program complaints', () => {
    const uses = allFacts().filter((f) => f.source === 'wechat-miniprogram-complaint-2024');
    expect(uses.length).toBeGreaterThan(0);
    for (const f of uses) expect(f.text).toMatch(/小程序/);
    expect(getChannel('wechat-bill-complaint').replyFact!.source).not.toBe(
      'wechat-miniprogram-complaint-2024',
    );
  });

  it('the bank complaint rule is never the expected time of a card problem', () => {
    for (const c of ALL_CAUSES)
      if (c.expected.fact.source === 'nfra-complaint-measures') expect(c.expected.workingDays).toBeNull();
  });
});

describe('facts, sources and numbers', () => {
  it('every fact has a known source and a reliability label', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(60);
    for (const f of facts) {
      expect(f.text.length).toBeGreaterThan(0);
      expect(SOURCES[f.source]).toBeDefined();
      expect(['official', 'reported', 'seed-only']).toContain(f.reliability);
    }
  });

  it('a fact is never more reliable than its source', () => {
    const rank = { 'seed-only': 0, reported: 1, official: 2 } as const;
    for (const f of allFacts())
      expect(rank[f.reliability]).toBeLessThanOrEqual(rank[SOURCES[f.source].reliability]);
  });

  it('uncertain facts render with 以官方为准, seed-only ones as 常见说法', () => {
    expect(renderFact({ text: 'x', source: 'seed-000', reliability: 'seed-only' })).toBe(
      'x（常见说法，以官方为准）',
    );
    expect(renderFact({ text: 'x', source: 'news-reports', reliability: 'reported' })).toBe(
      'x（以官方为准）',
    );
    expect(renderFact({ text: 'x', source: 'yinfa-2016-261', reliability: 'official' })).toBe('x');
  });

  it('only the verified numbers of catalog §3 appear anywhere', () => {
    const numbers = allText().match(/\d{3,}/g) || [];
    const allowed = new Set([
      ...VERIFIED_NUMBERS,
      '2016',
      '2018',
      '2021',
      '2022',
      '2024',
      '2026',
      '261',
      '259',
      '500',
      '1000',
      '5000',
    ]);
    expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
    expect(CONTACT_IDS.map((id) => CONTACTS[id].phone)).toEqual([...VERIFIED_NUMBERS, null]);
  });

  it('[drop] claims never appear', () => {
    const text = allText();
    for (const word of DROPPED) expect(text).not.toContain(word);
  });

  it('no promises, no paid unlocks, no moving money in our own words', () => {
    const advice = JSON.stringify([
      ALL_CAUSES.map((c) => c.firstActions),
      Object.values(GUIDE_STEPS).map((g) => g.text),
    ]);
    expect(advice).not.toMatch(/保证|一定能|肯定能|包解封|\d+天内解封/);
  });

  it('quotes Chinese words with “” (never ASCII " inside Chinese text), so nested quotes read cleanly', () => {
    const chinese = allText()
      .split('\n')
      .filter((line) => /[\u4e00-\u9fff]/.test(line));
    expect(chinese.length).toBeGreaterThan(100);
    expect(chinese.filter((line) => line.includes('"'))).toEqual([]);
  });

  it('every question has 不确定 and a help text', () => {
    for (const q of Object.values(QUESTIONS)) {
      expect((q.labels as Record<string, string>).unsure).toBe('不确定');
      expect(q.help.length).toBeGreaterThan(5);
    }
  });

  it('every document says how to obtain it and how to keep it private', () => {
    for (const d of Object.values(DOCUMENTS)) {
      expect(d.howToObtain.length).toBeGreaterThan(5);
      expect(d.privacy.length).toBeGreaterThan(5);
    }
  });

  it('channels escalate only to known channels, never in a loop back to themselves', () => {
    for (const c of Object.values(CHANNELS)) {
      expect(c.escalation).not.toContain(c.id);
      for (const next of c.escalation) expect(CHANNELS[next]).toBeDefined();
    }
  });
});
