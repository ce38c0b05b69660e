/** Dates and times as a person in China reads them. Pure. */

/** `2026-11-23` → `2026年11月23日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2026-11-23T01:30:00.000Z` → `11月23日 09:30` in Beijing time. */
export function beijingTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600e3);
  if (Number.isNaN(t.getTime())) return '';
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
