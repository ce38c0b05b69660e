/**
 * A cause's guide, ready for a page: every fact with its source and reliability note, the checklist, the
 * channel with its in-app path and verified number, expected time, escalation and what not to do.
 * Pure: the result page, the guide library and the share card all show the same thing.
 */
import { CATALOG_VERIFIED_ON } from '../content/tables';
import {
  buildChecklist,
  channelFor,
  getCause,
  getChannel,
  getContact,
  getPath,
  isCauseId,
  reliabilityNote,
  SOURCES,
} from '../index';
import type { Answers, CauseId, ChecklistItem, Fact, SymptomId, WorkingDays } from '../index';
import type { AppealVerdict, Authority } from '../catalog/types';

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
  'wechat-pay': '微信支付',
  bank: '发卡银行',
  lender: '放款机构',
  police: '公安机关',
  court: '法院',
  platform: '交易平台',
  merchant: '商家',
  regulator: '监管部门',
  nobody: '没有人能解除（属于规则或只能等待）',
};

export const VERDICT_LABEL: Readonly<Record<AppealVerdict, string>> = {
  appeal: '可以申诉',
  'fix-first': '先处理银行那边，再看是否需要申诉',
  'contact-authority': '要找有权处理的部门，微信申诉没有用',
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
  readonly escalation: readonly { readonly id: string; readonly name: string }[];
  readonly dont: readonly string[];
  readonly lastReviewed: string;
}

export function contactLine(id: Parameters<typeof getContact>[0]): ContactLine {
  const c = getContact(id);
  return { id: c.id, name: c.name, phone: c.phone, scope: c.scope };
}

export function describeDays(days: WorkingDays | null): string {
  if (!days) return '没有公布固定时限';
  const span = days.min === days.max ? `${days.max}` : `${days.min}–${days.max}`;
  const unit = days.unit === 'working-days' ? '个工作日' : days.unit === 'days' ? '天' : '小时';
  return `约 ${span} ${unit}`;
}

export function channelView(id: Parameters<typeof getChannel>[0]): ChannelView {
  const ch = getChannel(id);
  const path = ch.path ? getPath(ch.path) : null;
  return {
    id: ch.id,
    name: ch.name,
    steps: path ? [...path.steps] : [...ch.howTo],
    pathFact: path ? factLine(path.fact) : null,
    contact: ch.contact ? contactLine(ch.contact) : null,
    replyText: ch.replyFact ? factLine(ch.replyFact) : null,
  };
}

export function guideView(causeId: CauseId, symptomId?: SymptomId, answers: Answers = {}): GuideView {
  const cause = getCause(causeId);
  const channelId = channelFor(cause, symptomId);
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
    channel: channelView(channelId),
    expected: factLine(cause.expected.fact),
    expectedDays: describeDays(cause.expected.workingDays),
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
