import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '@app/shared';
import { PROCUREMENT_ROUTE_WORDING, TransparencyContract, transparencyFieldNames, transparencyRow } from './transparency-code';

const SHIPPED = join(__dirname, '..', '..', '..', 'data', 'lgtc-2015-contracts-over-5000-fields.csv');

const contract: TransparencyContract = {
  id: '5f0c3c1e-7a43-4c1b-9c55-1b7f0f0a0001',
  councilName: 'Maidstone Borough Council',
  title: 'Payroll service',
  description: 'Hosted payroll',
  supplierName: 'Weald Digital Ltd',
  supplierCompanyNumber: '01234567',
  supplierIsSme: true,
  supplierIsVcse: false,
  valuePence: '1234567',
  startDate: '2026-04-01',
  endDate: '2029-03-31',
  awardedVia: 'competition',
};

describe('Transparency Code contracts publication', () => {
  it('turns every item of the shipped field list into columns, splitting multi-field items and dropping descriptions in brackets', () => {
    const fields = transparencyFieldNames(parseCsvRecords(readFileSync(SHIPPED, 'utf8')));
    expect(fields).toEqual([
      'reference_number',
      'title',
      'department',
      'description',
      'supplier_name_and_details',
      'value',
      'irrecoverable_vat',
      'start_date',
      'end_date',
      'review_date',
      'procurement_route',
      'supplier_is_sme',
      'supplier_is_vcse',
      'supplier_registration_number',
    ]);
  });

  it('fills a row in the order of the fields, leaving empty what the register does not record', () => {
    expect(transparencyRow(['value', 'review_date', 'procurement_route', 'supplier_is_sme', 'department'], contract)).toEqual([
      '12345.67',
      '',
      'published invitation to tender',
      'Yes',
      'Maidstone Borough Council',
    ]);
    // Only the Code's two values: anything not advertised was an invitation to quote.
    expect(new Set(Object.values(PROCUREMENT_ROUTE_WORDING))).toEqual(new Set(['published invitation to tender', 'invitation to quote']));
    expect(PROCUREMENT_ROUTE_WORDING.direct).toBe('invitation to quote');
  });

  it('refuses a field list naming a field it has no value for, rather than publishing a blank column silently', () => {
    expect(() => transparencyFieldNames([{ suggested_field_name: 'title; payment_terms' }])).toThrow(/payment_terms/);
    expect(() => transparencyFieldNames([])).toThrow(/field list/);
  });
});
