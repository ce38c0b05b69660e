/**
 * The page an invitation card opens: what a family helper can and cannot do, the safety rule, and one button to
 * accept. Nothing about the appeal is shown before accepting (the token is checked only then, by the cloud).
 */
import { FAMILY_SAFETY, HELPER_CAN, HELPER_CANNOT } from '../../../domain/appeal/family';
import { joinAppeal } from '../services/family';
import { queryValue, replace, ROUTES } from '../../../services/navigation';
import { done, toast } from '../../../services/feedback';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

/** Refusals that trying again will not change: show them on the page with a way home. */
const FINAL = ['INVITE_INVALID', 'FORBIDDEN', 'LIMIT_REACHED', 'NOT_FOUND', 'INVALID_INPUT'];

/** The token each open page holds (kept out of the page data: it is never rendered). */
const tokens = new WeakMap<object, string>();

const INVALID = '这个邀请已经失效了（过期、已被使用或已撤回）。请让家人重新发一个邀请。';

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    state: 'ready' as 'ready' | 'busy' | 'invalid',
    errorMessage: '',
    safety: FAMILY_SAFETY,
    can: HELPER_CAN,
    cannot: HELPER_CANNOT,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const token = queryValue(query, 'token');
      this.setData({ largeText: largeText() });
      if (!token) {
        this.setData({ state: 'invalid', errorMessage: INVALID });
        return;
      }
      tokens.set(this, token);
    },
    onUnload() {
      tokens.delete(this);
    },
    async accept() {
      const token = tokens.get(this);
      if (!token || this.data.state !== 'ready') return;
      this.setData({ state: 'busy' });
      const reply = await joinAppeal(token);
      if (reply.ok) {
        tokens.delete(this);
        done('已加入');
        replace(ROUTES.appealDetail, { id: reply.data.id });
        return;
      }
      if (FINAL.indexOf(reply.error.code) >= 0) {
        const message = reply.error.code === 'INVITE_INVALID' ? INVALID : reply.error.message;
        this.setData({ state: 'invalid', errorMessage: message });
        return;
      }
      this.setData({ state: 'ready' });
      toast(reply.error.message);
    },
    goHome() {
      replace(ROUTES.home);
    },
  },
});
