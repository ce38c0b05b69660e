/**
 * One appeal: where it stands, what to do next, the working-day countdown, the checklist, notes and the
 * full history. Every change goes through services/appeal and comes back as the fresh appeal.
 * The owner invites family members to help (请家人帮忙看) and removes them; a helper sees the same page without
 * the owner's controls and can stop helping.
 */
import { buildChecklist, isCauseId } from '../../../domain';
import type { AppealView, Envelope } from '../../../domain/appeal/contract';
import {
  beijingTime,
  describeDeadline,
  MOVE_LABEL,
  nextStepFor,
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
import { FAMILY_SAFETY, familyScreen, HELPER_LABELS, type FamilyScreen } from '../../../domain/appeal/family';
import { appealTitle } from '../../../domain/present/guide';
import * as appeals from '../../../services/appeal';
import * as family from '../../../services/family';
import { guideShare } from '../../../services/share';
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
  /** The cause and channel whose recorded resolution times are shown. */
  causeId: string;
  channelId: string;
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
  family: FamilyScreen;
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
    return {
      reminderLabel: '提醒被关掉了：右上角 ··· → 设置 → 订阅消息 可以重新打开',
      reminderAskAgain: false,
    };
  }
  return reminderView(outcome.reminders);
}

/** The appeal each open page shows (a page can be open twice on the stack). */
const shown = new WeakMap<object, AppealView>();
/** The appeal each open page was asked for (再试一次 after a failed first load has nothing shown to go by). */
const requested = new WeakMap<object, string>();

