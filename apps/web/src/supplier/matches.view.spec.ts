import type { SupplierMatchView } from '@app/matching';
import { matchPercent, toMatchedOpportunityCard } from './matches.view';

describe('matched opportunities on the supplier page', () => {
  it('writes scores as whole percentages', () => {
    expect(matchPercent(0.744)).toBe('74% match');
    expect(matchPercent(1)).toBe('100% match');
    expect(matchPercent(0)).toBe('0% match');
  });

  it('links the opportunity to its public page and each listing to the supplier’s own page, reasons in order', () => {
    const match: SupplierMatchView = {
      opportunityId: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: 'Case management for adult social care',
      leadCouncilName: 'Maidstone Borough Council',
      closingAt: '2026-12-18T17:00:00.000Z',
      score: 0.81,
      listings: [
        { listingId: 'a1b2c3d4-0000-4000-8000-000000000002', listingName: 'Casework Hub', score: 0.81, reasons: [{ code: 'shared-cpv', text: 'offers 72260000' }, { code: 'prefers-sme', text: 'an SME, as the buyers prefer' }] },
      ],
    };
    expect(toMatchedOpportunityCard(match)).toEqual({
      title: 'Case management for adult social care',
      href: '/opportunities/a1b2c3d4-0000-4000-8000-000000000001',
      leadCouncil: 'Maidstone Borough Council',
      closing: '18 December 2026 at 5:00pm',
      listings: [
        { name: 'Casework Hub', href: '/supplier/listings/a1b2c3d4-0000-4000-8000-000000000002', match: '81% match', reasons: ['offers 72260000', 'an SME, as the buyers prefer'] },
      ],
    });
  });
});
