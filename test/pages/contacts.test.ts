import { CONTACTS } from '../../miniprogram/domain';
import { device } from './device';
import { renderPage } from './render';

const P = 'pages/safety/contacts/index';
const VERIFIED = ['95017', '96110', '110', '12315', '12363', '12378', '12348'];

/** Numbers of 5+ digits in each piece of text on the screen (elements' text is not run together). */
function numbersShown(root: Element): Set<string> {
  const found = new Set<string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const n of node.textContent!.match(/\d{5,}/g) ?? []) found.add(n);
  }
  return found;
}

describe('official numbers page', () => {
  it('has a call button for exactly the verified numbers and shows no other number', async () => {
    const page = await renderPage(P);
    const buttons = Array.from(page.root.querySelectorAll('[data-testid^="call-"]')).map((el) =>
      el.getAttribute('data-testid')!.slice(5),
    );
    expect(buttons.sort()).toEqual([...VERIFIED].sort());
    expect([...numbersShown(page.root)].sort()).toEqual(VERIFIED.filter((n) => n.length >= 5).sort());
    expect(page.find('contact-110')!.textContent).toContain('报警电话');
  });

  it('gives the bank hotline as "the number on the back of your card", with no number and no button', async () => {
    const page = await renderPage(P);
    const bank = page.find('contact-bank-hotline')!;
    expect(bank.textContent).toContain('银行卡背面');
    expect(bank.textContent).toContain('不要用网上搜到的号码');
    // The only digits allowed: the date its fact was last checked.
    const checked = bank.querySelector('[data-testid="fact-verified"]')?.textContent ?? '';
    expect(checked).toMatch(/^，\d{4}-\d{2}-\d{2} 核实$/);
    expect(bank.textContent!.replace(checked, '')).not.toMatch(/\d{3,}/);
    expect(page.find('call-bank-hotline')).toBeNull();
  });

  it('says what each number is for and how sure we are', async () => {
    const page = await renderPage(P);
    for (const c of Object.values(CONTACTS)) {
      const card = page.find(`contact-${c.id}`)!.textContent!;
      expect(card).toContain(c.name);
      expect(card).toContain(`管什么：${c.scope}`);
      expect(card).toContain('来源：');
      if (c.fact.reliability !== 'official') expect(card).toContain('以官方为准');
    }
  });

  it('calls the number tapped', async () => {
    const page = await renderPage(P);
    await page.tap('call-12363');
    expect(device.calls('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12363' })]);
  });

  it('explains how to dial by hand when privacy consent is refused', async () => {
    device.privacyAgreed = false;
    device.privacyAnswer = 'disagree';
    const page = await renderPage(P);
    await page.tap('call-96110');
    expect(device.calls('makePhoneCall')).toEqual([]);
    expect(device.calls('showModal')).toEqual([
      expect.objectContaining({
        title: '没有同意隐私保护指引',
        content: expect.stringContaining('自己输入 96110'),
      }),
    ]);
  });

  it('works with no network and no storage', async () => {
    device.offline = true;
    device.storageFull = true;
    const page = await renderPage(P);
    for (const n of VERIFIED) expect(page.find(`call-${n}`)).not.toBeNull();
    expect(device.calls('cloud.callFunction')).toEqual([]);
  });
});
