import type { OpportunityMatchView } from '@app/matching';
import { flagTags, toSuggestedSupplierRows } from './suggested-suppliers.view';

describe('suggested suppliers on the buyer’s opportunity page', () => {
  it('tags SME, VCSE and local suppliers, and nothing for a supplier with none of them', () => {
    expect(flagTags({ sme: true, vcse: true, local: true }).map((tag) => tag.text)).toEqual(['SME', 'VCSE', 'Local']);
    expect(flagTags({ sme: false, vcse: false, local: true }).map((tag) => tag.text)).toEqual(['Local']);
    expect(flagTags({ sme: false, vcse: false, local: false })).toEqual([]);
  });

  it('keeps the service’s order and links each listing to its catalogue page', () => {
    const match = (listingId: string, supplierName: string, score: number): OpportunityMatchView => ({
      listingId,
      listingName: `${supplierName} service`,
      supplierId: 'a1b2c3d4-0000-4000-8000-00000000000f',
      supplierName,
      score,
      reasons: [{ code: 'shared-cpv', text: 'offers 72260000' }],
      flags: { sme: true, vcse: false, local: false },
      computedAt: '2026-11-27T10:00:00.000Z',
    });
    const rows = toSuggestedSupplierRows([match('a1b2c3d4-0000-4000-8000-000000000001', 'Weald Digital Ltd', 0.9), match('a1b2c3d4-0000-4000-8000-000000000002', 'Aire Valley Digital Ltd', 0.4)]);
    expect(rows.map((row) => row.supplier)).toEqual(['Weald Digital Ltd', 'Aire Valley Digital Ltd']);
    expect(rows[0]).toMatchObject({ listing: { name: 'Weald Digital Ltd service', href: '/catalogue/a1b2c3d4-0000-4000-8000-000000000001' }, match: '90% match', reasons: ['offers 72260000'] });
  });
});
