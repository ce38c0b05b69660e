/**
 * WeChat's rules for wx.requestSubscribeMessage live in one module (tools/cloud/subscribe-rules.ts) that both wx
 * fakes apply: the browser preview and this page-test device. Here the rules themselves, then the device keeping
 * them: only synchronously inside a tap, once per tap, at most three templates, only known template ids.
 */
import { deployConfig } from '../../miniprogram/config/deploy';
import { MAX_TEMPLATES_PER_REQUEST, requestRefusal } from '../../tools/cloud/subscribe-rules';
import { device } from './device';

const IDS: string[] = Object.values(deployConfig.templates).map((t) => t.id);
const known = (id: string) => IDS.includes(id);
const four = [IDS[0]!, IDS[1]!, IDS[0]!, IDS[1]!];

describe('the rules', () => {
  it.each([
    ['outside a tap', 10005, { tmplIds: IDS, tapped: false, known }],
    ['no template', 10001, { tmplIds: [], tapped: true, known }],
    ['four templates', 20003, { tmplIds: four, tapped: true, known }],
    ['messages switched off', 20004, { tmplIds: IDS, tapped: true, known, switchedOff: true }],
    ['an unknown template', 20001, { tmplIds: [IDS[0]!, 'TPL_typo'], tapped: true, known }],
    ['outside a tap, with four templates', 10005, { tmplIds: four, tapped: false, known }],
  ])('%s: refused with %d', (_what, errCode, request) => {
    expect(requestRefusal(request)?.errCode).toBe(errCode);
  });

  it('shows the prompt for up to three known templates inside a tap', () => {
    expect(MAX_TEMPLATES_PER_REQUEST).toBe(3);
    expect(requestRefusal({ tmplIds: [IDS[0]!, IDS[1]!, IDS[0]!], tapped: true, known })).toBeNull();
  });
});

type Reply = { errMsg: string; errCode?: number; [id: string]: unknown };

/** Call the device's wx.requestSubscribeMessage; resolves with what `success` or `fail` received. */
function ask(tmplIds: string[]): Promise<{ ok: boolean; res: Reply }> {
  return new Promise((resolve) => {
    void device.wx.requestSubscribeMessage({
      tmplIds,
      success: (res) => resolve({ ok: true, res: res as Reply }),
      fail: (res) => resolve({ ok: false, res: res as Reply }),
    });
  });
}

describe('the page-test device keeps them', () => {
  it('refuses outside a tap (10005) and answers inside one', async () => {
    expect(await ask(IDS)).toMatchObject({ ok: false, res: { errCode: 10005 } });
    const inside = await device.tapping(() => ask(IDS));
    expect(inside).toMatchObject({
      ok: true,
      res: { errMsg: 'requestSubscribeMessage:ok', [IDS[0]!]: 'accept' },
    });
  });

  it('lets one tap ask once, synchronously: not a second time, not after an await', async () => {
    const [first, second] = await Promise.all(device.tapping(() => [ask(IDS), ask(IDS)]));
    expect([first.ok, second.ok, second.res.errCode]).toEqual([true, false, 10005]);
    const late = await device.tapping(async () => {
      await Promise.resolve();
      return ask(IDS);
    });
    expect(late.res.errCode).toBe(10005);
  });

  it('refuses more than three templates (20003) and an unknown one (20001)', async () => {
    expect((await device.tapping(() => ask(four))).res.errCode).toBe(20003);
    expect((await device.tapping(() => ask(['TPL_typo']))).res.errCode).toBe(20001);
  });
});
