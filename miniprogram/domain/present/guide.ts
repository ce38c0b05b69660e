/**
 * A cause's guide, ready for a page: every fact with its source and reliability note, the checklist, the
 * channel with its in-app path and verified number, expected time, escalation and what not to do.
 * Pure: the result page, the guide library and the share card all show the same thing.
 */
import { CATALOG_VERIFIED_ON } from '../content/tables';
import {
  channelFor,
  getCause,
  getChannel,
  getContact,
  getPath,
  isCauseId,
  reliabilityNote,
  SOURCES,
} from '../catalog/index';
import type { CauseId, Fact, SymptomId, WorkingDays } from '../catalog/index';
import { buildChecklist, type ChecklistItem } from '../checklist';
import type { Answers } from '../diagnosis/questions/index';
import type { AppealVerdict, Authority, CauseWhere } from '../catalog/types';

/** A fact as shown: the sentence, where it comes from, and 以官方为准 when it is not official. */
export interface FactLine {
  readonly text: string;
  readonly source: string;
  readonly note: string;
  /** When it was last checked against its source, e.g. 2026-11-23. */
  readonly verifiedOn: string;
}

export function factLine(f: Fact): FactLine {
  return {
    text: f.text,
    source: SOURCES[f.source].title,
    note: reliabilityNote(f.reliability),
    verifiedOn: f.verifiedOn ?? CATALOG_VERIFIED_ON,
  };
}

export const AUTHORITY_LABEL: Readonly<Record<Authority, string>> = {
  wechat: '微信（腾讯）',
  'wechat-pay': '微信支付',
  bank: '发卡银行',
  lender: '放款机构',
  police: '公安机关',
  court: '法院',
  platform: '交易平台',
  merchant: '商家',
  regulator: '监管部门',
  relative: '给你开亲属卡的家人',
  self: '你自己（在微信里补充或更新资料）',
  nobody: '不用谁来解除：这是规定的限制，或者等一等就会好',
};

export const VERDICT_LABEL: Readonly<Record<AppealVerdict, string>> = {
  appeal: '可以申诉',
  'fix-first': '不用申诉，先把这件事办好（下面写了怎么办）',
  'contact-authority': '要找能处理的单位，向微信申诉没有用',
  'no-appeal': '不需要申诉，也没有任何收费服务能解除',
};

export interface ContactLine {
  readonly id: string;
  readonly name: string;
  /** null for the bank hotline: it is printed on the back of the card. */
  readonly phone: string | null;
  readonly scope: string;
}

export interface ChannelView {
  readonly id: string;
  readonly name: string;
  readonly steps: readonly string[];
  readonly pathFact: FactLine | null;
  readonly contact: ContactLine | null;
  readonly replyText: FactLine | null;
}

export interface GuideView {
  readonly causeId: CauseId;
  readonly title: string;
  readonly explanation: readonly FactLine[];
  readonly liftedBy: string;
  readonly liftedByFact: FactLine;
  readonly verdict: AppealVerdict;
  readonly verdictLabel: string;
  readonly verdictFact: FactLine;
  readonly firstActions: readonly string[];
  readonly checklist: readonly ChecklistItem[];
  readonly channel: ChannelView;
  readonly expected: FactLine;
  readonly expectedDays: string;
  /**
   * What the result offers: a statement for a WeChat (or platform) appeal; what to say at the counter or on the
   * phone, with a record of the visit, where no appeal makes sense; nothing to track where only waiting helps.
   */
  readonly offer: Offer;
  readonly say: readonly string[];
  readonly record: readonly string[];
  /** The tracking button; '' when there is nothing to track. */
  readonly trackLabel: string;
  readonly escalation: readonly { readonly id: string; readonly name: string }[];
  readonly dont: readonly string[];
  readonly lastReviewed: string;
}

export type Offer = 'statement' | 'visit' | 'none';

/** A record of a visit or call, so the next one does not start from zero. */
export const VISIT_RECORD: readonly string[] = [
  '记下日期，去的是哪个网点、哪个单位，或者打的是哪个电话',
  '记下接待你的人的姓名或工号，他说了什么、让你下一步做什么',
  '有办理单号、回执或受理单的，拍照留在手机里',
];

const TRACK_LABEL: Readonly<Record<Offer, string>> = {
  statement: '开始跟踪申诉',
  visit: '记下这一步，跟踪进度',
  none: '',
};

function offerOf(verdict: AppealVerdict, channelId: Parameters<typeof getChannel>[0]): Offer {
  if (verdict === 'appeal') return 'statement';
  const ch = getChannel(channelId);
  return ch.authority === 'nobody' || ch.selfService ? 'none' : 'visit';
}

export function contactLine(id: Parameters<typeof getContact>[0]): ContactLine {
  const c = getContact(id);
  return { id: c.id, name: c.name, phone: c.phone, scope: c.scope };
}

function span(days: WorkingDays): string {
  const range = days.min === days.max ? `${days.max}` : `${days.min}–${days.max}`;
  const unit = days.unit === 'working-days' ? '个工作日' : days.unit === 'days' ? '天' : '小时';
  return `${range} ${unit}`;
}

