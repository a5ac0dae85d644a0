import type { ListingSearchItem, ListingSearchResult } from '@app/catalogue';
import { CatalogueSearchValues, readCatalogueQuery } from './catalogue-search.query';
import { paginationView, toCatalogueSearchView, TOP_CATEGORIES } from './catalogue-search.view';

const KENT = { gssCode: 'E10000016', name: 'Kent County Council' };
const LEEDS = { gssCode: 'E08000035', name: 'Leeds City Council' };
const COUNCILS = [KENT, LEEDS];
const FRAMEWORKS = [{ slug: 'g-cloud-13', name: 'G-Cloud 13', lots: [{ id: '5f0c6a7e-2b1d-4c3e-9a8b-7d6e5f4a3b2c', slug: 'cloud-software', name: 'Cloud software', description: null }] }];

function valuesOf(query: Record<string, string>): CatalogueSearchValues {
  return readCatalogueQuery(query, (code) => COUNCILS.some((council) => council.gssCode === code)).values;
}

function item(overrides: Partial<ListingSearchItem> = {}): ListingSearchItem {
  return {
    id: '0b6f3e0c-8a43-4c11-9a43-0d3c1f3b2a10',
    name: 'Casework',
    summary: 'Case management',
    snippetHtml: 'Manage <mark>cases</mark> &amp; more',
    supplier: { id: '7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10', name: 'Weald Digital Ltd', isSme: true, isVcse: false },
    framework: { slug: 'g-cloud-13', name: 'G-Cloud 13' },
    lot: { slug: 'cloud-software', name: 'Cloud software' },
    categories: [],
    cpvCodes: [],
    price: { min: '1200.00', max: '5000.00', unit: 'per year' },
    standards: { openSource: true, openApi: false, ukHosting: true, iso27001: false, cyberEssentials: 'none' },
    ...overrides,
  };
}

function result(overrides: Partial<ListingSearchResult> = {}): ListingSearchResult {
  return {
    items: [item()],
    total: 1,
    page: 1,
    pageSize: 20,
    matchedBy: 'text',
    facets: {
      lot: [{ slug: 'cloud-software', name: 'Cloud software', framework: 'g-cloud-13', count: 1 }],
      category: [],
      sme: 1,
      vcse: 0,
      openSource: 1,
      openApi: 0,
      ukHosting: 1,
    },
    ...overrides,
  };
}

