/// <reference lib="dom" />
/**
 * The engine only understands touch (touchstart → touchend makes a `tap`), so a mouse press inside the
 * phone is replayed as touch events on the same target. Real touch input (Playwright `tap()` with
 * hasTouch) is left alone.
 */

interface TouchPoint {
  identifier: number;
  target: EventTarget;
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
  screenX: number;
  screenY: number;
}

function point(target: EventTarget, e: MouseEvent): TouchPoint {
  return {
    identifier: 1,
    target,
    clientX: e.clientX,
    clientY: e.clientY,
    pageX: e.pageX,
    pageY: e.pageY,
    screenX: e.screenX,
    screenY: e.screenY,
  };
}

/** A touch event the engine accepts (plain Event with touch lists: desktop Chromium may lack TouchEvent). */
function fire(type: string, target: EventTarget, touches: TouchPoint[], changed: TouchPoint[]): void {
  const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
  Object.defineProperties(event, {
    touches: { value: touches },
    targetTouches: { value: touches },
    changedTouches: { value: changed },
  });
  target.dispatchEvent(event);
}

export function installTouch(root: HTMLElement): void {
  let down: EventTarget | null = null;
  const isField = (t: EventTarget | null) =>
    t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
  root.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType !== 'mouse' || e.button !== 0 || !e.target) return;
      down = e.target;
      const p = point(down, e);
      fire('touchstart', down, [p], [p]);
    },
    true,
  );
  root.addEventListener(
    'pointermove',
    (e) => {
      if (!down || e.pointerType !== 'mouse') return;
      const p = point(down, e);
      fire('touchmove', down, [p], [p]);
    },
    true,
  );
  root.addEventListener(
    'pointerup',
    (e) => {
      if (!down || e.pointerType !== 'mouse') return;
      const target = down;
      down = null;
      fire('touchend', target, [], [point(target, e)]);
    },
    true,
  );
  // A click on the phone must not select text or steal focus, except in text fields.
  root.addEventListener('mousedown', (e) => {
    if (!isField(e.target)) e.preventDefault();
  });
}
