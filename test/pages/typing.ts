/**
 * What a person does with the keyboard and pickers: the element's own event, as WeChat sends it
 * (`input`/`blur` with `detail.value` for input and textarea, `change` for picker). Elements are found by id
 * (exparser keeps ids, and `page.comp.querySelector` is j-component's own lookup).
 */
import type { RenderedPage } from './render';

export async function fire(page: RenderedPage, id: string, event: string, value: string): Promise<void> {
  const node = page.comp.querySelector(`#${id}`);
  if (!node) throw new Error(`nothing with id="${id}" on the page`);
  node.dispatchEvent(event, { detail: { value } });
  await page.settle();
}

/** Type (or paste) text into an input or textarea. */
export function type(page: RenderedPage, id: string, value: string): Promise<void> {
  return fire(page, id, 'input', value);
}

/** Pick a value in a picker. */
export function pick(page: RenderedPage, id: string, value: string): Promise<void> {
  return fire(page, id, 'change', value);
}

/** Type (or paste) text into an input or textarea inside a component of the page (found by the component's id). */
export async function typeInside(
  page: RenderedPage,
  componentId: string,
  id: string,
  value: string,
): Promise<void> {
  const child = page.comp.querySelector(`#${componentId}`);
  const node = child && child.querySelector(`#${id}`);
  if (!node) throw new Error(`nothing with id="${id}" inside #${componentId}`);
  node.dispatchEvent('input', { detail: { value } });
  await page.settle();
}
