/**
 * Records every setData of a page instance and of the custom components inside it: which keys, how many bytes
 * of JSON, during which step, by whom; and each one's initial `data` (sent with its first render).
 */
export interface SetDataCall {
  /** `load` or the name of the user action during which the call happened. */
  step: string;
  keys: string[];
  bytes: number;
  /** `page`, or the tag of the component that called it. */
  scope: string;
  /** The initial `data` of the page or a component, not a setData call. */
  initial?: boolean;
}

/** UTF-8 length of a string (no Buffer/TextEncoder needed: jsdom test environments may lack them). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

type SetData = (data: Record<string, unknown>, callback?: () => void) => void;

export class SetDataRecorder {
  readonly calls: SetDataCall[] = [];
  step = 'load';

  /** Record the instance's initial data, then wrap its own setData: every call is recorded, passed on unchanged. */
  attach(instance: { setData: SetData; data?: unknown }, scope = 'page'): void {
    const initial = utf8Bytes(JSON.stringify(instance.data ?? {}));
    this.calls.push({ step: this.step, keys: [], bytes: initial, scope, initial: true });
    const original = instance.setData;
    instance.setData = (data, callback) => {
      const bytes = utf8Bytes(JSON.stringify(data));
      this.calls.push({ step: this.step, keys: Object.keys(data), bytes, scope });
      return original.call(instance, data, callback);
    };
  }

  /** The setData calls made during a step (initial data not counted as a call). */
  during(step: string): SetDataCall[] {
    return this.calls.filter((c) => c.step === step && !c.initial);
  }

  /** Everything sent for a step: initial data and setData, page and components. */
  bytesDuring(step: string): number {
    return this.calls.filter((c) => c.step === step).reduce((n, c) => n + c.bytes, 0);
  }
}
