/**
 * The database's security rules (cloudfunctions/database.json, pasted into the console) let no client read or
 * write anything: appeals hold helpers' openids, notifications their recipients, and the app never needs a raw
 * document because every read goes through the `appeal` function. The mini program never opens the database.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_CONFIG } from '../harness';

const MINIPROGRAM = resolve(__dirname, '../../../miniprogram');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'miniprogram_npm') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|wxs)$/.test(name) ? [path] : [];
  });
}

describe('database security rules', () => {
  const collections = Object.entries(DATABASE_CONFIG.collections);

  it('cover every collection the functions use', () => {
    expect(collections.map(([name]) => name).sort()).toEqual(
      [
        'appeals',
        'invitations',
        'notifications',
        'subscriptions',
        'resolution_samples',
        'resolution_stats',
        'preferences',
      ].sort(),
    );
  });

  it.each(collections)('deny clients every read and write of %s', (_name, collection) => {
    expect((collection as { rules?: unknown }).rules).toEqual({ read: false, write: false });
  });

  it('are not needed by the mini program, which never opens the database', () => {
    const files = sources(MINIPROGRAM);
    expect(files.length).toBeGreaterThan(20);
    const opening = files.filter((f) => /\.database\s*\(/.test(readFileSync(f, 'utf8')));
    expect(opening).toEqual([]);
  });
});
