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
