import { DomainError } from '@app/shared';
import { listingErrorOnTheForm, readListingForm } from './listing.form';

describe('readListingForm', () => {
  it('reads lines, comma lists, ticked boxes and an all-or-nothing price', () => {
    const input = readListingForm({
      name: 'Casework Hub',
      features: 'Timeline\r\n\r\n Reminders ',
      cpvCodes: '72260000, 48000000-8',
      categories: ['case-management', 'payroll'],
      standards: 'ukHosting',
      priceMin: '£1,200',
      priceMax: '5000',
      priceUnit: 'per year',
    });
    expect(input).toMatchObject({
      features: ['Timeline', 'Reminders'],
      benefits: [],
      cpvCodes: ['72260000', '48000000-8'],
      categories: ['case-management', 'payroll'],
      pricing: { min: '1200', max: '5000', unit: 'per year' },
      standards: { ukHosting: true, openSource: false, cyberEssentials: 'none', accessibilityStatementUrl: null },
    });
    expect(readListingForm({ name: 'Draft' }).pricing).toBeNull();
  });

  it('refuses a malformed CPV code and half a price', () => {
    try {
      readListingForm({ name: 'X', cpvCodes: '7226, 72260000', priceMin: '10' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DomainError).fieldErrors.map((fieldError) => fieldError.field)).toEqual(['cpvCodes', 'priceMax', 'priceUnit']);
    }
  });
});

describe('listingErrorOnTheForm', () => {
  it("words the quality checks for the form and links each to its input", () => {
    const error = DomainError.validation('LISTING_QUALITY', [
      { field: 'features', message: 'features: list at least one feature before submitting' },
      { field: 'pricing', message: 'pricing: give a minimum and maximum price and a unit before submitting' },
      { field: 'cpvCodes[1]', message: 'cpvCodes[1] 12345678 is not a CPV 2008 code' },
      { field: 'pricing.max', message: 'pricing.max must not be less than pricing.min' },
    ]);
    expect((listingErrorOnTheForm(error) as DomainError).fieldErrors).toEqual([
      { field: 'features', message: 'Enter at least one feature' },
      { field: 'priceMin', message: 'Enter a lowest and highest price and what one price buys' },
      { field: 'cpvCodes', message: 'CPV codes: 12345678 is not a CPV 2008 code' },
      { field: 'priceMax', message: 'Highest price: must not be less than pricing.min' },
    ]);
  });
});