/**
 * The headline of 大概多久. Only an official time is a headline ("约 7 个工作日"); a reported or seed-only figure
 * is shown as what is commonly said, never as the expected time.
 */
export function describeExpected(days: WorkingDays | null, basis: Fact): string {
  if (!days) return '没有公布固定时限';
  if (basis.reliability === 'official') return `约 ${span(days)}`;
  return `没有官方时限；常见说法约 ${span(days)}`;
}

/** 去哪里办: the cause's own steps when it has them, else the channel's; an unverified menu path comes last. */
export function channelView(id: Parameters<typeof getChannel>[0], where?: CauseWhere): ChannelView {
  const ch = getChannel(id);
  const pathId = where && where.path !== undefined ? where.path : ch.path;
  const path = pathId ? getPath(pathId) : null;
  const howTo = where ? where.steps : ch.howTo;
  const taps = path ? path.steps.join(' → ') : '';
  const steps = !path
    ? [...howTo]
    : path.fact.reliability === 'official'
      ? [...path.steps, ...howTo]
      : [...howTo, `在微信里也可以找：${taps}（菜单名字以手机上为准）`];
  return {
    id: ch.id,
    name: ch.name,
    steps,
    pathFact: path ? factLine(path.fact) : null,
    contact: ch.contact ? contactLine(ch.contact) : null,
    replyText: ch.replyFact ? factLine(ch.replyFact) : null,
  };
}

export function guideView(causeId: CauseId, symptomId?: SymptomId, answers: Answers = {}): GuideView {
  const cause = getCause(causeId);
  const channelId = channelFor(cause, symptomId);
  const offer = offerOf(cause.appeal.verdict, channelId);
  return {
    causeId,
    title: cause.title,
    explanation: cause.explanation.map(factLine),
    liftedBy: cause.liftedBy.map((a) => AUTHORITY_LABEL[a]).join('、'),
    liftedByFact: factLine(cause.liftedByText),
    verdict: cause.appeal.verdict,
    verdictLabel: VERDICT_LABEL[cause.appeal.verdict],
    verdictFact: factLine(cause.appeal.text),
    firstActions: cause.firstActions,
    checklist: buildChecklist([causeId], answers),
    channel: channelView(channelId, cause.where),
    expected: factLine(cause.expected.fact),
    expectedDays: describeExpected(cause.expected.workingDays, cause.expected.fact),
    offer,
    say: offer === 'visit' ? cause.say || [] : [],
    record: offer === 'visit' ? VISIT_RECORD : [],
    trackLabel: TRACK_LABEL[offer],
    escalation: cause.escalation.map((id) => ({ id, name: getChannel(id).name })),
    dont: cause.dont,
    lastReviewed: cause.lastReviewed,
  };
}

/** The channel where tracking starts for a diagnosis (the top cause's first channel). */
export function trackingChannel(causeId: CauseId, symptomId?: SymptomId): string {
  return channelFor(getCause(causeId), symptomId);
}

/** The name of an appeal, from its first cause (stored ids are checked, never trusted). */
export function appealTitle(causeIds: readonly string[]): string {
  const first = causeIds[0];
  return first && isCauseId(first) ? getCause(first).title : '申诉';
}

/** The parts of a guide that open on a tap (what a page sends only when the person opens them). */
export type GuideSection = 'why' | 'checklist' | 'where';

export const GUIDE_SECTIONS: readonly GuideSection[] = ['why', 'checklist', 'where'];

export function isGuideSection(s: unknown): s is GuideSection {
  return GUIDE_SECTIONS.indexOf(s as GuideSection) >= 0;
}

/**
 * What a guide shows before anything is opened: who can lift it, whether to appeal, the first steps and what
 * never to do; for the closed sections only how many lines they hold.
 */
export type GuideHead = Pick<
  GuideView,
  | 'causeId'
  | 'title'
  | 'liftedBy'
  | 'liftedByFact'
  | 'verdict'
  | 'verdictLabel'
  | 'verdictFact'
  | 'firstActions'
  | 'dont'
  | 'lastReviewed'
  | 'offer'
  | 'trackLabel'
> & {
  readonly channelId: string;
  readonly whyCount: number;
  readonly checklistCount: number;
};

export function guideHead(g: GuideView): GuideHead {
  return {
    causeId: g.causeId,
    title: g.title,
    liftedBy: g.liftedBy,
    liftedByFact: g.liftedByFact,
    verdict: g.verdict,
    verdictLabel: g.verdictLabel,
    verdictFact: g.verdictFact,
    firstActions: g.firstActions,
    dont: g.dont,
    lastReviewed: g.lastReviewed,
    channelId: g.channel.id,
    offer: g.offer,
    trackLabel: g.trackLabel,
    whyCount: g.explanation.length,
    checklistCount: g.checklist.length,
  };
}

/** One opened section's lines, keyed as in GuideView (merged into the head a page shows). */
export function guideSection(g: GuideView, section: GuideSection): Partial<GuideView> {
  if (section === 'why') return { explanation: g.explanation };
  if (section === 'checklist') return { checklist: g.checklist };
  return { channel: g.channel, expected: g.expected, expectedDays: g.expectedDays, escalation: g.escalation };
}
