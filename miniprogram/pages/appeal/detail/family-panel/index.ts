/**
 * The family part of the appeal page (page-private): the owner invites a family member (pick who, the cloud
 * makes a single-use invitation, the share button sends it), revokes an invitation nobody accepted and removes
 * a helper; a helper stops helping. Every change comes back as the fresh appeal, handed to the page to show.
 *
 * Events (the page shows the fresh appeal in one setData; this panel renders nothing of its own but the label):
 * `changed` { reply, success, dropped? } after a change (`dropped`: the invitation ready to share was revoked);
 * `invited` { reply, token, id, expires } when an invitation is ready to share (its token never goes into data).
 * The page passes the ready invitation back down as `invite`.
 */
import type { AppealView, Envelope } from '../../../../domain/appeal/contract';
import { FAMILY_SAFETY, HELPER_LABELS } from '../../../../domain/appeal/family';
import { beijingTime } from '../../../../domain/appeal/time';
import * as appeals from '../../../../services/appeal';
import * as family from '../../services/family';
import { confirm, done, toast } from '../../../../services/feedback';
import { replace, ROUTES } from '../../../../services/navigation';

/** Panels waiting for the cloud to make an invitation: another tap meanwhile does nothing. */
const inviting = new WeakSet<object>();

export interface FamilyChanged {
  readonly reply: Envelope<AppealView>;
  readonly success?: string;
  /** The id of the invitation ready to share, when it was just revoked. */
  readonly dropped?: string;
}

export interface FamilyInvited {
  readonly reply: Envelope<AppealView>;
  readonly token: string;
  readonly id: string;
  readonly expires: string;
}

Component({
  options: { addGlobalClass: true },
  properties: {
    appealId: { type: String, value: '' },
    isOwner: { type: Boolean, value: false },
    family: { type: Object, value: { helpers: [], invites: [], canInvite: false, me: '' } },
    /** The invitation ready to share: its id and until when it is valid ('' for none). */
    invite: { type: Object, value: { id: '', expires: '' } },
  },
  data: {
    familySafety: FAMILY_SAFETY,
    labels: HELPER_LABELS,
    inviteLabel: '',
  },
  lifetimes: {
    detached() {
      inviting.delete(this);
    },
  },
  methods: {
    changed(reply: Envelope<AppealView>, success?: string, dropped?: string) {
      const detail: FamilyChanged = { reply, success, dropped };
      this.triggerEvent('changed', detail);
    },
    pickLabel(e: WechatMiniprogram.TouchEvent) {
      const label = String(e.currentTarget.dataset.label ?? '');
      this.setData({ inviteLabel: this.data.inviteLabel === label ? '' : label });
    },
    /** Step 1 of inviting: the cloud makes a single-use invitation; step 2 is the share button (a tap). */
    async createInvite() {
      const id = this.data.appealId;
      if (!id || inviting.has(this)) return;
      inviting.add(this);
      const reply = await family.inviteFamily(id, this.data.inviteLabel);
      inviting.delete(this);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      const detail: FamilyInvited = {
        reply: await appeals.getAppeal(id),
        token: reply.data.token,
        id: reply.data.invite.id,
        expires: beijingTime(reply.data.expiresAt),
      };
      this.triggerEvent('invited', detail);
    },
    async revokeInvite(e: WechatMiniprogram.TouchEvent) {
      const appealId = this.data.appealId;
      const id = String(e.currentTarget.dataset.id ?? '');
      if (!appealId || !id) return;
      if (!(await confirm('撤回这个邀请？', '撤回后，收到邀请的人就打不开了。'))) return;
      this.changed(await family.revokeInvite(appealId, id), '已撤回邀请', id);
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