describe('toCatalogueSearchView', () => {
  it('shows each filter option with its count and ticks what was chosen', () => {
    const view = toCatalogueSearchView({ values: valuesOf({ q: 'cases', sme: 'true' }), result: result(), councils: COUNCILS, frameworks: FRAMEWORKS });

    expect(view.filters.framework).toEqual([
      { value: '', text: 'Any framework', checked: true },
      { value: 'g-cloud-13', text: 'G-Cloud 13 (1)', checked: false },
    ]);
    expect(view.filters.lot.map((option) => option.text)).toEqual(['Any lot', 'Cloud software (1)']);
    expect(view.filters.supplier.map(({ text, checked }) => [text, checked])).toEqual([
      ['SME suppliers only (1)', true],
      ['VCSE suppliers only (0)', false],
    ]);
    expect(view.filters.standards.map((option) => option.text)).toEqual(['Open source (1)', 'Open API (0)', 'Hosted in the UK (1)']);
    expect(view.filters.council?.slice(0, 2)).toEqual([
      { value: '', text: 'Any council', selected: true },
      { value: KENT.gssCode, text: KENT.name, selected: false },
    ]);
    expect(view.pageTitle).toBe('Search results for ‘cases’');
  });

  it('keeps a chosen option visible, with no matches, when other filters leave it empty', () => {
    const empty = result({ items: [], total: 0, facets: { lot: [], category: [], sme: 0, vcse: 0, openSource: 0, openApi: 0, ukHosting: 0 } });
    const view = toCatalogueSearchView({
      values: valuesOf({ framework: 'g-cloud-13', lot: 'cloud-software', category: 'case-management' }),
      result: empty,
      councils: COUNCILS,
      frameworks: FRAMEWORKS,
    });
    expect(view.filters.framework[1]).toEqual({ value: 'g-cloud-13', text: 'G-Cloud 13 (0)', checked: true });
    expect(view.filters.lot[1]).toEqual({ value: 'cloud-software', text: 'Cloud software (0)', checked: true });
    expect(view.filters.category[1]).toEqual({ value: 'case-management', text: 'Case management (0)', checked: true });
    expect(view.results).toMatchObject({ heading: '0 services', items: [], pagination: undefined, firstPageHref: undefined });
  });

  it('offers the top categories, merged across lots, plus the one chosen', () => {
    const category = Array.from({ length: TOP_CATEGORIES + 2 }, (_, index) => ({ slug: `c${index}`, name: `Category ${index}`, count: 100 - index }));
    category.push({ slug: 'c0', name: 'Category 0', count: 5 });
    const view = toCatalogueSearchView({
      values: valuesOf({ category: `c${TOP_CATEGORIES + 1}` }),
      result: result({ facets: { ...result().facets, category } }),
      councils: COUNCILS,
      frameworks: FRAMEWORKS,
    });
    expect(view.filters.category).toHaveLength(1 + TOP_CATEGORIES + 1);
    expect(view.filters.category[1]).toEqual({ value: 'c0', text: 'Category 0 (105)', checked: false });
    expect(view.filters.category.at(-1)).toEqual({ value: `c${TOP_CATEGORIES + 1}`, text: `Category ${TOP_CATEGORIES + 1} (89)`, checked: true });
    expect(view.filters.categoryHint).toBe(`The ${TOP_CATEGORIES} categories with the most services`);
  });

  it('gives a buyer one tick box for their own council instead of the council picker', () => {
    const view = toCatalogueSearchView({ values: valuesOf({ localTo: KENT.gssCode }), result: result(), councils: COUNCILS, frameworks: FRAMEWORKS, buyerCouncil: KENT });
    expect(view.filters.council).toBeUndefined();
    expect(view.filters.supplier.at(-1)).toMatchObject({ id: 'localTo', name: 'localTo', value: KENT.gssCode, text: 'Local to Kent County Council', checked: true });

    // A link to another council's search still shows which council it is.
    const elsewhere = toCatalogueSearchView({ values: valuesOf({ localTo: LEEDS.gssCode }), result: result(), councils: COUNCILS, frameworks: FRAMEWORKS, buyerCouncil: KENT });
    expect(elsewhere.filters.council?.find((option) => option.selected)).toEqual({ value: LEEDS.gssCode, text: LEEDS.name, selected: true });
  });

  it('describes each result in words: supplier, lot, price and tags, with links to the listing and supplier', () => {
    const view = toCatalogueSearchView({ values: valuesOf({}), result: result({ items: [item({ supplier: { ...item().supplier, isVcse: true } })] }), councils: COUNCILS, frameworks: FRAMEWORKS });
    expect(view.results?.heading).toBe('1 service');
    expect(view.results?.items[0]).toEqual({
      href: '/catalogue/0b6f3e0c-8a43-4c11-9a43-0d3c1f3b2a10',
      name: 'Casework',
      supplier: { name: 'Weald Digital Ltd', href: '/suppliers/7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10' },
      placement: 'Cloud software, G-Cloud 13',
      snippetHtml: 'Manage <mark>cases</mark> &amp; more',
      price: '£1,200 to £5,000 per year',
      tags: [
        { text: 'SME', classes: '' },
        { text: 'VCSE', classes: 'govuk-tag--teal' },
        { text: 'Open source', classes: 'govuk-tag--green' },
      ],
    });
  });

  it('says when close spellings of names were shown instead of text matches', () => {
    const view = toCatalogueSearchView({ values: valuesOf({ q: 'casewrok' }), result: result({ matchedBy: 'similar-names' }), councils: COUNCILS, frameworks: FRAMEWORKS });
    expect(view.results?.similarNamesFor).toBe('casewrok');
  });

  it('points past the last page back to the first', () => {
    const view = toCatalogueSearchView({ values: valuesOf({ q: 'x', page: '9' }), result: result({ items: [], total: 3, page: 9 }), councils: COUNCILS, frameworks: FRAMEWORKS });
    expect(view.results).toMatchObject({ items: [], pagination: undefined, firstPageHref: '/catalogue?q=x' });
  });

  it('links each error to its control, except the page number, which has none, and shows no results', () => {
    const form = readCatalogueQuery({ maxPrice: 'lots', page: 'x', vcse: 'no' }, () => true);
    if (form.ok) throw new Error('expected the query to be refused');
    const view = toCatalogueSearchView({ values: form.values, errors: form.errors, councils: COUNCILS, frameworks: FRAMEWORKS });
    expect(view.errors?.summary).toEqual([
      { text: 'Maximum price must be an amount in pounds, like 5000 or 5000.50', href: '#maxPrice' },
      { text: 'VCSE suppliers only must be ticked or left unticked', href: '#vcse' },
      { text: 'Page must be a whole number from 1 to 100,000' },
    ]);
    expect(view.errorFor.supplier).toEqual({ text: 'VCSE suppliers only must be ticked or left unticked' });
    expect(view.results).toBeUndefined();
  });

  it('does not offer a refused choice back, and shows no counts when no search ran', () => {
    const form = readCatalogueQuery({ framework: 'g-cloud-13', lot: 'Not a lot', maxPrice: 'x' }, () => true);
    if (form.ok) throw new Error('expected the query to be refused');
    const view = toCatalogueSearchView({ values: form.values, errors: form.errors, councils: COUNCILS, frameworks: FRAMEWORKS });
    expect(view.filters.lot).toEqual([{ value: '', text: 'Any lot', checked: true }]);
    expect(view.filters.framework).toEqual([
      { value: '', text: 'Any framework', checked: false },
      { value: 'g-cloud-13', text: 'G-Cloud 13', checked: true },
    ]);
    expect(view.filters.supplier.map((option) => option.text)).toEqual(['SME suppliers only', 'VCSE suppliers only']);
  });
});

describe('paginationView', () => {
  it('shows the first, last and neighbouring pages with ellipses between', () => {
    const values = valuesOf({ q: 'cloud' });
    const view = paginationView(values, 5, 9);
    expect(view.items.map((entry) => ('ellipsis' in entry ? '…' : entry.current ? `[${entry.number}]` : String(entry.number)))).toEqual([
      '1',
      '…',
      '4',
      '[5]',
      '6',
      '…',
      '9',
    ]);
    expect(view.previous).toEqual({ href: '/catalogue?q=cloud&page=4' });
    expect(view.next).toEqual({ href: '/catalogue?q=cloud&page=6' });
    expect(view.items[0]).toEqual({ number: 1, href: '/catalogue?q=cloud', current: false });
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const values = valuesOf({});
    expect(paginationView(values, 1, 2)).toMatchObject({ previous: undefined, next: { href: '/catalogue?page=2' } });
    expect(paginationView(values, 2, 2)).toMatchObject({ previous: { href: '/catalogue' }, next: undefined });
  });
});
