import { filtersInUse, opportunitiesHref, readOpportunityQuery } from './opportunity-filters.query';
import { toOpportunityFiltersView } from './opportunity-filters.view';

const LOT = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const OTHER_LOT = '6f1d0b1e-8c55-4c0a-9b7e-2d8f1c3a5e90';
const MAIDSTONE = 'E07000110';
const choices = { isCouncil: (code: string) => code === MAIDSTONE };

describe('readOpportunityQuery', () => {
  it('lists every open opportunity when no filter is given, or every field is empty as a GET form sends it', () => {
    for (const query of [{}, { route: '', lotId: '', council: '' }]) {
      const form = readOpportunityQuery(query, choices);
      expect(form).toEqual({ ok: true, values: { route: '', lotId: '', council: '', page: 1 }, filter: { status: 'open', route: undefined, lotId: undefined, council: undefined } });
    }
  });

  it('passes the route, lot and council to the opportunity list, tidying case and spaces', () => {
    const form = readOpportunityQuery({ route: 'framework', lotId: ` ${LOT.toUpperCase()} `, council: 'e07000110', page: '2' }, choices);
    expect(form.ok && form.filter).toEqual({ status: 'open', route: 'framework', lotId: LOT, council: MAIDSTONE });
    expect(form.values.page).toBe(2);
  });

  it('names each field it cannot use, in GOV.UK words', () => {
    const form = readOpportunityQuery({ route: 'secret', lotId: 'lot-9', council: 'E0711', page: '0' }, choices);
    expect(form.ok).toBe(false);
    expect(!form.ok && form.errors).toEqual([
      { field: 'route', message: 'Select a route from the list' },
      { field: 'lotId', message: 'Select a framework lot from the list' },
      { field: 'council', message: 'Select a council from the list' },
      { field: 'page', message: 'Page must be a whole number from 1 to 10,000' },
    ]);
    expect(form.values.page).toBe(1);
  });

  it('keeps a well-formed lot id that is no longer live, so an old saved search still opens', () => {
    const form = readOpportunityQuery({ lotId: OTHER_LOT }, choices);
    expect(form.ok && form.filter.lotId).toBe(OTHER_LOT);
  });

  it('refuses a malformed lot id and a well-formed council code that is not a current council', () => {
    const form = readOpportunityQuery({ lotId: 'not-a-uuid', council: 'E99999999' }, choices);
    expect(!form.ok && form.errors.map((error) => error.field)).toEqual(['lotId', 'council']);
  });

  it('refuses a filter given twice rather than picking one', () => {
    const form = readOpportunityQuery({ route: ['open', 'framework'] }, choices);
    expect(!form.ok && form.errors).toEqual([{ field: 'route', message: 'Route must be given once' }]);
  });
});

describe('opportunitiesHref and filtersInUse', () => {
  it('keeps the filters in use on every page link, and only those', () => {
    const values = { route: 'open', lotId: '', council: MAIDSTONE, page: 1 };
    expect(opportunitiesHref(values)).toBe(`/opportunities?route=open&council=${MAIDSTONE}`);
    expect(opportunitiesHref(values, 3)).toBe(`/opportunities?route=open&council=${MAIDSTONE}&page=3`);
    expect(opportunitiesHref({ route: '', lotId: '', council: '', page: 1 })).toBe('/opportunities');
    expect(filtersInUse(values)).toEqual({ route: 'open', council: MAIDSTONE });
  });
});

describe('toOpportunityFiltersView', () => {
  const lists = { lots: [{ id: LOT, name: 'G-Cloud 13: Cloud software' }], councils: [{ gssCode: MAIDSTONE, name: 'Maidstone Borough Council' }] };

  it('selects the filters in use and says them in words', () => {
    const view = toOpportunityFiltersView({ route: 'framework', lotId: LOT, council: MAIDSTONE, page: 1 }, lists);
    expect(view.applied).toEqual(['Route: Call-off from a framework', 'Framework lot: G-Cloud 13: Cloud software', 'Council: Maidstone Borough Council']);
    expect(view.routeItems.find((item) => item.checked)?.value).toBe('framework');
    expect(view.lotItems.find((item) => item.selected)?.value).toBe(LOT);
    expect(view.councilItems.find((item) => item.selected)?.value).toBe(MAIDSTONE);
    expect(view.errors).toBeUndefined();
  });

  it('links each error to its control, and lists a bad page number unlinked', () => {
    const view = toOpportunityFiltersView({ route: '', lotId: OTHER_LOT, council: '', page: 1 }, lists, [
      { field: 'lotId', message: 'Select a framework lot from the list' },
      { field: 'page', message: 'Page must be a whole number from 1 to 10,000' },
    ]);
    expect(view.errors?.summary).toEqual([{ text: 'Select a framework lot from the list', href: '#lotId' }, { text: 'Page must be a whole number from 1 to 10,000' }]);
    expect(view.applied).toEqual([]);
    expect(view.routeItems[0]).toEqual({ value: '', text: 'Any route', checked: true });
  });
});
