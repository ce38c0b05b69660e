/** Page routes in one place, so a moved page is a one-line change. */

export const ROUTES = {
  home: '/pages/home/index',
  result: '/pages/diagnosis/result/index',
  appealList: '/pages/appeal/list/index',
} as const;

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
