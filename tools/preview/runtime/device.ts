/// <reference lib="dom" />
/** The simulated phone: an iPhone X-sized frame, and the unit conversions WXSS needs for it. */

export const SCREEN = {
  width: 375,
  height: 812,
  statusBar: 44,
  navBar: 44,
  safeBottom: 34,
  tabBar: 50,
} as const;

/** Height of the page area (what WeChat reports as windowHeight): screen minus status and nav bar. */
export function windowHeight(hasTabBar: boolean, customNav: boolean): number {
  const top = customNav ? 0 : SCREEN.statusBar + SCREEN.navBar;
  return SCREEN.height - top - (hasTabBar ? SCREEN.tabBar : 0);
}

function px(value: number): string {
  return `${Math.round(value * 1000) / 1000}px`;
}

const INSETS: Readonly<Record<string, number>> = {
  top: SCREEN.statusBar,
  bottom: SCREEN.safeBottom,
  left: 0,
  right: 0,
};

/**
 * rpx = windowWidth / 750 px; vh/vw relative to the phone's page area, not the desktop window;
 * env(safe-area-inset-*) as on an iPhone X.
 */
export function convertUnits(css: string, viewportHeight: number = windowHeight(false, false)): string {
  const factor: Readonly<Record<string, number>> = {
    rpx: SCREEN.width / 750,
    vw: SCREEN.width / 100,
    vh: viewportHeight / 100,
  };
  return css
    .replace(/(?<![\w-])(-?\d*\.?\d+)(rpx|vh|vw)\b/gi, (_all, n: string, unit: string) =>
      px(Number(n) * (factor[unit.toLowerCase()] ?? 1)),
    )
    .replace(
      /(?:env|constant)\(\s*safe-area-inset-(top|bottom|left|right)\s*(?:,[^)]*)?\)/g,
      (_all, side: string) => px(INSETS[side] ?? 0),
    );
}
