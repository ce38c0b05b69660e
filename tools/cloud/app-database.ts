/**
 * The app's own collections for the local cloud, read from cloudfunctions/database.json (the same file that
 * documents what to create in the CloudBase console), so dev, tests and production agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexSpec } from './index';

export interface DatabaseConfig {
  readonly collections: Record<
    string,
    {
      /** Security rules for clients (read / write: boolean or a rule expression). */
      readonly rules: { readonly read: boolean | string; readonly write: boolean | string };
      readonly indexes: ReadonlyArray<{
        readonly name: string;
        readonly fields: ReadonlyArray<{ readonly field: string; readonly direction: 1 | -1 }>;
        readonly unique?: boolean;
      }>;
    }
  >;
}

export const DATABASE_CONFIG = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'cloudfunctions', 'database.json'), 'utf8'),
) as DatabaseConfig;

/**
 * The local engine answers equality queries from single-field indexes only, so a compound index also
 * declares its first field alone (the prefix MongoDB would use); range queries are full scans locally.
 */
export const APP_COLLECTIONS: Record<string, { indexes: IndexSpec[] }> = Object.fromEntries(
  Object.entries(DATABASE_CONFIG.collections).map(([name, c]) => {
    const indexes: IndexSpec[] = [];
    for (const index of c.indexes) {
      const fields = index.fields.map((f) => f.field);
      indexes.push({ name: index.name, fields, unique: index.unique === true });
      if (fields.length > 1) indexes.push({ name: `${index.name}_prefix`, fields: [fields[0] as string] });
    }
    return [name, { indexes }];
  }),
);
