import type { NeedFullView } from '@app/procurement';
import { DomainError } from '@app/shared';
import { needErrorOnTheForm, needFormValues, readNeedForm } from './need.form';

function refusal(body: Record<string, string>): DomainError {
  try {
    readNeedForm(body);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('the form was accepted');
}

const GOOD = {
  title: 'Housing case management',
  cpvCodes: '72260000, 48000000',
  'wantedStartDate-day': '1',
  'wantedStartDate-month': '4',
  'wantedStartDate-year': '2027',
  openToCollaboration: 'yes',
};

describe('readNeedForm', () => {
  it('reads a complete form as the service input', () => {
    const input = readNeedForm({
      ...GOOD,
      estimatedValue: '£250,000',
      contractSupplierName: 'Old Casework Ltd',
      'contractEndDate-day': '31',
      'contractEndDate-month': '3',
      'contractEndDate-year': '2027',
      contractAnnualValue: '45,000.50',
      prefSme: 'yes',
      prefUkHosting: 'yes',
    });
    expect(input).toEqual({
      title: 'Housing case management',
      description: null,
      cpvCodes: ['72260000', '48000000'],
      estimatedValue: '250000',
      wantedStartDate: '2027-04-01',
      currentContract: { supplierName: 'Old Casework Ltd', endDate: '2027-03-31', extensionUntil: null, annualValue: '45000.50' },
      openToCollaboration: true,
      preferences: { sme: true, local: false, openSource: false, openStandards: false, ukHosting: true },
    });
  });

  it('leaves out the current contract and the dates when nothing is typed', () => {
    const input = readNeedForm({ title: 'Payroll', cpvCodes: '79211100', openToCollaboration: 'no' });
    expect(input.currentContract).toBeNull();
    expect(input.wantedStartDate).toBeNull();
    expect(input.openToCollaboration).toBe(false);
  });

  it('refuses what the form can judge alone, in GOV.UK words, one message per field', () => {
    const error = refusal({ cpvCodes: '7226, 72260000', 'wantedStartDate-day': '31', 'wantedStartDate-month': '2', 'wantedStartDate-year': '2027', estimatedValue: 'lots' });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'Enter a title for the need' },
      { field: 'cpvCodes', message: 'CPV codes must be 8 digits, like 72260000, separated by commas. Check “7226”' },
      { field: 'estimatedValue', message: 'Estimated value must be an amount in pounds, like 250000' },
      { field: 'wantedStartDate', message: 'Wanted start date must be a real date, like 27 3 2027' },
      { field: 'openToCollaboration', message: 'Select yes if other councils may see this need and join it' },
    ]);
  });

  it('asks for the supplier and the end date once any of the current contract is typed', () => {
    const error = refusal({ ...GOOD, contractAnnualValue: '1000' });
    expect(error.fieldErrors).toEqual([
      { field: 'contractSupplierName', message: 'Enter the name of the current supplier' },
      { field: 'contractEndDate', message: 'Enter the date the current contract ends' },
    ]);
  });
});

describe('needErrorOnTheForm', () => {
  it("puts the service's field paths on the form's inputs, in the form's words", () => {
    const service = DomainError.validation('INVALID_NEED', [
      { field: 'wantedStartDate', message: 'wantedStartDate must not be in the past (today is 2026-11-28)' },
      { field: 'cpvCodes[1]', message: 'cpvCodes[1] 99999999 is not a CPV code' },
      { field: 'currentContract.extensionUntil', message: 'currentContract.extensionUntil must be on or after currentContract.endDate' },
    ]);
    const mapped = needErrorOnTheForm(service) as DomainError;
    expect(mapped.kind).toBe('validation');
    expect(mapped.fieldErrors).toEqual([
      { field: 'wantedStartDate', message: 'Wanted start date must be today or in the future' },
      { field: 'cpvCodes', message: '99999999 is not a CPV code. Check the code and try again' },
      { field: 'contractExtensionUntil', message: 'Extension available until must be on or after the current contract end date' },
    ]);
  });

  it('passes on errors without field errors unchanged', () => {
    const notFound = DomainError.notFound('Need');
    expect(needErrorOnTheForm(notFound)).toBe(notFound);
  });
});

describe('needFormValues', () => {
  it('shows a saved need as the form fields, dates in their three boxes', () => {
    const need = {
      title: 'Payroll',
      description: '',
      cpvCodes: ['79211100', '72260000'],
      estimatedValue: '100000.00',
      wantedStartDate: '2027-04-01',
      currentContract: { supplierName: 'Old Pay Ltd', supplierId: null, endDate: '2027-03-31', extensionUntil: null, annualValue: null },
      openToCollaboration: false,
      preferences: { sme: false, local: true, openSource: false, openStandards: false, ukHosting: false },
    } as unknown as NeedFullView;
    expect(needFormValues(need)).toEqual({
      title: 'Payroll',
      description: '',
      cpvCodes: '79211100, 72260000',
      estimatedValue: '100000.00',
      openToCollaboration: 'no',
      contractSupplierName: 'Old Pay Ltd',
      contractAnnualValue: '',
      'wantedStartDate-day': '1',
      'wantedStartDate-month': '4',
      'wantedStartDate-year': '2027',
      'contractEndDate-day': '31',
      'contractEndDate-month': '3',
      'contractEndDate-year': '2027',
      prefLocal: 'yes',
    });
  });
});
