/**
 * Light or dark: the app follows the phone (app.json "darkmode": true, theme.json, and
 * `@media (prefers-color-scheme: dark)` in app.wxss). Here only to say which one is showing.
 */
import { appBaseInfo } from '../../../services/app-info';
export type Theme = 'light' | 'dark';

type Listener = (theme: Theme) => void;

/** The theme showing now, or null when WeChat does not say (old versions, dark mode off in WeChat). */
export function currentTheme(): Theme | null {
  const theme = appBaseInfo().theme;
  return theme === 'dark' || theme === 'light' ? theme : null;
}

/** Follow theme changes while a page is showing; returns the way to stop. */
export function watchTheme(listener: Listener): () => void {
  if (typeof wx.onThemeChange !== 'function') return () => undefined;
  const handler = (res: { theme: string }) => listener(res.theme === 'dark' ? 'dark' : 'light');
  wx.onThemeChange(handler);
  return () => {
    if (typeof wx.offThemeChange === 'function') wx.offThemeChange(handler);
  };
}
