import type { PipelineView } from '@app/procurement';
import { toPipelinePageView } from './pipeline.view';

describe('toPipelinePageView', () => {
  it('shows each contract soonest ending first, with its recommendation as a tag and its reasons in words', () => {
    const contract = (title: string, endDate: string) => ({ title, endDate, supplierName: 'Northern Systems Ltd' });
    const pipeline = {
      council: { code: 'E08000035', name: 'Leeds City Council' },
      asOf: '2026-11-28',
      horizonMonths: 18,
      items: [
        {
          contract: contract('Payroll', '2027-09-30'),
          recommendation: 'renegotiate',
          reasons: [{ code: 'price-above-median', summary: 'The price is above the median' }],
          annualValue: '120000.00',
          annualValueDerived: true,
        },
        {
          contract: contract('Revenues', '2027-03-31'),
          recommendation: 'renew',
          reasons: [{ code: 'extension-available', summary: 'An extension is available until 31 March 2028' }],
          annualValue: '50000.00',
          annualValueDerived: false,
        },
      ],
    } as unknown as PipelineView;
    expect(toPipelinePageView(pipeline)).toEqual({
      councilName: 'Leeds City Council',
      asOf: '28 November 2026',
      horizonMonths: 18,
      items: [
        {
          title: 'Revenues',
          supplierName: 'Northern Systems Ltd',
          endDate: '31 March 2027',
          annualValue: '£50,000 a year',
          recommendation: { text: 'Renew', classes: 'govuk-tag--green' },
          reasons: ['An extension is available until 31 March 2028'],
        },
        {
          title: 'Payroll',
          supplierName: 'Northern Systems Ltd',
          endDate: '30 September 2027',
          annualValue: '£120,000 a year (worked out from the total value)',
          recommendation: { text: 'Renegotiate', classes: 'govuk-tag--orange' },
          reasons: ['The price is above the median'],
        },
      ],
    });
  });
});
