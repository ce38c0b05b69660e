/**
 * 导出我的数据: the memo summary reads as plain Chinese (names, labels and dates, never field names or ids),
 * and the machine-readable file carries every field with its format and version.
 */
import { getCause, getChannel, getDocument, getSymptom } from '../../../miniprogram/domain';
import type { AppealExport, AppealView } from '../../../miniprogram/domain/appeal/contract';
import { EXPORT_FORMAT, exportFile, exportSummary } from '../../../miniprogram/pages/appeal/domain/export';
import { submittedAppeal } from './fixtures';

const appeal = submittedAppeal({
  checklist: [
    { id: 'id-card', done: true, by: 'owner' },
    { id: getCause('risk-unusual-activity').documents[0]!.id, done: false },
  ],
  timeline: [
    {
      at: '2026-12-01T01:30:00.000Z',
      actor: 'owner',
      actorLabel: '本人',
      kind: 'created',
      text: '开始跟踪这条申诉',
    },
    {
      at: '2026-12-02T01:30:00.000Z',
      actor: 'owner',
      actorLabel: '本人',
      kind: 'note',
      text: '客服说等三天',
      private: true,
    },
  ],
  helpers: [{ tag: 't1', label: '儿子', joinedAt: '2026-12-02T01:00:00.000Z' }],
});

const data: AppealExport = { exportedAt: '2026-12-06T01:30:00.000Z', appeals: [appeal], nextCursor: null };

describe('导出我的数据', () => {
  it('the memo summary says everything in plain Chinese', () => {
    const text = exportSummary(data);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '申诉向导 · 我的申诉记录',
      '导出时间：12月6日 09:30（北京时间）',
      '共 1 条',
    ]);
    for (const words of [
      `【1】${getCause('risk-unusual-activity').title}`,
      `情况：${getSymptom('card-restricted').title}`,
      `去哪里办：${getChannel('wechat-pay-card-appeal').name}`,
      '进度：已提交（2026年12月4日 提交）',
      '答复：按规定 2026年12月9日 前答复，还有 3 个工作日。',
      '材料（备好 1 / 2）：',
      `  ✓ ${getDocument('id-card').name}`,
      `  ○ ${getDocument(getCause('risk-unusual-activity').documents[0]!.id).name}`,
      '一起关注的家人：家人（儿子）',
      '  12月1日 09:30 · 本人 · 开始跟踪这条申诉',
      '  12月2日 09:30 · 本人 · 客服说等三天（只有自己能看）',
    ])
      expect(text).toContain(words);
    // No field names, ids or English.
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('an unknown document id is shown as it is, not dropped', () => {
    const odd = { ...appeal, checklist: [{ id: 'some-new-doc', done: false }] } as unknown as AppealView;
    expect(exportSummary({ ...data, appeals: [odd] })).toContain('  ○ some-new-doc');
  });

  it('says so when there is nothing to export', () => {
    expect(exportSummary({ ...data, appeals: [] })).toContain('还没有跟踪的申诉');
  });

  it('the data file is the complete data with its format and version', () => {
    const parsed = JSON.parse(exportFile(data)) as Record<string, unknown>;
    expect(parsed).toEqual({ ...EXPORT_FORMAT, ...JSON.parse(JSON.stringify(data)) });
    expect(Object.keys(parsed).slice(0, 2)).toEqual(['format', 'version']);
  });
});
