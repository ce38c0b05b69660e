/**
 * Event → subscription-message data, pure. The data type of each template is derived from its keywords in
 * miniprogram/config/deploy.ts: every keyword must be present and carry a value built for its type (values.ts),
 * so editing a template's keywords there without updating this mapping fails to compile.
 */
import { deployConfig, type TemplateName } from '../../../miniprogram/config/deploy';
import { STATUS_LABEL, type AppealStatus } from '../../../miniprogram/domain/appeal/status';
import { getSymptom, isSymptomId } from '../../../miniprogram/domain';
import { calendarDate, dateTime, phrase, thing, type KeywordValue } from './values';

type Keyword<N extends TemplateName> = (typeof deployConfig.templates)[N]['keywords'][number];

/** `{ thing1: { value }, phrase2: { value }, … }` exactly as the template `N` declares its keywords. */
export type TemplateData<N extends TemplateName> = {
  readonly [K in Keyword<N> as K['key']]: { readonly value: KeywordValue<K['type']> };
};

/** What to do next, per status (a `thing`: cut to 20 characters if ever edited longer). */
export const NEXT_STEP: Readonly<Record<AppealStatus, string>> = {
  preparing: '继续准备申诉材料',
  submitted: '等待答复，到期我们会提醒你',
  reviewing: '留意平台的电话和短信',
  'needs-more': '按要求补充材料后再提交',
  resolved: '确认能正常使用后可结束跟踪',
  rejected: '可补充证据重新申诉或升级投诉',
  escalated: '等待监管部门或法院答复',
  closed: '这条申诉已结束跟踪',
};

export const REMINDER_ADVICE = {
  overdue: '已到应答复日，可先联系催办',
  checkIn: '该跟进了，看看有没有新消息',
} as const;

/** 申诉事项: what the appeal is about, in the person's words from the catalog. */
export function subjectOf(symptomId: string): string {
  return isSymptomId(symptomId) ? getSymptom(symptomId).title : '你的申诉';
}

export interface ProgressEvent {
  readonly subject: string;
  readonly status: AppealStatus;
  /** When the status changed. */
  readonly at: Date;
}

export function progressUpdateData(e: ProgressEvent): TemplateData<'progressUpdate'> {
  return {
    thing1: { value: thing(e.subject) },
    // The app's own status label: a label outside the phrase vocabulary does not compile.
    phrase2: { value: phrase(STATUS_LABEL[e.status]) },
    date3: { value: dateTime(e.at) },
    thing4: { value: thing(NEXT_STEP[e.status] ?? '', '打开小程序查看详情') },
  };
}

export interface ReminderEvent {
  readonly subject: string;
  /** Expected reply date `YYYY-MM-DD` (Shanghai), or null when the channel publishes none (a check-in). */
  readonly replyBy: string | null;
  /** The instant the reminder is for. */
  readonly at: Date;
}

export function deadlineReminderData(e: ReminderEvent): TemplateData<'deadlineReminder'> {
  return {
    thing1: { value: thing(e.subject) },
    date2: { value: calendarDate(e.replyBy, e.at) },
    thing3: { value: thing(e.replyBy ? REMINDER_ADVICE.overdue : REMINDER_ADVICE.checkIn) },
  };
}

/** Page opened by a message, with the appeal id (the page path itself comes from the configuration). */
export function pageFor(template: TemplateName, appealId: string): string {
  return `${deployConfig.templates[template].page}?id=${encodeURIComponent(appealId)}`;
}
