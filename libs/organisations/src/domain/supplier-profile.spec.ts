import { DomainError } from '@app/shared';
import { SupplierInput, validateSupplierProfile } from './supplier-profile';

const known = new Set(['E07000110', 'E08000035']);
const valid: SupplierInput = {
  name: '  Medway Digital Ltd ',
  companyNumber: '1234567',
  vatNumber: 'GB 123 4567 89',
  phone: '01622 123456',
  staffCount: 12,
  turnover: '1250000.00',
  balanceSheetTotal: '300000.5',
  isVcse: false,
  offices: [{ councilCode: 'e07000110', postcode: 'me14 1xq' }, { councilCode: 'E08000035' }],
};

function fieldsOf(input: SupplierInput): string[] {
  try {
    validateSupplierProfile(input, (code) => known.has(code));
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors.map((fieldError) => fieldError.field);
    throw error;
  }
  return [];
}

describe('validateSupplierProfile', () => {
  it('normalises a valid profile', () => {
    expect(validateSupplierProfile(valid, (code) => known.has(code))).toEqual({
      name: 'Medway Digital Ltd',
      companyNumber: '01234567',
      vatNumber: 'GB123456789',
      phone: '01622 123456',
      staffCount: 12,
      turnoverPence: 125_000_000n,
      balanceSheetPence: 30_000_050n,
      isVcse: false,
      offices: [
        { councilCode: 'E07000110', postcode: 'ME14 1XQ' },
        { councilCode: 'E08000035', postcode: null },
      ],
    });
  });

  it('names every bad field at once', () => {
    const fields = fieldsOf({
      ...valid,
      name: ' ',
      companyNumber: 'XX123456',
      vatNumber: 'FR123',
      phone: 'call me',
      staffCount: -1,
      turnover: '1.234',
      balanceSheetTotal: '-5',
      offices: [{ councilCode: 'E07000110', postcode: 'nowhere' }, { councilCode: 'E99999999' }],
    });
    expect(fields).toEqual([
      'name',
      'companyNumber',
      'vatNumber',
      'phone',
      'staffCount',
      'turnover',
      'balanceSheetTotal',
      'offices[0].postcode',
      'offices[1].councilCode',
    ]);
  });

  it('refuses wrong types and sizes from callers that skipped the API validation', () => {
    const untyped = { ...valid, staffCount: '12', isVcse: 'yes', offices: [] } as unknown as SupplierInput;
    expect(fieldsOf(untyped)).toEqual(['staffCount', 'isVcse', 'offices']);
    expect(fieldsOf({ ...valid, name: 'x'.repeat(161) })).toEqual(['name']);
    expect(fieldsOf({ ...valid, staffCount: 1.5 })).toEqual(['staffCount']);
    expect(fieldsOf({ ...valid, offices: Array.from({ length: 51 }, () => ({ councilCode: 'E07000110' })) })).toEqual(['offices']);
    expect(fieldsOf({ ...valid, offices: [null as unknown as { councilCode: string }] })).toEqual(['offices[0]']);
  });

  it('treats blank optional fields as absent', () => {
    const profile = validateSupplierProfile({ ...valid, vatNumber: '', phone: null }, (code) => known.has(code));
    expect(profile.vatNumber).toBeNull();
    expect(profile.phone).toBeNull();
  });
});
