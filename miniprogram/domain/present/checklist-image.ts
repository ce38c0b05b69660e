/**
 * The checklist as a long picture, for people who prefer to keep a photo: a pure layout (what to draw where),
 * so the drawing code stays a dumb loop over operations and the layout can be tested without a canvas.
 * Only the guide's own content goes in: no answers, no personal details.
 */
import type { GuideView } from './guide';

export type DrawOp =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly color: string;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly color: string;
      readonly bold: boolean;
    };

export interface ImageLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly DrawOp[];
}

const WIDTH = 750;
const MARGIN = 40;
const INK = '#1f2329';
const SOFT = '#4e5969';
const BRAND = '#07c160';
const DANGER = '#f53f3f';

/** Width of one character in units of the font size: CJK full width, ASCII about half. */
function charWidth(ch: string): number {
  return ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
}

/** Break text into lines that fit `maxWidth` pixels at `size`. Never splits a surrogate pair. */
export function wrap(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of Array.from(text)) {
    const w = charWidth(ch) * size;
    if (width + w > maxWidth && line) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

class Pen {
  readonly ops: DrawOp[] = [];
  y = MARGIN;

  text(text: string, size: number, color: string, bold = false, indent = 0): void {
    for (const line of wrap(text, size, WIDTH - 2 * MARGIN - indent)) {
      this.y += Math.round(size * 1.5);
      this.ops.push({ kind: 'text', x: MARGIN + indent, y: this.y, text: line, size, color, bold });
    }
  }

  gap(h: number): void {
    this.y += h;
  }
}

export function checklistImage(guide: GuideView): ImageLayout {
  const pen = new Pen();
  pen.text('申诉材料清单', 44, INK, true);
  pen.text(guide.title, 30, SOFT);
  pen.gap(16);
  guide.checklist.forEach((item, i) => {
    pen.text(`${i + 1}. □ ${item.name}（${item.tag}）`, 32, item.required ? INK : SOFT, true);
    pen.text(`怎么拿：${item.howToObtain}`, 26, SOFT, false, 48);
    pen.gap(8);
  });
  pen.gap(16);
  pen.text(`去哪里办：${guide.channel.name}`, 30, INK, true);
  if (guide.channel.contact && guide.channel.contact.phone) {
    pen.text(`官方电话：${guide.channel.contact.phone}（${guide.channel.contact.name}）`, 28, BRAND, true);
  }
  pen.text(`大概多久：${guide.expectedDays}（${guide.expected.note || '以官方为准'}）`, 26, SOFT);
  pen.gap(16);
  pen.text('材料照片只留在自己手机里。验证码、密码谁要都不给，家人也不给。', 26, DANGER, true);
  pen.text('凡是收钱“解封”“修复”的都是骗子。有疑问打 96110。', 26, DANGER, true);
  pen.text(`申诉向导 · 内容核对日期 ${guide.lastReviewed} · 以官方为准`, 22, SOFT);
  const height = pen.y + MARGIN;
  return {
    width: WIDTH,
    height,
    ops: [{ kind: 'rect', x: 0, y: 0, w: WIDTH, h: height, color: '#ffffff' }, ...pen.ops],
  };
}
