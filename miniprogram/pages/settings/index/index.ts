/**
 * Settings: 大字模式 (applies at once, here and on every page shown afterwards), light/dark (follows the
 * phone), the privacy notice with WeChat's privacy authorization, and 清除本机数据.
 */
import { confirm, done, toast } from '../../../services/feedback';
import {
  localDataSummary,
  openPrivacyContract,
  PRIVACY_USES,
  privacyStatus,
  requirePrivacy,
  type PrivacyState,
} from '../../../services/privacy';
import { largeText, largeTextFromWechat, writeLargeText } from '../../../services/settings';
import { clearAll } from '../../../services/storage';
import { setShareResolution, sharesResolution } from '../../../services/stats';
import { currentTheme, watchTheme, type Theme } from '../services/theme';
import { textSize } from '../../../behaviors/text-size';

const THEME_LABEL: Readonly<Record<Theme, string>> = { light: '浅色', dark: '深色' };

/** How to stop following theme changes, per open settings page. */
const stopWatching = new WeakMap<object, () => void>();

function themeLabel(theme: Theme | null): string {
  return theme ? THEME_LABEL[theme] : '跟随手机';
}

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    shareResolution: true,
    /** 大字模式 is on because WeChat's font is large (no choice made here yet). */
    fromWechat: false,
    theme: '',
    privacy: 'loading' as PrivacyState | 'loading',
    contractName: '',
    localData: [] as string[],
    privacyUses: PRIVACY_USES,
    cleared: false,
  },
  methods: {
    onLoad() {
      this.setData({
        largeText: largeText(),
        shareResolution: sharesResolution(),
        fromWechat: largeTextFromWechat(),
        theme: themeLabel(currentTheme()),
        localData: localDataSummary(),
      });
    },
    async onShow() {
      stopWatching.get(this)?.();
      stopWatching.set(
        this,
        watchTheme((theme) => this.setData({ theme: themeLabel(theme) })),
      );
      const status = await privacyStatus();
      this.setData({
        largeText: largeText(),
        theme: themeLabel(currentTheme()),
        privacy: status.state,
        contractName: status.contractName,
        localData: localDataSummary(),
      });
    },
    onHide() {
      stopWatching.get(this)?.();
      stopWatching.delete(this);
    },
    onUnload() {
      stopWatching.get(this)?.();
      stopWatching.delete(this);
    },
    toggleLargeText() {
      const on = !this.data.largeText;
      const saved = writeLargeText(on);
      if (!saved) toast('手机存储空间不足，这次打开时有效，下次要重新设置');
      this.setData({ largeText: on, fromWechat: false, localData: localDataSummary() });
    },
    async toggleShareResolution() {
      const share = !this.data.shareResolution;
      const reply = await setShareResolution(share);
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      this.setData({ shareResolution: share });
      done(share ? '已打开' : '已关闭');
    },
    /** The agree button (open-type="agreePrivacyAuthorization") was tapped: WeChat has recorded it. */
    async privacyAgreed() {
      const status = await privacyStatus();
      this.setData({ privacy: status.state === 'unknown' ? 'agreed' : status.state });
      done('已同意');
    },
    /** Ask again through WeChat's own privacy popup. */
    async askPrivacy() {
      const agreed = await requirePrivacy();
      if (!agreed) toast('没有同意也没关系，其他功能照常能用');
      const status = await privacyStatus();
      this.setData({ privacy: status.state });
    },
    async openContract() {
      if (!(await openPrivacyContract())) toast('这个微信版本打不开，下面就是完整内容');
    },
    async clearLocalData() {
      const keepLargeText = this.data.largeText;
      const sure = await confirm(
        '清除这部手机上的数据？',
        '会删除没做完的诊断和材料清单上的勾。大字模式的设置会保留。云端的申诉记录不会被删除。',
        '清除',
      );
      if (!sure) return;
      const ok = clearAll();
      if (keepLargeText) writeLargeText(true);
      if (!ok) toast('没能清除，请稍后再试');
      this.setData({ cleared: ok, localData: localDataSummary() });
    },
  },
});
