/**
 * One appeal: where it stands, what to do next, the working-day countdown, the checklist, notes and the
 * full history. Every change goes through services/appeal and comes back as the fresh appeal.
 */
import { buildChecklist, isCauseId } from '../../../domain';
import type { AppealView, Envelope } from '../../../domain/appeal/contract';
import {
  beijingTime,
  describeDeadline,
  MOVE_LABEL,
  NEXT_STEP,
  STATUS_TONE,
  type Tone,
} from '../../../domain/appeal/present';
import {
  ESCALATION_LABEL,
  ESCALATION_TARGETS,
  nextStatuses,
  STATUS_LABEL,
  isAppealStatus,
  type EscalationTarget,
} from '../../../domain/appeal/status';
import { shanghaiDate } from '../../../domain/appeal/deadline';
import { appealTitle } from '../../../domain/present/guide';
import * as appeals from '../../../services/appeal';
import {
  askForReminders,
  getReminders,
  REMINDER_REASON,
  type ReminderState,
  type SubscribeOutcome,
} from '../../../services/subscription';
import { confirm, done, toast } from '../../../services/feedback';
import { queryValue, replace, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';

interface Screen {
  title: string;
  statusLabel: string;
  tone: Tone;
  nextStep: string;
  deadlineText: string;
  overdue: boolean;
  escalationHint: string;
  isOwner: boolean;
  /** The submission date can be recorded or corrected until a reviewer has answered. */
  canMarkSubmitted: boolean;
  submittedOn: string;
  checklist: Array<{ id: string; name: string; required: boolean; done: boolean; by: string }>;
  readyCount: number;
  timeline: Array<{ key: string; when: string; who: string; text: string; private: boolean }>;
  moves: Array<{ name: string; value: string }>;
  notifications: Array<{ key: string; when: string; what: string; result: string; ok: boolean }>;
}

const TEMPLATE_LABEL = { progressUpdate: '进度通知', deadlineReminder: '跟进提醒' } as const;
const RESULT_LABEL = {
  sent: '已发送',
  'no-credit': '没发：提醒次数用完了',
  refused: '没发：微信里关闭了提醒',
  'bad-data': '没发：内容不符合格式',
  failed: '没发：暂时发送失败',
} as const;

function reminderView(state: ReminderState | null) {
  if (!state) return { reminderLabel: '暂时查不到提醒状态', reminderAskAgain: true };
  return { reminderLabel: state.label, reminderAskAgain: state.askAgain || !state.on };
}

/** A refused or failed prompt leaves a plain explanation; accepting updates the count. */
function outcomeView(outcome: SubscribeOutcome) {
  if (outcome.kind === 'banned') {
    return { reminderLabel: '提醒被关掉了：右上角 ··· → 设置 → 订阅消息 可以重新打开', reminderAskAgain: false };
  }
  return reminderView(outcome.reminders);
}

/** The appeal each open page shows (a page can be open twice on the stack). */
const shown = new WeakMap<object, AppealView>();

function screenOf(a: AppealView): Screen {
  const names = new Map(buildChecklist(a.causeIds.filter(isCauseId)).map((d) => [d.id as string, d]));
  const checklist = a.checklist.map((t) => ({
    id: t.id,
    name: names.get(t.id)?.name ?? t.id,
    required: names.get(t.id)?.required ?? false,
    done: t.done,
    by: t.done && t.by === 'helper' ? '家人勾的' : '',
  }));
  return {
    title: appealTitle(a.causeIds),
    statusLabel: STATUS_LABEL[a.status],
    tone: STATUS_TONE[a.status],
    nextStep: NEXT_STEP[a.status],
    deadlineText: describeDeadline(a.deadline),
    overdue: a.deadline.kind === 'date' && a.deadline.overdue,
    escalationHint: a.escalationHint ?? '',
    isOwner: a.role === 'owner',
    canMarkSubmitted: a.status === 'preparing' || a.status === 'submitted' || a.status === 'reviewing',
    submittedOn: a.submittedOn ?? '',
    checklist,
    readyCount: checklist.filter((c) => c.done).length,
    timeline: a.timeline
      .map((e, i) => ({ key: `${i}`, when: beijingTime(e.at), who: e.actorLabel, text: e.text, private: e.private === true }))
      .reverse(),
    moves: nextStatuses(a.status).map((s) => ({ name: MOVE_LABEL[s], value: s })),
    notifications: (a.notifications ?? []).map((n, i) => ({
      key: `${i}`,
      when: beijingTime(n.at),
      what: `${TEMPLATE_LABEL[n.template]}${n.recipient === 'helper' ? '（家人）' : ''}`,
      result: RESULT_LABEL[n.result],
      ok: n.result === 'sent',
    })),
  };
}

Component({
  data: {
    largeText: false,
    state: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    busy: false,
    screen: null as Screen | null,
    today: '',
    sheet: '' as '' | 'status' | 'escalate',
    escalations: ESCALATION_TARGETS.map((t) => ({ name: ESCALATION_LABEL[t], value: t })),
    noteText: '',
    notePrivate: false,
    reminderLabel: '',
    reminderAskAgain: false,
    reminderReason: REMINDER_REASON.changeStatus,
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const id = queryValue(query, 'id');
      this.setData({ largeText: largeText(), today: shanghaiDate(new Date()) });
      if (!id) {
        this.setData({ state: 'error', errorMessage: '没有找到这条申诉。' });
        return;
      }
      const [reply, reminders] = await Promise.all([appeals.getAppeal(id), getReminders()]);
      this.setData(reminderView(reminders));
      await this.show(reply);
    },
    async turnOnReminders() {
      const outcome = await askForReminders('changeStatus');
      this.setData(outcomeView(outcome));
    },
    onUnload() {
      shown.delete(this);
    },
    /** Show the appeal a call returned, or explain why not (a conflict reloads the fresh copy). */
    async show(reply: Envelope<AppealView>, success?: string) {
      const current = shown.get(this);
      if (reply.ok) {
        shown.set(this, reply.data);
        this.setData({ state: 'ready', busy: false, sheet: '', screen: screenOf(reply.data), noteText: '' });
        if (success) done(success);
        return;
      }
      if (reply.error.code === 'CONFLICT' && current) {
        toast(reply.error.message);
        await this.show(await appeals.getAppeal(current.id));
        return;
      }
      if (current) {
        this.setData({ busy: false, sheet: '' });
        toast(reply.error.message);
        return;
      }
      this.setData({ state: 'error', errorMessage: reply.error.message });
    },
    async retry() {
      this.setData({ state: 'loading' });
      await this.onLoad({ id: shown.get(this)?.id });
    },
    openStatusSheet() {
      this.setData({ sheet: 'status' });
    },
    closeSheet() {
      this.setData({ sheet: '' });
    },
    async chooseStatus(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      const to = e.detail.value;
      if (!current || !isAppealStatus(to)) return;
      if (to === 'escalated') {
        this.setData({ sheet: 'escalate' });
        return;
      }
      // Asked inside the tap; the change waits for the answer so a new reminder counts for this change.
      const reminders = askForReminders('changeStatus');
      this.setData({ busy: true, sheet: '' });
      this.setData(outcomeView(await reminders));
      await this.show(await appeals.changeStatus(current, to), `已改为「${STATUS_LABEL[to]}」`);
    },
    async chooseEscalation(e: WechatMiniprogram.CustomEvent<{ value: EscalationTarget }>) {
      const current = shown.get(this);
      if (!current) return;
      const reminders = askForReminders('changeStatus');
      this.setData({ busy: true, sheet: '' });
      this.setData(outcomeView(await reminders));
      await this.show(await appeals.changeStatus(current, 'escalated', e.detail.value), '已记录升级投诉');
    },
    async markSubmitted(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      if (!current) return;
      // A picker change is not a tap: WeChat refuses the subscription prompt here, so the page offers
      // 开启提醒 (a tap) with the reason instead.
      this.setData({ busy: true, reminderReason: REMINDER_REASON.markSubmitted });
      await this.show(await appeals.markSubmitted(current, e.detail.value), '已记下提交日期');
    },
    async tick(e: WechatMiniprogram.TouchEvent) {
      const current = shown.get(this);
      if (!current || this.data.busy) return;
      const id = String(e.currentTarget.dataset.id);
      const item = current.checklist.find((c) => c.id === id);
      if (!item) return;
      this.setData({ busy: true });
      await this.show(await appeals.tickItem(current.id, id, !item.done));
    },
    typeNote(e: { detail: string }) {
      this.setData({ noteText: e.detail });
    },
    togglePrivate() {
      this.setData({ notePrivate: !this.data.notePrivate });
    },
    async saveNote() {
      const current = shown.get(this);
      const text = this.data.noteText.trim();
      if (!current || !text) {
        toast('先写点内容再保存');
        return;
      }
      this.setData({ busy: true });
      await this.show(await appeals.addNote(current.id, text, this.data.notePrivate), '备注已保存');
    },
    async remove() {
      const current = shown.get(this);
      if (!current) return;
      const sure = await confirm('删除这条申诉？', '删除后进度、清单和备注都会清除，不能恢复。');
      if (!sure) return;
      const reply = await appeals.deleteAppeal(current.id);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      done('已删除');
      replace(ROUTES.appealList);
    },
  },
});
