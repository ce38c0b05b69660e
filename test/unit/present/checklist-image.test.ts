import { ALL_CAUSES } from '../../../miniprogram/domain';
import { checklistImage, wrap } from '../../../miniprogram/domain/present/checklist-image';
import { guideView } from '../../../miniprogram/domain/present/guide';

describe('checklist picture layout', () => {
  it.each(ALL_CAUSES.map((c) => [c.id]))('%s: every document, inside the page, lines in order', (id) => {
    const guide = guideView(id);
    const layout = checklistImage(guide);
    const texts = layout.ops.filter((o) => o.kind === 'text');
    const all = texts.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    for (const doc of guide.checklist) expect(all).toContain(doc.name);
    expect(all).toContain('96110');
    let lastY = 0;
    for (const t of texts) {
      if (t.kind !== 'text') continue;
      expect(t.y).toBeGreaterThan(lastY);
      expect(t.y).toBeLessThan(layout.height);
      lastY = t.y;
    }
  });

  it('wraps long Chinese text within the width and keeps every character', () => {
    const text = '请带上身份证原件到发卡银行任意网点办理，'.repeat(6);
    const lines = wrap(text, 30, 600);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(Array.from(line).length * 30).toBeLessThanOrEqual(600);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('never splits an emoji', () => {
    expect(wrap('😀😀😀', 20, 20)).toEqual(['😀', '😀', '😀']);
  });
});
