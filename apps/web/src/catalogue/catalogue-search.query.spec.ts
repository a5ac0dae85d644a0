import { readCatalogueQuery, RESULTS_PER_PAGE, searchHref } from './catalogue-search.query';

const KENT = 'E10000016';
const isCouncil = (code: string) => code === KENT;

describe('readCatalogueQuery', () => {
  it('asks for everything, page 1, when nothing is given', () => {
    const form = readCatalogueQuery({}, isCouncil);
    expect(form).toMatchObject({ ok: true, criteria: { page: 1, pageSize: RESULTS_PER_PAGE } });
    if (!form.ok) throw new Error('expected the query to be accepted');
    expect(Object.entries(form.criteria).filter(([, value]) => value !== undefined)).toEqual([
      ['page', 1],
      ['pageSize', RESULTS_PER_PAGE],
    ]);
  });

  it('treats the empty fields a GET form sends as "any", and turns the rest into search criteria', () => {
    const form = readCatalogueQuery(
      { q: '  case   management ', framework: 'g-cloud-13', lot: 'cloud-software', category: '', localTo: 'e10000016', maxPrice: '£5,000.5', sme: 'true', ukHosting: 'true', page: '3' },
      isCouncil,
    );
    expect(form).toEqual({
      ok: true,
      values: {
        q: 'case management',
        framework: 'g-cloud-13',
        lot: 'cloud-software',
        category: '',
        localTo: KENT,
        maxPrice: '5000.5',
        flags: { sme: true, vcse: false, openSource: false, openApi: false, ukHosting: true },
        page: 3,
      },
      criteria: {
        q: 'case management',
        framework: 'g-cloud-13',
        lot: 'cloud-software',
        category: undefined,
        localTo: KENT,
        sme: true,
        vcse: undefined,
        openSource: undefined,
        openApi: undefined,
        ukHosting: true,
        maxPricePence: 500_050n,
        page: 3,
        pageSize: RESULTS_PER_PAGE,
      },
    });
  });

  it('names each bad value in GOV.UK words, as the API refuses the same values', () => {
    const form = readCatalogueQuery(
      { lot: 'Cloud Software!', category: ['a', 'b'], localTo: 'E99999999', maxPrice: 'ten pounds', vcse: 'yes', page: '0' },
      isCouncil,
    );
    expect(form.ok).toBe(false);
    if (form.ok) return;
    expect(form.errors).toEqual([
      { field: 'lot', message: 'Select a lot from the list' },
      { field: 'category', message: 'Category must be given once' },
      { field: 'localTo', message: 'Select a council from the list' },
      { field: 'maxPrice', message: 'Maximum price must be an amount in pounds, like 5000 or 5000.50' },
      { field: 'vcse', message: 'VCSE suppliers only must be ticked or left unticked' },
      { field: 'page', message: 'Page must be a whole number from 1 to 100,000' },
    ]);
    // What was typed goes back into the form; the page number falls back to the first.
    expect(form.values).toMatchObject({ maxPrice: 'tenpounds', page: 1 });
  });

  it('refuses too many pence and a page that is not a number', () => {
    const form = readCatalogueQuery({ maxPrice: '10.999', page: '2.5' }, isCouncil);
    expect(form.ok ? [] : form.errors.map((error) => error.field)).toEqual(['maxPrice', 'page']);
  });
});

describe('searchHref', () => {
  it('keeps only the fields in use, so pages of one search share a short address', () => {
    const form = readCatalogueQuery({ q: 'payroll & HR', framework: '', lot: 'cloud-software', sme: 'true', maxPrice: '' }, isCouncil);
    expect(searchHref(form.values)).toBe('/catalogue?q=payroll+%26+HR&lot=cloud-software&sme=true');
    expect(searchHref(form.values, 2)).toBe('/catalogue?q=payroll+%26+HR&lot=cloud-software&sme=true&page=2');
    expect(searchHref(readCatalogueQuery({}, isCouncil).values)).toBe('/catalogue');
  });
});
