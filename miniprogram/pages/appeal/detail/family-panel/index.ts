/**
 * The family part of the appeal page (page-private): the owner invites a family member (pick who, the cloud
 * makes a single-use invitation, the share button sends it), revokes an invitation nobody accepted and removes
 * a helper; a helper stops helping. Every change comes back as the fresh appeal, handed to the page to show.
 *
 * Events: `changed` { reply, success } after a change; `invited` { token, id } when an invitation is ready to
 * share (its secret token never goes into data); `dropped` { id } when that invitation is revoked.
 */
import type { AppealView, Envelope } from '../../../../domain/appeal/contract';
import { FAMILY_SAFETY, HELPER_LABELS } from '../../../../domain/appeal/family';
import { beijingTime } from '../../../../domain/appeal/time';
import * as appeals from '../../../../services/appeal';
import * as family from '../../services/family';
import { confirm, done, toast } from '../../../../services/feedback';
import { replace, ROUTES } from '../../../../services/navigation';

/** The invitation each panel has ready to share (the page holds its token). */
const readyIds = new WeakMap<object, string>();

export interface FamilyChanged {
  readonly reply: Envelope<AppealView>;
  readonly success?: string;
}

Component({
  options: { addGlobalClass: true },
  properties: {
    appealId: { type: String, value: '' },
    isOwner: { type: Boolean, value: false },
    family: { type: Object, value: { helpers: [], invites: [], canInvite: false, me: '' } },
  },
  data: {
    familySafety: FAMILY_SAFETY,
    labels: HELPER_LABELS,
    inviteLabel: '',
    inviting: false,
    inviteReady: false,
    inviteExpires: '',
  },
  lifetimes: {
    detached() {
      readyIds.delete(this);
    },
  },
  methods: {
    changed(reply: Envelope<AppealView>, success?: string) {
      const detail: FamilyChanged = { reply, success };
      this.triggerEvent('changed', detail);
    },
    pickLabel(e: WechatMiniprogram.TouchEvent) {
      const label = String(e.currentTarget.dataset.label ?? '');
      this.setData({ inviteLabel: this.data.inviteLabel === label ? '' : label });
    },
    /** Step 1 of inviting: the cloud makes a single-use invitation; step 2 is the share button (a tap). */
    async createInvite() {
      const id = this.data.appealId;
      if (!id || this.data.inviting) return;
      this.setData({ inviting: true });
      const reply = await family.inviteFamily(id, this.data.inviteLabel);
      if (!reply.ok) {
        this.setData({ inviting: false });
        toast(reply.error.message);
        return;
      }
      this.triggerEvent('invited', { token: reply.data.token, id: reply.data.invite.id });
      readyIds.set(this, reply.data.invite.id);
      this.setData({ inviting: false, inviteReady: true, inviteExpires: beijingTime(reply.data.expiresAt) });
      this.changed(await appeals.getAppeal(id));
    },
    async revokeInvite(e: WechatMiniprogram.TouchEvent) {
      const appealId = this.data.appealId;
      const id = String(e.currentTarget.dataset.id ?? '');
      if (!appealId || !id) return;
      if (!(await confirm('撤回这个邀请？', '撤回后，收到邀请的人就打不开了。'))) return;
      if (readyIds.get(this) === id) {
        readyIds.delete(this);
        this.triggerEvent('dropped', { id });
        this.setData({ inviteReady: false, inviteExpires: '' });
      }
      this.changed(await family.revokeInvite(appealId, id), '已撤回邀请');
    },
    async removeHelper(e: WechatMiniprogram.TouchEvent) {
      const appealId = this.data.appealId;
      const tag = String(e.currentTarget.dataset.tag ?? '');
      const name = String(e.currentTarget.dataset.name ?? '家人');
      if (!appealId || !tag) return;
      const sure = await confirm(`不再请${name}帮忙？`, '移除后，对方马上就看不到这条申诉了。');
      if (!sure) return;
      this.changed(await family.removeHelper(appealId, tag), '已移除');
    },
    async leave() {
      const appealId = this.data.appealId;
      if (!appealId) return;
      const sure = await confirm('不再帮忙关注这条申诉？', '退出后你就看不到它了；需要时请家人重新邀请你。');
      if (!sure) return;
      const reply = await family.leaveAppeal(appealId);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      done('已退出');
      replace(ROUTES.appealList);
    },
  },
});
