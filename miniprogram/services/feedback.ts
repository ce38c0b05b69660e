/** Toasts and dialogs: the calm voice of the app. */

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none', duration: 2500 });
}

export function done(title: string): void {
  wx.showToast({ title, icon: 'success', duration: 1500 });
}

export function stopRefreshing(): void {
  wx.stopPullDownRefresh();
}

/** Ask before something that cannot be undone. Resolves false when the person cancels or the dialog fails. */
export function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      cancelText: '取消',
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** Tell the person something that needs more than a toast (stays until they tap 知道了). */
export function notice(title: string, content: string): void {
  wx.showModal({ title, content, showCancel: false, confirmText: '知道了' });
}
