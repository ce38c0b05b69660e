import { buildChecklist, CAUSE_IDS, checklistIds, getCause } from '../../../miniprogram/domain';

describe('buildChecklist', () => {
  it('gives each cause its documents, ids = document ids', () => {
    const items = buildChecklist(['judicial-freeze']);
    expect(items.map((i) => i.id)).toEqual(['court-document', 'id-card']);
    expect(items.every((i) => i.required)).toBe(true);
    expect(items[0].neededFor).toEqual(['judicial-freeze']);
  });

  it('merges and de-duplicates across causes; required wins over optional', () => {
    // id-card is required for bank-card-status and optional for limit-by-account-class
    const items = buildChecklist(['limit-by-account-class', 'bank-card-status']);
    const ids = items.map((i) => i.id);
    expect(ids.filter((id) => id === 'id-card')).toHaveLength(1);
    const idCard = items.find((i) => i.id === 'id-card')!;
    expect(idCard.required).toBe(true);
    expect(idCard.neededFor).toEqual(['limit-by-account-class', 'bank-card-status']);
    expect(idCard.why).toHaveLength(2);
  });

  it('lists required documents first', () => {
    const items = buildChecklist(['risk-unusual-activity', 'illicit-flag', 'account-risk-review']);
    const firstOptional = items.findIndex((i) => !i.required);
    expect(firstOptional).toBeGreaterThan(0);
    expect(items.slice(firstOptional).every((i) => !i.required)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('answers change the list: a replaced card makes the new card required', () => {
    const without = buildChecklist(['bank-card-status']).find((i) => i.id === 'new-card')!;
    const withAnswer = buildChecklist(['bank-card-status'], { 'bank-side': 'card-changed' }).find(
      (i) => i.id === 'new-card',
    )!;
    expect(without.required).toBe(false);
    expect(withAnswer.required).toBe(true);
  });

  it('answers add documents: the official notice, a police report after a shared code', () => {
    const ids = checklistIds(['risk-unusual-activity'], { 'official-notice': 'court', 'code-shared': 'yes' });
    expect(ids).toContain('court-document');
    expect(ids).toContain('police-receipt');
    expect(checklistIds(['bill-unauthorized'], { 'order-recognized': 'no' })).toContain('login-records');
  });

  it('every item says how to obtain it and carries a privacy note; photos stay on the phone', () => {
    const items = buildChecklist([...CAUSE_IDS]);
    for (const item of items) {
      expect(item.howToObtain.length).toBeGreaterThan(0);
      expect(item.privacy.length).toBeGreaterThan(0);
    }
    expect(items.find((i) => i.id === 'id-card-photo')!.privacy).toMatch(/只留在你自己的手机里/);
  });

  it('every cause yields at least one item; unknown or repeated ids are ignored', () => {
    for (const id of CAUSE_IDS) expect(buildChecklist([id]).length).toBe(getCause(id).documents.length);
    expect(buildChecklist(['judicial-freeze', 'judicial-freeze', 'nope' as never])).toEqual(
      buildChecklist(['judicial-freeze']),
    );
    expect(buildChecklist([])).toEqual([]);
  });

  it('says 必须 only where a rule sets the list; otherwise 常见做法，以官方为准', () => {
    for (const id of CAUSE_IDS) {
      const ruled = getCause(id).documentsBasis?.reliability === 'official';
      for (const item of buildChecklist([id])) {
        if (!item.required) expect(item.tag).toBe('可选');
        else expect(item.tag).toBe(ruled ? '必须' : '常见做法，以官方为准');
      }
    }
    // 261: the bank re-checks the person's identity, so the ID card is required by the rule.
    expect(buildChecklist(['bank-non-counter-suspended'])[0]).toMatchObject({ id: 'id-card', tag: '必须' });
    // WeChat's appeal page lists what it wants per case; our list is what people commonly bring.
    expect(buildChecklist(['risk-unusual-activity']).map((i) => i.tag)).not.toContain('必须');
  });
});
