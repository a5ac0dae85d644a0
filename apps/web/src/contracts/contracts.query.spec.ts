import { contractsHref, readContractsQuery } from './contracts.query';

const isCouncil = (code: string) => code === 'E08000035';
const SUPPLIER = '0b6f3d0e-6a3c-4f57-9a3e-2f1d5f0c9b11';

describe('readContractsQuery', () => {
  it('reads the filters the service understands', () => {
    const query = readContractsQuery(
      { council: 'E08000035', supplier: SUPPLIER, 'endAfter-day': '1', 'endAfter-month': '4', 'endAfter-year': '2027', page: '3' },
      isCouncil,
    );
    expect(query.errors).toEqual([]);
    expect(query.filter).toEqual({ council: 'E08000035', supplier: SUPPLIER, endAfter: '2027-04-01' });
    expect(query.page).toBe(3);
  });

  it('refuses dates that are not real and an unknown council, keeping what was typed', () => {
    const query = readContractsQuery({ council: 'E99999999', 'endBefore-day': '31', 'endBefore-month': '2', 'endBefore-year': '2027' }, isCouncil);
    expect(query.errors).toEqual([
      { field: 'council', message: 'Select a council from the list' },
      { field: 'endBefore', message: 'Ends on or before must be a real date, like 27 3 2027' },
    ]);
    expect(query.values).toEqual({ council: 'E99999999', 'endBefore-day': '31', 'endBefore-month': '2', 'endBefore-year': '2027' });
    expect(query.filter).toEqual({});
  });

  it('refuses an end-before date earlier than the end-after date', () => {
    const query = readContractsQuery(
      { 'endAfter-day': '1', 'endAfter-month': '6', 'endAfter-year': '2027', 'endBefore-day': '1', 'endBefore-month': '1', 'endBefore-year': '2027' },
      isCouncil,
    );
    expect(query.errors.map((error) => error.field)).toEqual(['endBefore']);
  });

  it('ignores a malformed supplier id and page number', () => {
    const query = readContractsQuery({ supplier: 'nobody', page: '-2' }, isCouncil);
    expect(query.filter).toEqual({});
    expect(query.page).toBe(1);
  });
});

describe('contractsHref', () => {
  it('keeps the filters and adds the page after the first', () => {
    expect(contractsHref({ council: 'E08000035', 'endAfter-day': '' }, 2)).toBe('/contracts?council=E08000035&page=2');
    expect(contractsHref({})).toBe('/contracts');
  });
});
