import { cpvTiersOf } from './cpv-tiers';

describe('CPV tiers for the prefilters', () => {
  it('cuts significant codes at division, group and class, without duplicates', () => {
    // 72260000 (software-related services) is 7226; 72268000 (software supply) 72268; 48000000 (software packages) 48.
    expect(cpvTiersOf(['72260000', '72268000', '48000000', '72260000'])).toEqual({
      significant: ['48', '7226', '72268'],
      classes: ['7226'],
      groups: ['722'],
      divisions: ['48', '72'],
    });
    expect(cpvTiersOf([])).toEqual({ significant: [], classes: [], groups: [], divisions: [] });
  });
});
