/**
 * 隐私保护指引 and WeChat's privacy authorization. Calling a number, copying text, adding a calendar event
 * and saving a picture are "privacy APIs": WeChat lets them run only after the person agrees to the
 * mini program's privacy notice. Refusing is a normal choice: everything else keeps working, and the
 * person is told plainly how to do the same thing by hand.
 *
 * We deliberately do NOT register wx.onNeedPrivacyAuthorization. Registering it switches the WHOLE app to
 * a custom popup for good (there is no "off"), so every page would have to render its own agree button or
 * the call would hang. Without it WeChat shows its own unified privacy popup, which works on every page.
 * The settings page offers the agree button (open-type="agreePrivacyAuthorization") next to our notice.
 */
import { callNumber, copyText } from './device';
import { notice, toast } from './feedback';
import { load, type StorageKey } from './storage';

/** 'unknown': an old WeChat without the privacy APIs (nothing to agree to there). */
export type PrivacyState = 'agreed' | 'not-agreed' | 'unknown';

export interface PrivacyStatus {
  readonly state: PrivacyState;
  /** The notice's name as registered with WeChat, e.g. 《申诉向导小程序隐私保护指引》. */
  readonly contractName: string;
}

/** The privacy APIs this app uses, in words. */
export const PRIVACY_USES: readonly string[] = [
  '拨打官方电话（比如 95017、96110）',
  '把申诉说明复制到剪贴板',
  '把查看进度的提醒加到手机日历',
  '把图片保存到手机相册',
];

export function privacyStatus(): Promise<PrivacyStatus> {
  return new Promise((resolve) => {
    if (typeof wx.getPrivacySetting !== 'function') {
      resolve({ state: 'unknown', contractName: '' });
      return;
    }
    wx.getPrivacySetting({
      success: (res) =>
        resolve({
          state: res.needAuthorization ? 'not-agreed' : 'agreed',
          contractName: res.privacyContractName || '',
        }),
      fail: () => resolve({ state: 'unknown', contractName: '' }),
    });
  });
}

/**
 * Make sure the person has agreed before a privacy API runs: shows WeChat's privacy popup when needed.
 * Resolves true when agreed (or on a WeChat too old to ask), false when refused.
 */
export function requirePrivacy(): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof wx.requirePrivacyAuthorize !== 'function') {
      resolve(true);
      return;
    }
    wx.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

/** Open the privacy notice as registered with WeChat (its own page). */
export function openPrivacyContract(): Promise<boolean> {
  return new Promise((resolve) => {
    if (typeof wx.openPrivacyContract !== 'function') {
      resolve(false);
      return;
    }
    wx.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

function refused(what: string, byHand: string): void {
  notice(
    '没有同意隐私保护指引',
    `所以没法${what}。${byHand}想用这个功能，可以到「设置」里看一看隐私保护指引，再点同意。`,
  );
}

/** Call a verified number, asking for privacy consent first; explains what to do when it does not work. */
export async function callWithConsent(phone: string): Promise<boolean> {
  if (!(await requirePrivacy())) {
    refused('直接拨号', `你可以在手机拨号盘上自己输入 ${phone}。`);
    return false;
  }
  const called = await callNumber(phone);
  if (!called) toast(`没有拨出去。也可以自己拨 ${phone}`);
  return called;
}

/** Copy text, asking for privacy consent first. */
export async function copyWithConsent(text: string, done?: string): Promise<boolean> {
  if (!(await requirePrivacy())) {
    refused('复制', '你可以长按文字，自己选中复制，或者照着抄写。');
    return false;
  }
  return done === undefined ? copyText(text) : copyText(text, done);
}

const LOCAL_DATA: ReadonlyArray<{ key: StorageKey; label: string }> = [
  { key: 'diagnosis.session', label: '没做完的诊断（你选过的答案）' },
  { key: 'checklist.ticks', label: '材料清单上勾过的项' },
  { key: 'settings.largeText', label: '大字模式的设置' },
  { key: 'settings.privacyAgreed', label: '隐私设置' },
  { key: 'settings.shareResolution', label: '是否用你的申诉帮别人估计时间' },
  { key: 'content.pack', label: '最新的办理指南内容（更正过的说明、电话和时间）' },
  { key: 'subscription.unreported', label: '还没来得及告诉服务器的提醒设置' },
];

const isAnything = (v: unknown): v is unknown => v !== undefined && v !== null;

/** What this phone keeps for the app right now, in words (never the values themselves). */
export function localDataSummary(): string[] {
  return LOCAL_DATA.filter((d) => load(d.key, isAnything) !== null).map((d) => d.label);
}
