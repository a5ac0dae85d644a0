import { DomainError } from '@app/shared';
import { annualisedPence, ContractInput, validateContractTerms } from './contract-terms';

const parseCompanyNumber = (raw: string) => (/^\d{8}$/.test(raw.trim()) ? raw.trim() : null);

const valid = (overrides: Partial<Record<keyof ContractInput, unknown>> = {}): ContractInput =>
  ({
    title: 'Revenues and benefits system',
    supplierName: 'Weald Digital Ltd',
    cpvCodes: ['72260000-5'],
    value: '360000.00',
    annualValue: '120000',
    startDate: '2023-04-01',
    endDate: '2026-03-31',
    extensionUntil: '2027-03-31',
    awardedVia: 'competition',
    ...overrides,
  }) as ContractInput;

function fieldsOf(input: ContractInput): string[] {
  try {
    validateContractTerms(input, parseCompanyNumber);
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors.map((field) => field.field);
    throw error;
  }
  return [];
}

describe('validateContractTerms', () => {
  it('normalises a valid contract: pence, bare CPV codes, trimmed text', () => {
    const terms = validateContractTerms(valid({ title: '  Revenues  ' }), parseCompanyNumber);
    expect(terms).toMatchObject({ title: 'Revenues', cpvCodes: ['72260000'], valuePence: 36_000_000n, annualValuePence: 12_000_000n });
    expect(terms.supplierIsSme).toBeUndefined();
  });

  it('allows past dates: the register holds existing and expired contracts', () => {
    expect(fieldsOf(valid({ startDate: '2010-01-01', endDate: '2012-01-01', extensionUntil: null }))).toEqual([]);
  });

  it('names every bad field at once', () => {
    expect(
      fieldsOf(
        valid({
          title: '',
          value: '-5.00',
          annualValue: '1.234',
          cpvCodes: ['7226', '72260000'],
          endDate: '2023-03-31',
          awardedVia: 'handshake',
          companyNumber: 'nope',
          supplierId: 'not-a-uuid',
        }),
      ),
    ).toEqual(['title', 'supplierId', 'companyNumber', 'cpvCodes[0]', 'value', 'annualValue', 'endDate', 'awardedVia']);
  });

  it('refuses an extension that ends before the contract does', () => {
    expect(fieldsOf(valid({ extensionUntil: '2026-03-30' }))).toEqual(['extensionUntil']);
    expect(fieldsOf(valid({ extensionUntil: '2026-03-31' }))).toEqual([]);
  });

  it('refuses oversize text and impossible dates', () => {
    expect(fieldsOf(valid({ title: 'x'.repeat(201), startDate: '2023-02-30' }))).toEqual(['title', 'startDate']);
  });
});

describe('annualisedPence', () => {
  it('uses the stated annual value when there is one', () => {
    expect(annualisedPence({ valuePence: 300n, annualValuePence: 7n, startDate: '2020-01-01', endDate: '2020-12-31' })).toBe(7n);
  });

  it('spreads the total over the term otherwise', () => {
    // Three years of £360,000 is 1096 days with the leap day: a little under £120,000 a year.
    const annual = annualisedPence({ valuePence: 36_000_000n, annualValuePence: null, startDate: '2023-04-01', endDate: '2026-03-31' });
    expect(annual).toBe(11_997_263n);
  });
});
