/** Dates and times as a person in China reads them (dayjs through deadline.ts). Pure. */
import { formatBeijing, formatDate } from './deadline';

/** `2026-11-23` → `2026年11月23日`. */
export function chineseDate(iso: string): string {
  return formatDate(iso, 'YYYY年M月D日');
}

/** `2026-11-23T01:30:00.000Z` → `11月23日 09:30` in Beijing time; '' when it is not an instant. */
export function beijingTime(iso: string): string {
  return formatBeijing(iso, 'M月D日 HH:mm');
}
