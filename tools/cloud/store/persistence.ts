/**
 * The database file: Extended JSON written atomically (temp file + rename), debounced after each change or at once
 * on flush; read back on start.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseEjson, stringifyEjson } from '../ejson';
import type { Doc, IndexSpec } from './types';

export interface PersistedFile {
  readonly format: 'appeal-guide-local-cloud/1';
  readonly collections: Record<string, { indexes: IndexSpec[]; docs: Doc[] }>;
  readonly meta: Record<string, unknown>;
}

const FORMAT = 'appeal-guide-local-cloud/1';

/** The file's content, or null when there is no file yet. */
export function readStoreFile(file: string): PersistedFile | null {
  if (!existsSync(file)) return null;
  const data = parseEjson(readFileSync(file, 'utf8')) as PersistedFile;
  if (data.format !== FORMAT) throw new Error(`${file}: not a local cloud database file`);
  return data;
}

export class Persistence {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly debounceMs: number,
    private readonly content: () => Omit<PersistedFile, 'format'>,
  ) {}

  /** Something changed: write within the debounce. */
  touch(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Write now if anything changed since the last write. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.dirty) return;
    this.dirty = false;
    const data: PersistedFile = { format: FORMAT, ...this.content() };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, stringifyEjson(data));
    renameSync(tmp, this.file);
  }
}
