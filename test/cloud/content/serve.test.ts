/**
 * The `content` function serves the published pack (content/pack.json, bundled in) only to phones holding an
 * older one; bad input is refused.
 */
import * as fs from 'node:fs';
import { PACK_FILE } from '../../../tools/content/publish';
import type { Envelope } from '../../../miniprogram/domain/appeal/contract';
import type { ContentPack } from '../../../miniprogram/domain/content/pack';
import { ALICE, useLocalCloud } from '../harness';

const cloud = useLocalCloud();
const published = JSON.parse(fs.readFileSync(PACK_FILE, 'utf8')) as ContentPack;

function latest(have: unknown) {
  return cloud.call<Envelope<ContentPack | null>>('content', { action: 'latest', have }, { openid: ALICE });
}

it('a phone with an older pack gets the published one; a phone with it gets nothing', async () => {
  expect(await latest(published.version - 1)).toEqual({ ok: true, data: published });
  expect(await latest(published.version)).toEqual({ ok: true, data: null });
});

it('refuses what is not a version or not an action', async () => {
  expect(await latest('1')).toEqual(expect.objectContaining({ ok: false }));
  expect(await cloud.call<Envelope<unknown>>('content', { action: 'publish' }, { openid: ALICE })).toEqual(
    expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_ACTION' }) }),
  );
});
