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
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const id = queryValue(query, 'id');
      this.setData({ largeText: largeText(), today: shanghaiDate(new Date()) });
      if (!id) {
        this.setData({ state: 'error', errorMessage: '没有找到这条申诉。' });
        return;
      }
      await this.show(await appeals.getAppeal(id));
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
      this.setData({ busy: true, sheet: '' });
      await this.show(await appeals.changeStatus(current, to), `已改为「${STATUS_LABEL[to]}」`);
    },
    async chooseEscalation(e: WechatMiniprogram.CustomEvent<{ value: EscalationTarget }>) {
      const current = shown.get(this);
      if (!current) return;
      this.setData({ busy: true, sheet: '' });
      await this.show(await appeals.changeStatus(current, 'escalated', e.detail.value), '已记录升级投诉');
    },
    async markSubmitted(e: WechatMiniprogram.CustomEvent<{ value: string }>) {
      const current = shown.get(this);
      if (!current) return;
      this.setData({ busy: true });
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
