import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnTo('/account')).toBe('/account');
    expect(safeReturnTo('/listings?q=cloud%20hosting')).toBe('/listings?q=cloud%20hosting');
  });

  it('refuses anything that could leave the site', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'account', '/a b', '/a\u0000', '', 42, undefined]) {
      expect(safeReturnTo(bad)).toBeUndefined();
    }
  });
});
