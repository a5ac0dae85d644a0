import { DomainError } from '@app/shared';
import type { SavedSearchView } from '@app/saved-searches';
import { catalogueSaveForm, opportunitiesSaveForm, readFrequencyForm, readSaveForm, toSavedSearchRows } from './saved-searches.view';

const LOT = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('the save-search form', () => {
  it('carries only the catalogue filters in use as hidden fields and suggests a name from the words', () => {
    const form = catalogueSaveForm({ q: 'case work', framework: '', lot: 'software', sme: true, vcse: false, maxPrice: '5000' }, 'case work');
    expect(form.hidden).toEqual([
      { name: 'q', value: 'case work' },
      { name: 'lot', value: 'software' },
      { name: 'maxPrice', value: '5000' },
      { name: 'sme', value: 'true' },
    ]);
    expect(form.name).toBe('Services matching ‘case work’');
    expect(catalogueSaveForm({}, '').name).toBe('Catalogue services');
  });

  it('carries the opportunity filters in use, and only those', () => {
    const form = opportunitiesSaveForm({ route: 'framework', lotId: LOT });
    expect(form.hidden).toEqual([
      { name: 'route', value: 'framework' },
      { name: 'lotId', value: LOT },
    ]);
    expect(form.name).toBe('Filtered opportunities');
    expect(opportunitiesSaveForm()).toMatchObject({ kind: 'opportunities', hidden: [], name: 'New opportunities' });
  });

  it('names the lot and council of an opportunity search on the saved-searches page', () => {
    const search = { id: 's1', kind: 'opportunities', name: 'Software', filters: { route: 'framework', lotId: LOT, council: 'E07000110' }, filtersText: 'raw', frequency: 'daily', href: '/opportunities' } as SavedSearchView;
    const names = { lots: [{ id: LOT, name: 'G-Cloud 13: Cloud software' }], councils: [{ gssCode: 'E07000110', name: 'Maidstone Borough Council' }] };
    expect(toSavedSearchRows([search], names)[0].filters).toBe('Route: Call-off from a framework; Framework lot: G-Cloud 13: Cloud software; Council: Maidstone Borough Council');
    expect(toSavedSearchRows([{ ...search, filters: {} }], names)[0].filters).toBe('raw');
  });

  it('reads back only the filter fields of the kind sent, never the CSRF token', () => {
    expect(readSaveForm({ _csrf: 't', kind: 'catalogue', name: 'N', frequency: 'daily', q: 'x', route: 'open' })).toEqual({
      kind: 'catalogue',
      name: 'N',
      frequency: 'daily',
      filters: { q: 'x' },
    });
    expect(readSaveForm({ kind: 'opportunities', name: 'N', frequency: 'daily', q: 'x', route: 'open' }).filters).toEqual({ route: 'open' });
  });

  it("names the row's own select when the frequency is not one of the choices", () => {
    expect(readFrequencyForm({ frequency: 'daily' }, 'id-1')).toBe('daily');
    try {
      readFrequencyForm({ frequency: 'hourly' }, 'id-1');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors).toEqual([{ field: 'frequency-id-1', message: 'Select how often you want to hear about new matches' }]);
    }
  });
});
