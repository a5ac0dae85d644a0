import { DomainError } from '@app/shared';
import { catalogueCriteriaOf, describeFilters, normaliseFilters, normaliseName, opportunityFilterOf, searchHref } from './saved-search-filters';
import { alertNotice, digestNotice, ukDay } from './saved-search-notices';

const COUNCILS = new Set(['E07000110', 'E08000035']);
const isCouncil = (code: string) => COUNCILS.has(code);

/** The fields a refusal names, or [] when the filters were accepted. */
function refusedFields(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.kind).toBe('bad_request');
    return error.fieldErrors.map((fieldError) => fieldError.field);
  }
}

describe('normaliseFilters', () => {
  it('folds catalogue filters the way the search reads them, dropping empty ones', () => {
    expect(
      normaliseFilters(
        'catalogue',
        { q: '  case \n management  ', framework: '', lot: 'cloud-software', cpv: '72260000-5', localTo: ' e08000035 ', maxPrice: '£5,000.50', sme: 'true', vcse: false, openSource: '' },
        isCouncil,
      ),
    ).toEqual({ q: 'case management', lot: 'cloud-software', cpv: '7226', localTo: 'E08000035', maxPrice: '5000.50', sme: true, vcse: false });
  });

  it('cuts very long search text as the search does, and treats missing filters as "everything"', () => {
    expect(normaliseFilters('catalogue', { q: 'word '.repeat(100) }, isCouncil)).toEqual({ q: 'word '.repeat(40).trim() });
    expect(normaliseFilters('catalogue', undefined, isCouncil)).toEqual({});
    expect(normaliseFilters('opportunities', {}, isCouncil)).toEqual({});
  });

  it('names every bad catalogue filter at once, prefixed with filters.', () => {
    expect(
      refusedFields(() =>
        normaliseFilters('catalogue', { cpv: '7', localTo: 'E99999999', lot: 'Cloud Software', maxPrice: '12.345', ukHosting: 'yes', q: 'x'.repeat(10_001), shape: 'round' }, isCouncil),
      ).sort(),
    ).toEqual(['filters.cpv', 'filters.localTo', 'filters.lot', 'filters.maxPrice', 'filters.q', 'filters.shape', 'filters.ukHosting']);
    expect(refusedFields(() => normaliseFilters('catalogue', ['q'], isCouncil))).toEqual(['filters']);
    expect(refusedFields(() => normaliseFilters('catalogue', { q: 12 }, isCouncil))).toEqual(['filters.q']);
  });

  it('checks opportunity filters against the list the opportunities page reads', () => {
    expect(normaliseFilters('opportunities', { route: 'framework', lotId: 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA', council: 'e07000110' }, isCouncil)).toEqual({
      route: 'framework',
      lotId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      council: 'E07000110',
    });
    expect(refusedFields(() => normaliseFilters('opportunities', { route: 'closed', lotId: 'lot-1', council: 'E00000000', q: 'text' }, isCouncil)).sort()).toEqual([
      'filters.council',
      'filters.lotId',
      'filters.q',
      'filters.route',
    ]);
  });
});

describe('normaliseName', () => {
  it('trims and folds spaces, and refuses empty or overlong names', () => {
    expect(normaliseName('  Case   work ')).toBe('Case work');
    expect(refusedFields(() => normaliseName('   '))).toEqual(['name']);
    expect(refusedFields(() => normaliseName(undefined))).toEqual(['name']);
    expect(refusedFields(() => normaliseName('x'.repeat(101)))).toEqual(['name']);
  });
});

describe('what a saved search runs', () => {
  it('asks the catalogue search with the same criteria, narrowed to new listings', () => {
    const upTo = new Date('2026-11-28T07:00:00Z');
    const after = new Date('2026-11-27T07:00:00Z');
    expect(catalogueCriteriaOf({ q: 'payroll', maxPrice: '5000.50', sme: true }, { publishedBetween: { after, upTo } }, 5)).toEqual({
      q: 'payroll',
      sme: true,
      maxPricePence: 500050n,
      publishedBetween: { after, upTo },
      page: 1,
      pageSize: 5,
      framework: undefined,
      lot: undefined,
      category: undefined,
      cpv: undefined,
      localTo: undefined,
      vcse: undefined,
      openSource: undefined,
      openApi: undefined,
      ukHosting: undefined,
    });
  });

  it('asks the opportunity list for open opportunities only', () => {
    expect(opportunityFilterOf({ route: 'open' }, { onlyIds: ['a'] })).toEqual({ status: 'open', route: 'open', lotId: undefined, council: undefined, onlyIds: ['a'] });
  });

  it('links back to the page that runs the search and says its filters in words', () => {
    expect(searchHref('catalogue', { q: 'case work', sme: true })).toBe('/catalogue?q=case+work&sme=true');
    expect(searchHref('catalogue', {})).toBe('/catalogue');
    expect(searchHref('opportunities', { route: 'open', council: 'E07000110' })).toBe('/opportunities?route=open&council=E07000110');
    expect(searchHref('opportunities', {})).toBe('/opportunities');
    expect(describeFilters({ q: 'case work', sme: true, vcse: false })).toBe('Words: case work; SME suppliers: yes; VCSE suppliers: no');
    expect(describeFilters({})).toBe('Everything');
  });
});

describe('notices', () => {
  const search = { id: 's1', name: 'Payroll', kind: 'catalogue' as const };

  it('keys an alert by search and item, and a digest by search and UK day', () => {
    expect(alertNotice(search, { id: 'l1', title: 'Pay run', href: '/catalogue/l1' }).dedupeKey).toBe('saved-search/s1/l1');
    expect(digestNotice(search, '2026-11-28', 1, [], '/catalogue').dedupeKey).toBe('saved-search-digest/s1/2026-11-28');
  });

  it('uses the UK calendar day, which is an hour ahead of UTC in summer', () => {
    expect(ukDay(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(ukDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('lists the first five titles of a digest and counts the rest', () => {
    const items = ['A', 'B', 'C', 'D', 'E', 'F'].map((title) => ({ id: title, title, href: `/catalogue/${title}` }));
    const notice = digestNotice(search, '2026-11-28', 8, items, '/catalogue?q=payroll');
    expect(notice.title).toBe('8 new services for your saved search "Payroll"');
    expect(notice.body).toBe('A; B; C; D; E; and 3 more');
    expect(digestNotice({ ...search, kind: 'opportunities' }, '2026-11-28', 1, items.slice(0, 1), '/opportunities').title).toBe(
      '1 new opportunity for your saved search "Payroll"',
    );
  });
});
