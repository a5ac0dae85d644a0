import { DomainError } from '@app/shared';
import { readSupplierProfileForm, supplierErrorOnTheForm } from './supplier-profile.form';

const typed = {
  name: ' Weald Digital Ltd ',
  companyNumber: '09100001',
  vatNumber: '',
  phone: '',
  staffCount: '25',
  turnover: '£2,500,000',
  balanceSheetTotal: '800000.50',
  isVcse: 'no',
  office0Council: '',
  office0Postcode: '',
  office1Council: 'E07000110',
  office1Postcode: 'ME14 1XQ',
};

describe('readSupplierProfileForm', () => {
  it('reads pounds as typed, skips empty office rows and remembers which row each office came from', () => {
    expect(readSupplierProfileForm(typed)).toEqual({
      input: {
        name: 'Weald Digital Ltd',
        companyNumber: '09100001',
        vatNumber: null,
        phone: null,
        staffCount: 25,
        turnover: '2500000',
        balanceSheetTotal: '800000.50',
        isVcse: false,
        offices: [{ councilCode: 'E07000110', postcode: 'ME14 1XQ' }],
      },
      officeRows: [1],
    });
  });

  it('refuses what the form can judge alone, field by field', () => {
    const refused = (() => {
      try {
        readSupplierProfileForm({ ...typed, staffCount: 'lots', turnover: '2.5m', isVcse: '', office1Council: '' });
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a refusal');
    })();
    expect(refused.fieldErrors.map((error) => error.field)).toEqual(['staffCount', 'turnover', 'isVcse', 'office1Council']);
  });
});

describe('supplierErrorOnTheForm', () => {
  it("puts the service's office errors on the row the user typed in, in the form's words", () => {
    const error = DomainError.validation('INVALID_SUPPLIER', [
      { field: 'companyNumber', message: 'companyNumber must be a Companies House number' },
      { field: 'offices[0].postcode', message: 'offices[0].postcode must be a UK postcode such as ME14 1XQ' },
    ]);
    const shown = supplierErrorOnTheForm(error, [1]) as DomainError;
    expect(shown.fieldErrors).toEqual([
      { field: 'companyNumber', message: 'Enter a Companies House number in the correct format, like 01234567 or SC123456' },
      { field: 'office1Postcode', message: 'Enter a real postcode for office 2, like ME14 1XQ' },
    ]);
    expect(shown.kind).toBe('validation');
  });

  it('leaves other errors alone', () => {
    const notFound = DomainError.notFound('Supplier');
    expect(supplierErrorOnTheForm(notFound, [])).toBe(notFound);
  });
});
