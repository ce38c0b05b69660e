/// <reference lib="dom" />
/**
 * WeChat's native `<picker>`: a bottom sheet for `mode="selector"`, a dialog with the browser's own
 * date/month/time field for `mode="date"` / `"time"`. Fires `change` with WeChat's value shapes
 * (index; 'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY'; 'HH:mm'), clamped to start/end, or `cancel`.
 * multiSelector and region are not drawn (they cancel, with a warning).
 */
import type { Caller } from './builtins';
import { h, type Shell } from './ui';

function label(item: unknown, rangeKey: string): string {
  if (rangeKey && item && typeof item === 'object')
    return String((item as Record<string, unknown>)[rangeKey] ?? '');
  return String(item);
}

function clamp(value: string, start: string, end: string): string {
  if (start && value < start) return start;
  if (end && value > end) return end;
  return value;
}

async function selector(shell: Shell, node: Caller): Promise<void> {
  const range = Array.isArray(node.data.range) ? (node.data.range as unknown[]) : [];
  const i = await shell.sheet(
    'pv-picker',
    null,
    range.map((r) => label(r, String(node.data.rangeKey ?? ''))),
  );
  if (i < 0) node.triggerEvent('cancel', {});
  else node.triggerEvent('change', { value: i });
}

const INPUT_TYPE: Readonly<Record<string, string>> = { day: 'date', month: 'month', year: 'number' };

async function dateOrTime(shell: Shell, node: Caller, mode: 'date' | 'time'): Promise<void> {
  const type = mode === 'time' ? 'time' : (INPUT_TYPE[String(node.data.fields)] ?? 'date');
  const input = h('input', { type, 'data-testid': 'pv-picker-input' });
  const start = String(node.data.start ?? '');
  const end = String(node.data.end ?? '');
  if (start) input.min = start;
  if (end) input.max = end;
  input.value = String(node.data.value ?? '');
  const ok = await shell.dialog('pv-picker', mode === 'time' ? '选择时间' : '选择日期', input, [
    { label: '取消', value: false, testid: 'pv-picker-cancel' },
    { label: '确定', value: true, testid: 'pv-picker-confirm', primary: true },
  ]);
  if (ok && input.value) node.triggerEvent('change', { value: clamp(input.value, start, end) });
  else node.triggerEvent('cancel', {});
}

export async function openPicker(
  shell: Shell,
  node: Caller,
  log: (api: string, detail: string) => void,
): Promise<void> {
  const mode = String(node.data.mode || 'selector');
  log('picker', mode);
  if (mode === 'selector') return selector(shell, node);
  if (mode === 'date' || mode === 'time') return dateOrTime(shell, node, mode);
  console.warn(`[preview] <picker mode="${mode}"> is not drawn in the preview`);
  node.triggerEvent('cancel', {});
}
