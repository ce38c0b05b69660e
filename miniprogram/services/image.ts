/**
 * Draw a layout onto an offscreen canvas and save it to the phone's album, asking for permission first.
 * Resolves to a plain outcome; never throws.
 */
import type { ImageLayout } from '../domain/present/checklist-image';
import { confirm, toast } from './feedback';

export type SaveOutcome = 'saved' | 'denied' | 'unsupported' | 'failed';

function draw(layout: ImageLayout): WechatMiniprogram.OffscreenCanvas | null {
  if (typeof wx.createOffscreenCanvas !== 'function') return null;
  const canvas = wx.createOffscreenCanvas({ type: '2d', width: layout.width, height: layout.height });
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!ctx) return null;
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.color;
      ctx.fillRect(op.x, op.y, op.w, op.h);
    } else {
      ctx.fillStyle = op.color;
      ctx.font = `${op.bold ? 'bold ' : ''}${op.size}px sans-serif`;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
  return canvas;
}

function tempFile(canvas: WechatMiniprogram.OffscreenCanvas): Promise<string | null> {
  return new Promise((resolve) => {
    wx.canvasToTempFilePath({
      canvas: canvas as unknown as WechatMiniprogram.Canvas,
      fileType: 'png',
      success: (res) => resolve(res.tempFilePath),
      fail: () => resolve(null),
    });
  });
}

function authorizeAlbum(): Promise<boolean> {
  return new Promise((resolve) => {
    wx.authorize({
      scope: 'scope.writePhotosAlbum',
      success: () => resolve(true),
      fail: () => resolve(false),
    });
  });
}

function saveToAlbum(filePath: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.saveImageToPhotosAlbum({ filePath, success: () => resolve(true), fail: () => resolve(false) });
  });
}

export async function saveLayoutToAlbum(layout: ImageLayout): Promise<SaveOutcome> {
  const canvas = draw(layout);
  if (!canvas) {
    toast('这个微信版本不能生成图片，可以截图保存');
    return 'unsupported';
  }
  if (!(await authorizeAlbum())) {
    const open = await confirm(
      '需要相册权限',
      '保存图片要用到相册。可以在设置里打开“保存到相册”，也可以直接截图。',
      '去设置',
    );
    if (open) wx.openSetting({});
    return 'denied';
  }
  const file = await tempFile(canvas);
  if (!file || !(await saveToAlbum(file))) {
    toast('图片没能保存，可以截图保存');
    return 'failed';
  }
  toast('清单图片已保存到相册');
  return 'saved';
}
