/**
 * One appeal: where it stands, what to do next, the working-day countdown, the checklist, notes and the
 * history (./history.ts: the newest few entries first). Every change goes through services/appeal and comes back as the fresh appeal.
 * The owner invites family members to help (请家人帮忙看) and removes them; a helper sees the same page without
 * the owner's controls and can stop helping.
 */
import type { AppealView, Envelope } from '../../../domain/appeal/contract';
import {
  deadlineMove,
  followUp,
  reminderPanel,
  screenOf,
  type AppealScreen,
  type ReminderInput,
} from '../domain/present';
import {
  ESCALATION_LABEL,
  ESCALATION_TARGETS,
  STATUS_LABEL,
  isAppealStatus,
  type AppealStatus,
  type EscalationTarget,
} from '../../../domain/appeal/status';
import { shanghaiDate } from '../../../domain/appeal/deadline';
import * as appeals from '../../../services/appeal';
import { inviteShare } from '../services/family';
import { guideShare } from '../../../services/share';
import { askForReminders, getReminders, REMINDER_REASON } from '../../../services/subscription';
import { confirm, done, toast } from '../../../services/feedback';
import { queryValue, replace, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import type { FamilyChanged, FamilyInvited } from './family-panel/index';
import { textSize } from '../../../behaviors/text-size';
import type { TimelineRow } from '../domain/timeline';
import * as history from './history';
import { afterPrompt, deadlineReminderOn } from './reminders';

/** The choices of the escalation sheet, set when it opens. */
const ESCALATIONS = ESCALATION_TARGETS.map((t) => ({ name: ESCALATION_LABEL[t], value: t }));

/** The appeal each open page shows (a page can be open twice on the stack). */
const shown = new WeakMap<object, AppealView>();
/** The appeal each open page was asked for (再试一次 after a failed first load has nothing shown to go by). */
const requested = new WeakMap<object, string>();
/** What each page last learnt about reminders (null: the cloud could not say). */
const reminders = new WeakMap<object, ReminderInput | null>();
/** Pages waiting for the cloud to answer a change: a second tap meanwhile does nothing (no extra render). */
const working = new WeakSet<object>();
/** The invitation each page is about to share: its secret token never goes into the page data. */
const pendingInvites = new WeakMap<object, { token: string; id: string }>();

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    state: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    appealId: '',
    screen: null as AppealScreen | null,
    followUp: '',
    /** Said once after a status change moved the expected answer date. */
    deadlineMoved: '',
    today: '',
    sheet: '' as '' | 'status' | 'escalate',
    escalations: [] as typeof ESCALATIONS,
    /** Rows of the older history pages loaded, under the newest ones, and the control's words then. */
    older: [] as TimelineRow[],
    more: '',
    noteText: '',
    notePrivate: false,
    /** The invitation ready to share (its token stays in pendingInvites). */
    invite: { id: '', expires: '' },
    reminderLabel: '',
    reminderButton: '',
    reminderReason: '',
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const id = queryValue(query, 'id');
      if (id) requested.set(this, id);
      if (!id) {
        this.setData({ largeText: largeText(), state: 'error', errorMessage: '没有找到这条申诉。' });
        return;
      }
      const [reply, state] = await Promise.all([appeals.getAppeal(id), getReminders()]);
      reminders.set(this, state);
      await this.show(reply, undefined, {
        largeText: largeText(),
        today: shanghaiDate(new Date()),
        ...reminderPanel(state, REMINDER_REASON.changeStatus),
      });
    },
    onUnload() {
      shown.delete(this);
      working.delete(this);
      reminders.delete(this);
      pendingInvites.delete(this);
      history.forget(this);
    },
    /** The reminder card and the follow-up sentence, from what is known now (one setData with the rest). */
    reminderData(state: ReminderInput | null, reason: string) {
      reminders.set(this, state);
      const current = shown.get(this);
      return {
        ...reminderPanel(state, reason),
        followUp: current
          ? followUp(current.status, current.deadline, deadlineReminderOn(state), shanghaiDate(new Date()))
          : '',
      };
    },
    async turnOnReminders() {
      const outcome = await askForReminders('changeStatus');
      this.setData(this.reminderData(afterPrompt(outcome), REMINDER_REASON.changeStatus));
    },
    /**
     * Show the appeal a call returned, or explain why not (a conflict reloads the fresh copy). `also` is set in
     * the same setData: every action ends in exactly one render.
     */
    async show(reply: Envelope<AppealView>, success?: string, also: Record<string, unknown> = {}) {
      const current = shown.get(this);
      working.delete(this);
      if (reply.ok) {
        shown.set(this, reply.data);
        const on = deadlineReminderOn(reminders.get(this) ?? null);
        this.setData({
          deadlineMoved: '',
          ...also,
          state: 'ready',
          sheet: '',
          appealId: reply.data.id,
          screen: screenOf(reply.data, history.wholePage(this)),
          followUp: followUp(reply.data.status, reply.data.deadline, on, shanghaiDate(new Date())),
          ...history.olderData(this, reply.data),
        });
        if (success) done(success);
        return;
      }
      const keep = { ...also };
      delete keep.noteText;
      delete keep.notePrivate;
      delete keep.deadlineMoved;
      if (reply.error.code === 'CONFLICT' && current) {
        toast(reply.error.message);
        await this.show(await appeals.getAppeal(current.id), undefined, keep);
        return;
      }
      if (current) {
        this.setData({ ...keep, sheet: '' });
        toast(reply.error.message);
        return;
      }
      this.setData({ ...keep, state: 'error', errorMessage: reply.error.message });
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
    /** A status change: asked for reminders inside the tap, then one render with the appeal and what moved. */
    async changeTo(current: AppealView, to: AppealStatus, target?: EscalationTarget) {
      if (working.has(this)) return;
      const asked = askForReminders('changeStatus');
      working.add(this);
      const outcome = await asked;
      const reply = await appeals.changeStatus(current, to, target);
      // The change may have used a reminder (the cloud sent a message): show what is left.
      const state =
        outcome.kind === 'banned' ? afterPrompt(outcome) : ((await getReminders()) ?? outcome.reminders);
      reminders.set(this, state);
      await this.show(reply, to === 'escalated' ? '已记录升级投诉' : `已改为「${STATUS_LABEL[to]}」`, {
        ...reminderPanel(state, REMINDER_REASON.changeStatus),
        deadlineMoved: reply.ok ? deadlineMove(current.deadline, reply.data.deadline, to) : '',
      });
    },
    async chooseStatus(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      const to = e.detail.value;
      if (!current || !isAppealStatus(to)) return;
      if (to === 'escalated') {
        this.setData({ sheet: 'escalate', escalations: ESCALATIONS });
        return;
      }
      await this.changeTo(current, to);
    },
    async chooseEscalation(e: WechatMiniprogram.CustomEvent<{ value: EscalationTarget }>) {
      const current = shown.get(this);
      if (current) await this.changeTo(current, 'escalated', e.detail.value);
    },
    async markSubmitted(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      if (!current) return;
      // A picker change is not a tap: WeChat refuses the subscription prompt here, so the page offers
      // 开启提醒 (a tap) with the reason instead.
      if (working.has(this)) return;
      working.add(this);
      const reply = await appeals.markSubmitted(current, e.detail.value);
      const state = await getReminders();
      reminders.set(this, state);
      // Past the answer date already: a reminder of that date would come too late, so the general reason.
      const overdue = reply.ok && reply.data.deadline.kind === 'date' && reply.data.deadline.overdue;
      const reason = overdue ? REMINDER_REASON.changeStatus : REMINDER_REASON.markSubmitted;
      await this.show(reply, '已记下提交日期', { ...reminderPanel(state, reason) });
    },
    async tick(e: WechatMiniprogram.TouchEvent) {
      const current = shown.get(this);
      if (!current || working.has(this)) return;
      const id = String(e.currentTarget.dataset.id);
      const item = current.checklist.find((c) => c.id === id);
      if (!item) return;
      working.add(this);
      await this.show(await appeals.tickItem(current.id, id, !item.done));
    },
    typeNote(e: { detail: { value: string } }) {
      this.setData({ noteText: e.detail.value });
    },
    togglePrivate() {
      this.setData({ notePrivate: !this.data.notePrivate });
    },
    /** Saved: the box is emptied and 只有自己能看 is unticked, so the next note is not private unnoticed. */
    async saveNote() {
      const current = shown.get(this);
      const text = this.data.noteText.trim();
      if (!current || !text) {
        toast('先写点内容再保存');
        return;
      }
      if (working.has(this)) return;
      const isPrivate = this.data.notePrivate;
      working.add(this);
      await this.show(
        await appeals.addNote(current.id, text, isPrivate),
        isPrivate ? '已保存，只有你能看' : '备注已保存',
        { noteText: '', notePrivate: false },
      );
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
    familyChanged(e: WechatMiniprogram.CustomEvent<FamilyChanged>) {
      const { reply, success, dropped } = e.detail;
      if (!dropped || pendingInvites.get(this)?.id !== dropped) return this.show(reply, success);
      pendingInvites.delete(this);
      return this.show(reply, success, { invite: { id: '', expires: '' } });
    },
    /** 查看更早的记录: the rest of the newest page, then older pages, appended in one setData each. */
    async loadEarlier() {
      const update = await history.earlierData(this, () => shown.get(this), this.data.older.length);
      if (update) this.setData(update);
    },
    /** 再次检查 on a held note of mine: the fresh appeal, with an older page it is in, in one setData. */
    async recheck(e: WechatMiniprogram.TouchEvent) {
      const current = shown.get(this);
      const done = current && (await history.recheck(this, current.id, Number(e.currentTarget.dataset.ref)));
      if (!done) return;
      await this.show(done.reply, done.success, done.older);
      if (done.stillHeld) toast(done.stillHeld);
    },
    invited(e: WechatMiniprogram.CustomEvent<FamilyInvited>) {
      const { reply, token, id, expires } = e.detail;
      pendingInvites.set(this, { token, id });
      return this.show(reply, undefined, { invite: { id, expires } });
    },
    /**
     * The share button of an invitation shares the join card (the only card with a token); the ··· menu shares
     * the guide of the appeal's cause, ids only.
     */
    onShareAppMessage(res?: { from?: string }) {
      const pending = pendingInvites.get(this);
      if (res?.from === 'button' && pending) return inviteShare(pending.token);
      const current = shown.get(this);
      return guideShare(current?.causeIds[0] ?? '', current?.symptomId);
    },
  },
});
