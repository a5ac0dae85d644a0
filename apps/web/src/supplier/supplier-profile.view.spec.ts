import type { SupplierPrivateView } from '@app/organisations';
import { explainSme, toSupplierProfileView } from './supplier-profile.view';

describe('explainSme', () => {
  it('says why, naming the figure that decides', () => {
    expect(explainSme({ staffCount: 25, turnover: '2500000.00', balanceSheetTotal: '800000.00' })).toEqual({
      isSme: true,
      explanation: 'You are an SME because you have fewer than 250 staff and a turnover of £44m or less.',
    });
    expect(explainSme({ staffCount: 25, turnover: '90000000.00', balanceSheetTotal: '800000.00' }).explanation).toBe(
      'You are an SME because you have fewer than 250 staff and a balance sheet total of £38m or less.',
    );
    expect(explainSme({ staffCount: 250, turnover: '1.00', balanceSheetTotal: '1.00' })).toEqual({
      isSme: false,
      explanation: 'You are not an SME because you have 250 staff or more.',
    });
    expect(explainSme({ staffCount: 10, turnover: '44000000.01', balanceSheetTotal: '38000000.01' }).explanation).toBe(
      'You are not an SME because your turnover is over £44m and your balance sheet total is over £38m.',
    );
  });
});

describe('toSupplierProfileView', () => {
  const supplier: SupplierPrivateView = {
    id: '7d1c1f5e-8d0e-4c11-9a43-0d3c1f3b2a10',
    name: 'Weald Digital Ltd',
    companyNumber: '09100001',
    isSme: true,
    isVcse: false,
    offices: [{ councilCode: 'E07000110', councilName: 'Maidstone Borough Council', postcode: 'ME14 1XQ' }],
    localTo: ['E07000110', 'E10000016'],
    vatNumber: null,
    phone: null,
    staffCount: 25,
    turnover: '2500000.00',
    balanceSheetTotal: '800000.00',
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('explains local by the office that makes it so and names each council', () => {
    const view = toSupplierProfileView(supplier, [
      { gssCode: 'E07000110', name: 'Maidstone Borough Council' },
      { gssCode: 'E10000016', name: 'Kent County Council' },
    ]);
    expect(view.local.explanation).toMatch(/^You count as local to 2 councils because you have an office in the area of Maidstone Borough Council\./);
    expect(view.local.councils).toEqual(['Kent County Council', 'Maidstone Borough Council']);
    expect(view.details.find((row) => row.key.text === 'Annual turnover')?.value.text).toBe('£2,500,000');
    expect(view.details.find((row) => row.key.text === 'Office')?.value.text).toBe('Maidstone Borough Council (ME14 1XQ)');
  });
});
