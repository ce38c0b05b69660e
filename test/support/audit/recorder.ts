/** Records every setData of one page instance: which keys, how many bytes of JSON, during which step. */
export interface SetDataCall {
  /** `load` or the name of the user action during which the call happened. */
  step: string;
  keys: string[];
  bytes: number;
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

  /** Wrap the instance's own setData: every call is recorded, then passed on unchanged. */
  attach(instance: { setData: SetData }): void {
    const original = instance.setData;
    instance.setData = (data, callback) => {
      this.calls.push({ step: this.step, keys: Object.keys(data), bytes: utf8Bytes(JSON.stringify(data)) });
      return original.call(instance, data, callback);
    };
  }

  during(step: string): SetDataCall[] {
    return this.calls.filter((c) => c.step === step);
  }
}
