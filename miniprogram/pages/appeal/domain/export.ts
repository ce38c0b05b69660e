/**
 * 导出我的数据, in two forms: a summary in plain Chinese to paste into a memo (what each appeal is, where it
 * stands, the dates, the materials, what happened), and the complete data as a machine-readable JSON document
 * with a named format and version. Pure.
 */
import { getChannel, getDocument, getSymptom } from '../../../domain/catalog/index';
import { isChannelId, isDocumentId, isSymptomId } from '../../../domain/catalog/ids';
import { appealTitle } from '../../../domain/present/guide';
import type { AppealExport, AppealView } from '../../../domain/appeal/contract';
import { helperName } from '../../../domain/appeal/family';
import { describeDeadline } from './present';
import { STATUS_LABEL } from '../../../domain/appeal/status';
import { beijingTime, chineseDate } from '../../../domain/appeal/time';

/** The name and version of the machine-readable file, so another program knows what it reads. */
export const EXPORT_FORMAT = { format: 'appeal-guide.export', version: 1 } as const;

function appealLines(a: AppealView, n: number): string[] {
  const lines = [
    `【${n}】${appealTitle(a.causeIds)}${a.role === 'helper' ? '（家人的申诉，我在帮忙）' : ''}`,
  ];
  if (isSymptomId(a.symptomId)) lines.push(`情况：${getSymptom(a.symptomId).title}`);
  if (isChannelId(a.channelId)) lines.push(`去哪里办：${getChannel(a.channelId).name}`);
  const submitted = a.submittedOn ? `（${chineseDate(a.submittedOn)} 提交）` : '';
  lines.push(`进度：${STATUS_LABEL[a.status]}${submitted}`);
  const deadline = describeDeadline(a.deadline);
  if (deadline) lines.push(`答复：${deadline}`);
  const done = a.checklist.filter((c) => c.done).length;
  lines.push(`材料（备好 ${done} / ${a.checklist.length}）：`);
  for (const c of a.checklist)
    lines.push(`  ${c.done ? '✓' : '○'} ${isDocumentId(c.id) ? getDocument(c.id).name : c.id}`);
  if (a.helpers.length) lines.push(`一起关注的家人：${a.helpers.map((h) => helperName(h.label)).join('、')}`);
  lines.push('经过：');
  for (const e of a.timeline)
    lines.push(`  ${beijingTime(e.at)} · ${e.actorLabel} · ${e.text}${e.private ? '（只有自己能看）' : ''}`);
  return lines;
}

/** The summary to paste into a memo: one block per appeal, dates in Beijing time, no field names. */
export function exportSummary(data: AppealExport): string {
  const head = [
    '申诉向导 · 我的申诉记录',
    `导出时间：${beijingTime(data.exportedAt)}（北京时间）`,
    data.appeals.length ? `共 ${data.appeals.length} 条` : '还没有跟踪的申诉',
  ];
  return [head.join('\n'), ...data.appeals.map((a, i) => appealLines(a, i + 1).join('\n'))].join('\n\n');
}

/** The complete data, for a computer: JSON with its format and version first. */
export function exportFile(data: AppealExport): string {
  return JSON.stringify({ ...EXPORT_FORMAT, ...data }, null, 2);
}
