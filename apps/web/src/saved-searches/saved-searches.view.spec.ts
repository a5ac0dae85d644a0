import { DomainError } from '@app/shared';
import { catalogueSaveForm, readFrequencyForm, readSaveForm } from './saved-searches.view';

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
