import { cpvFilterPrefix, criteriaKey, normaliseQueryText } from './search-criteria';
import { snippetHtml } from './snippet';

describe('search criteria', () => {
  it('folds spaces, trims and cuts the free text, and treats blank as none', () => {
    expect(normaliseQueryText('  case \n management  ')).toBe('case management');
    expect(normaliseQueryText('   ')).toBeUndefined();
    expect(normaliseQueryText('x'.repeat(10_000))).toHaveLength(200);
  });

  it('reads a CPV filter by its significant digits', () => {
    expect(cpvFilterPrefix('72260000')).toBe('7226');
    expect(cpvFilterPrefix('72260000-5')).toBe('7226');
    expect(cpvFilterPrefix('72')).toBe('72');
    expect(cpvFilterPrefix('30000000')).toBe('30');
  });

  it('gives equal searches one cache key whatever the case or spelling of the CPV filter', () => {
    const base = { page: 1, pageSize: 20 };
    expect(criteriaKey({ ...base, q: 'Payroll', cpv: '72260000' })).toBe(criteriaKey({ ...base, q: 'payroll', cpv: '7226' }));
    expect(criteriaKey({ ...base, q: 'payroll' })).not.toBe(criteriaKey({ ...base, q: 'payroll', page: 2 }));
  });
});

describe('snippetHtml', () => {
  it('escapes the listing text and marks only the matches', () => {
    expect(snippetHtml('<script>alert(1)</script> \u0002payroll\u0003 & HR')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>payroll</mark> &amp; HR',
    );
  });
});
