/**
 * Content corrections without a release: the bundled catalog is used at once; a newer content pack is fetched
 * in the background, checked (the same rules as the bundled catalog), kept on the phone and applied to every
 * page shown afterwards. Offline, or when a pack fails the checks, the bundled catalog (or the last good pack)
 * stays in use.
 */
import { shanghaiDate } from '../domain/appeal/deadline';
import { applyPack, revertPack, validatePack, type ContentPack, type Undo } from '../domain/content/pack';
import { catalogTables } from '../domain/content/tables';
import { callContent } from './cloud';
import { report } from './report';
import { load, remove, save } from './storage';

/** The pack in use and how to take it back; null: the bundled catalog as shipped. */
let current: { readonly pack: ContentPack; readonly undo: Undo } | null = null;

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Use this pack instead of the current one if it passes the checks; otherwise keep the current one. */
function use(pack: unknown): boolean {
  const tables = catalogTables();
  const previous = current;
  if (previous) revertPack(previous.undo);
  current = null;
  const problems = validatePack(pack, tables, shanghaiDate(new Date()));
  const chosen = problems.length === 0 ? (pack as ContentPack) : previous?.pack;
  if (chosen) current = { pack: chosen, undo: applyPack(tables, chosen) };
  if (problems.length)
    report(
      'content-pack',
      problems.slice(0, 3).join('; '),
      `pack ${String((pack as { version?: unknown }).version)}`,
    );
  return problems.length === 0;
}

/** The version of the pack in use (0: the bundled catalog). */
export function contentVersion(): number {
  return current ? current.pack.version : 0;
}

/** Ask the cloud for a newer pack; true when one was applied (pages shown from now on use it). */
export async function refreshContent(): Promise<boolean> {
  const reply = await callContent<ContentPack>(contentVersion());
  if (!reply.ok || !reply.data || reply.data.version <= contentVersion()) return false;
  if (!use(reply.data)) return false;
  save('content.pack', reply.data);
  return true;
}

/** At launch: the kept pack at once (if it still passes the checks), then a newer one in the background. */
export function startContent(): Promise<boolean> {
  const kept = load('content.pack', isObject);
  if (kept && !use(kept)) remove('content.pack');
  return refreshContent();
}

/** Back to the bundled catalog (tests; a person clearing the phone's data). */
export function resetContent(): void {
  if (current) revertPack(current.undo);
  current = null;
}
