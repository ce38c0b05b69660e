/**
 * Content corrections on the phone: a kept pack is used at launch, a newer pack from the cloud is checked,
 * kept and used for pages shown afterwards, and a pack that fails the checks (or no network) leaves the bundled
 * catalog in place. Shown on the official-numbers page, where each fact also says when it was last checked.
 */
import { resetContent, startContent } from '../../miniprogram/services/content';
import { resetReports } from '../../miniprogram/services/report';
import { CATALOG_VERIFIED_ON } from '../../miniprogram/domain/content/tables';
import type { ContentPack } from '../../miniprogram/domain/content/pack';
import { device } from './device';
import { renderPage } from './render';

const P = 'pages/safety/contacts/index';
const BUNDLED_NOTE = '打不通时，可以在微信里搜“腾讯客服”官方公众号留言。';

function correction(version: number, note: string): ContentPack {
  return {
    version,
    publishedAt: '2026-12-01',
    overrides: { contacts: { '95017': { note, fact: { verifiedOn: '2026-12-01' } } } },
  };
}

/** What the cloud's `content` function answers (the published pack), as the phone receives it. */
function cloudServes(pack: ContentPack | null): void {
  const real = device.wx.cloud.callFunction;
  jest.spyOn(device.wx.cloud, 'callFunction').mockImplementation((o: { name: string; data: unknown }) =>
    o.name === 'content'
      ? Promise.resolve({
          result: {
            ok: true,
            data: pack && pack.version > (o.data as { have: number }).have ? pack : null,
          },
        })
      : real(o),
  );
}

function kept(pack: unknown): void {
  device.storage.set('content.pack', { v: 1, value: pack });
}

beforeEach(() => {
  resetContent();
  resetReports();
});
afterEach(() => {
  jest.restoreAllMocks();
  resetContent();
});

describe('content corrections', () => {
  it('with nothing published, the bundled catalog is used, each fact dated', async () => {
    expect(await startContent()).toBe(false);
    expect(device.calls('cloud.callFunction')).toEqual([
      expect.objectContaining({ name: 'content', data: { action: 'latest', have: 0 } }),
    ]);
    const page = await renderPage(P);
    expect(page.find('contact-95017')!.textContent).toContain(BUNDLED_NOTE);
    expect(page.find('contact-95017')!.textContent).toContain(`${CATALOG_VERIFIED_ON} 核实`);
  });

  it('a kept pack is used at launch, before the network answers', async () => {
    kept(correction(2, '打不通时，过一会儿再拨。'));
    device.offline = true;
    await startContent();
    const page = await renderPage(P);
    expect(page.find('contact-95017')!.textContent).toContain('打不通时，过一会儿再拨。');
    expect(page.find('contact-95017')!.textContent).toContain('2026-12-01 核实');
  });

  it('a newer pack from the cloud is checked, kept and shown on the pages opened afterwards', async () => {
    kept(correction(2, '打不通时，过一会儿再拨。'));
    cloudServes(correction(3, '打不通时，换个时间再拨。'));
    expect(await startContent()).toBe(true);
    expect(JSON.stringify(device.storage.get('content.pack'))).toContain('"version":3');
    const page = await renderPage(P);
    expect(page.find('contact-95017')!.textContent).toContain('打不通时，换个时间再拨。');
  });

  it('a pack that fails the checks is not used, not kept, and is reported', async () => {
    kept(correction(2, '打不通时，过一会儿再拨。'));
    cloudServes({ ...correction(3, 'x'), overrides: { contacts: { '95018': { note: '新号码' } } } });
    expect(await startContent()).toBe(false);
    expect(JSON.stringify(device.storage.get('content.pack'))).toContain('"version":2');
    const page = await renderPage(P);
    expect(page.find('contact-95017')!.textContent).toContain('打不通时，过一会儿再拨。');
    expect(page.text()).not.toContain('新号码');
    expect(device.realtimeLog).toContainEqual(
      expect.objectContaining({ filter: 'content-pack', level: 'warn' }),
    );
  });

  it('a kept pack that no longer passes falls back to the bundled catalog', async () => {
    kept({ version: 2, publishedAt: '2026-12-01', overrides: { causes: { nope: { title: 'x' } } } });
    device.offline = true;
    await startContent();
    expect(device.storage.has('content.pack')).toBe(false);
    const page = await renderPage(P);
    expect(page.find('contact-95017')!.textContent).toContain(BUNDLED_NOTE);
  });
});
