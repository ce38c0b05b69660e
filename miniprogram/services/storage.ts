/**
 * Local storage that never throws: a full or corrupt store degrades to "nothing saved" and the page
 * carries on. Values are versioned JSON so an old shape is dropped rather than misread.
 */

export type StorageKey =
  | 'diagnosis.session'
  | 'checklist.ticks'
  | 'settings.largeText'
  | 'settings.privacyAgreed'
  | 'settings.shareResolution'
  | 'content.pack'
  | 'subscription.unreported';

interface Stored<T> {
  readonly v: 1;
  readonly value: T;
}

export function load<T>(key: StorageKey, isValid: (value: unknown) => value is T): T | null {
  try {
    const raw: unknown = wx.getStorageSync(key);
    if (!raw || typeof raw !== 'object') return null;
    const stored = raw as Partial<Stored<unknown>>;
    return stored.v === 1 && isValid(stored.value) ? stored.value : null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be saved (storage full or unavailable). */
export function save<T>(key: StorageKey, value: T): boolean {
  try {
    const stored: Stored<T> = { v: 1, value };
    wx.setStorageSync(key, stored);
    return true;
  } catch {
    return false;
  }
}

export function remove(key: StorageKey): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Nothing to do: a key we cannot remove will be ignored when it fails validation.
  }
}

export function clearAll(): boolean {
  try {
    wx.clearStorageSync();
    return true;
  } catch {
    return false;
  }
}
