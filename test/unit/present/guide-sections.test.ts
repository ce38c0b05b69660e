/**
 * A guide is sent in parts: its head first, each section when the person opens it. Together they are the whole
 * guide a page would otherwise send at once, and the head carries none of a section's lines.
 */
import { ALL_CAUSES } from '../../../miniprogram/domain';
import {
  GUIDE_SECTIONS,
  guideHead,
  guideSection,
  guideView,
  isGuideSection,
} from '../../../miniprogram/domain/present/guide';

/** Fields a page shows apart from <guide-body> (the result page's visit card) or not at all. */
const SHOWN_ELSEWHERE = ['say', 'record'];

describe('a guide in parts', () => {
  it.each(ALL_CAUSES.map((c) => [c.id]))('%s: head + sections = the whole guide, nothing twice', (id) => {
    const whole = guideView(id);
    const head = guideHead(whole);
    const parts = GUIDE_SECTIONS.map((s) => guideSection(whole, s));
    const sectionKeys = parts.flatMap((p) => Object.keys(p));
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
    for (const key of sectionKeys) expect(head).not.toHaveProperty(key);
    const covered = new Set([...Object.keys(head), ...sectionKeys, ...SHOWN_ELSEWHERE]);
    expect(Object.keys(whole).filter((k) => !covered.has(k))).toEqual([]);
    for (const part of parts) for (const [k, v] of Object.entries(part)) expect(v).toEqual(whole[k as never]);
    expect(head.whyCount).toBe(whole.explanation.length);
    expect(head.checklistCount).toBe(whole.checklist.length);
    expect(head.channelId).toBe(whole.channel.id);
  });

  it('knows its sections and nothing else', () => {
    expect(GUIDE_SECTIONS.every(isGuideSection)).toBe(true);
    expect(['', 'dont', 'constructor', 1, null].some(isGuideSection)).toBe(false);
  });
});