/** The invitation each page is about to share: its secret token never goes into the page data. */
const pendingInvites = new WeakMap<object, { token: string; id: string }>();

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
    causeId: a.causeIds[0] ?? '',
    channelId: a.channelId,
    statusLabel: STATUS_LABEL[a.status],
    tone: STATUS_TONE[a.status],
    nextStep: nextStepFor(a.status, a.role),
    deadlineText: describeDeadline(a.deadline),
    overdue: a.deadline.kind === 'date' && a.deadline.overdue,
    escalationHint: a.escalationHint ?? '',
    isOwner: a.role === 'owner',
    canMarkSubmitted: a.status === 'preparing' || a.status === 'submitted' || a.status === 'reviewing',
    submittedOn: a.submittedOn ?? '',
    checklist,
    readyCount: checklist.filter((c) => c.done).length,
    timeline: a.timeline
      .map((e, i) => ({
        key: `${i}`,
        when: beijingTime(e.at),
        who: e.actorLabel,
        text: e.text,
        private: e.private === true,
      }))
      .reverse(),
    moves: nextStatuses(a.status).map((s) => ({ name: MOVE_LABEL[s], value: s })),
    notifications: (a.notifications ?? []).map((n, i) => ({
      key: `${i}`,
      when: beijingTime(n.at),
      what: `${TEMPLATE_LABEL[n.template]}${n.recipient === 'helper' ? '（家人）' : ''}`,
      result: RESULT_LABEL[n.result],
      ok: n.result === 'sent',
    })),
    family: familyScreen(a),
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
    familySafety: FAMILY_SAFETY,
    labels: HELPER_LABELS,
    inviteLabel: '',
    inviting: false,
    inviteReady: false,
    inviteExpires: '',
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const id = queryValue(query, 'id');
      if (id) requested.set(this, id);
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
    /** A status change may have used a reminder (the cloud sent a message): show what is left. */
    async refreshReminders() {
      const reminders = await getReminders();
      if (reminders) this.setData(reminderView(reminders));
    },
    onUnload() {
      shown.delete(this);
      pendingInvites.delete(this);
    },
    /**
     * Show the appeal a call returned, or explain why not (a conflict reloads the fresh copy). `also` is set in
     * the same setData, so an action that ends here costs one more render at most.
     */
    async show(reply: Envelope<AppealView>, success?: string, also: Record<string, unknown> = {}) {
      const current = shown.get(this);
      if (reply.ok) {
        shown.set(this, reply.data);
        this.setData({
          ...also,
          state: 'ready',
          busy: false,
          sheet: '',
          screen: screenOf(reply.data),
          noteText: '',
        });
        if (success) done(success);
        return;
      }
      if (reply.error.code === 'CONFLICT' && current) {
        toast(reply.error.message);
        await this.show(await appeals.getAppeal(current.id), undefined, also);
        return;
      }
      if (current) {
        this.setData({ ...also, busy: false, sheet: '' });
        toast(reply.error.message);
        return;
      }
      this.setData({ state: 'error', errorMessage: reply.error.message });
    },
    async retry() {
      this.setData({ state: 'loading' });
      await this.onLoad({ id: shown.get(this)?.id ?? requested.get(this) });
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
      const outcome = await reminders;
      this.setData(outcomeView(outcome));
      await this.show(await appeals.changeStatus(current, to), `已改为「${STATUS_LABEL[to]}」`);
      // Keep the explanation of switched-off messages; otherwise show the reminders the change left.
      if (outcome.kind !== 'banned') await this.refreshReminders();
    },
    async chooseEscalation(e: WechatMiniprogram.CustomEvent<{ value: EscalationTarget }>) {
      const current = shown.get(this);
      if (!current) return;
      const reminders = askForReminders('changeStatus');
      this.setData({ busy: true, sheet: '' });
      const outcome = await reminders;
      this.setData(outcomeView(outcome));
      await this.show(await appeals.changeStatus(current, 'escalated', e.detail.value), '已记录升级投诉');
      // Keep the explanation of switched-off messages; otherwise show the reminders the change left.
      if (outcome.kind !== 'banned') await this.refreshReminders();
    },
    async markSubmitted(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      if (!current) return;
      // A picker change is not a tap: WeChat refuses the subscription prompt here, so the page offers
      // 开启提醒 (a tap) with the reason instead.
      this.setData({ busy: true, reminderReason: REMINDER_REASON.markSubmitted });
      await this.show(await appeals.markSubmitted(current, e.detail.value), '已记下提交日期');
      await this.refreshReminders();
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
    pickLabel(e: WechatMiniprogram.TouchEvent) {
      const label = String(e.currentTarget.dataset.label ?? '');
      this.setData({ inviteLabel: this.data.inviteLabel === label ? '' : label });
    },
    /** Step 1 of inviting: the cloud makes a single-use invitation; step 2 is the share button (a tap). */
    async createInvite() {
      const current = shown.get(this);
      if (!current || this.data.inviting) return;
      this.setData({ inviting: true });
      const reply = await family.inviteFamily(current.id, this.data.inviteLabel);
      if (!reply.ok) {
        this.setData({ inviting: false });
        toast(reply.error.message);
        return;
      }
      pendingInvites.set(this, { token: reply.data.token, id: reply.data.invite.id });
      await this.show(await appeals.getAppeal(current.id), undefined, {
        inviting: false,
        inviteReady: true,
        inviteExpires: beijingTime(reply.data.expiresAt),
      });
    },
    async revokeInvite(e: WechatMiniprogram.TouchEvent) {
      const current = shown.get(this);
      const id = String(e.currentTarget.dataset.id ?? '');
      if (!current || !id) return;
      if (!(await confirm('撤回这个邀请？', '撤回后，收到邀请的人就打不开了。'))) return;
      if (pendingInvites.get(this)?.id === id) {
        pendingInvites.delete(this);
        this.setData({ inviteReady: false, inviteExpires: '' });
      }
      await this.show(await family.revokeInvite(current.id, id), '已撤回邀请');
    },
    async removeHelper(e: WechatMiniprogram.TouchEvent) {
      const current = shown.get(this);
      const tag = String(e.currentTarget.dataset.tag ?? '');
      const name = String(e.currentTarget.dataset.name ?? '家人');
      if (!current || !tag) return;
      const sure = await confirm(`不再请${name}帮忙？`, '移除后，对方马上就看不到这条申诉了。');
      if (!sure) return;
      await this.show(await family.removeHelper(current.id, tag), '已移除');
    },
    async leave() {
      const current = shown.get(this);
      if (!current) return;
      const sure = await confirm('不再帮忙关注这条申诉？', '退出后你就看不到它了；需要时请家人重新邀请你。');
      if (!sure) return;
      const reply = await family.leaveAppeal(current.id);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      done('已退出');
      replace(ROUTES.appealList);
    },
    /**
     * The share button of an invitation shares the join card (the only card with a token); the ··· menu shares
     * the guide of the appeal's cause, ids only.
     */
    onShareAppMessage(res?: { from?: string }) {
      const pending = pendingInvites.get(this);
      if (res?.from === 'button' && pending) return family.inviteShare(pending.token);
      const current = shown.get(this);
      return guideShare(current?.causeIds[0] ?? '', current?.symptomId);
    },
  },
});
