import { cpvGroupsOf, cpvPrefixesOf, isCpvFilter, sharesCpvGroup } from './cpv-groups';

describe('CPV groups', () => {
  it('treats the first three digits as the group', () => {
    expect(cpvGroupsOf(['72260000', '72212000', '48100000'])).toEqual(['481', '722']);
    expect(sharesCpvGroup(['72260000'], ['72212000'])).toBe(true);
    expect(sharesCpvGroup(['72260000'], ['72500000'])).toBe(false);
  });

  it('stores every leading substring so any prefix filter is a containment test', () => {
    expect(cpvPrefixesOf(['72260000'])).toEqual(['72', '722', '7226', '72260', '722600', '7226000', '72260000']);
    expect(cpvPrefixesOf(['72260000', '72212000'])).toContain('7221');
  });

  it('accepts 2 to 8 digits as a filter', () => {
    expect(isCpvFilter('72')).toBe(true);
    expect(isCpvFilter('72260000')).toBe(true);
    for (const bad of ['7', '722600001', '72a', '']) expect(isCpvFilter(bad)).toBe(false);
  });
});
