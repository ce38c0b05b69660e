/** Page routes in one place, so a moved page is a one-line change. */

export const ROUTES = {
  home: '/pages/home/index',
  questionnaire: '/pages/diagnosis/questionnaire/index',
  result: '/pages/diagnosis/result/index',
  statement: '/pages/diagnosis/statement/index',
  appealList: '/pages/appeal/list/index',
  appealDetail: '/pages/appeal/detail/index',
  appealJoin: '/pages/appeal/join/index',
  guideLibrary: '/pages/guide/library/index',
  guide: '/pages/guide/detail/index',
  antiScam: '/pages/safety/anti-scam/index',
  pasteCheck: '/pages/safety/paste/index',
  contacts: '/pages/safety/contacts/index',
  settings: '/pages/settings/index/index',
} as const;

/** Query values arrive still encoded, as in WeChat. */
export function queryValue(query: Record<string, string | undefined>, key: string): string {
  const raw = query[key];
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

function withQuery(route: Route, query: Record<string, string>): string {
  const parts = Object.keys(query).map((k) => `${k}=${encodeURIComponent(query[k] ?? '')}`);
  return parts.length ? `${route}?${parts.join('&')}` : route;
}

export function go(route: Route, query: Record<string, string> = {}): void {
  wx.navigateTo({ url: withQuery(route, query) });
}

export function replace(route: Route, query: Record<string, string> = {}): void {
  wx.redirectTo({ url: withQuery(route, query) });
}
