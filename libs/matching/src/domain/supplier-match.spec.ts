import fc from 'fast-check';
import { ListingFacts, OpportunityFacts, rankListings, scoreListing, SupplierMatchSettings } from './supplier-match';

const LOT = '11111111-1111-4111-8111-111111111111';
const OTHER_LOT = '22222222-2222-4222-8222-222222222222';
const SETTINGS: SupplierMatchSettings & { floor: number; limit: number } = {
  relevance: { cpv: 0.5, category: 0.2, text: 0.3 },
  preferenceWeight: 0.3,
  floor: 0.1,
  limit: 50,
};
const NO_PREFERENCES = { sme: false, local: false, openSource: false, openStandards: false, ukHosting: false };

function opportunity(overrides: Partial<OpportunityFacts> = {}): OpportunityFacts {
  return {
    id: 'opp-1',
    lotId: LOT,
    cpvCodes: ['72260000'],
    categoryIds: [],
    text: 'Revenues and benefits system for council tax and housing benefit',
    councilCodes: ['E08000035'],
    preferences: NO_PREFERENCES,
    ...overrides,
  };
}

function listing(overrides: Partial<ListingFacts> = {}): ListingFacts {
  return {
    id: 'listing-1',
    supplierId: 'supplier-1',
    name: 'Listing',
    status: 'published',
    lotId: LOT,
    supplierActive: true,
    cpvCodes: ['72260000'],
    categoryIds: [],
    text: 'Revenues and benefits software, council tax billing',
    supplierIsSme: false,
    supplierIsVcse: false,
    supplierLocalTo: [],
    openSource: false,
    openStandards: [],
    ukHosting: false,
    ...overrides,
  };
}

const listingArb = fc.record({
  id: fc.uuid(),
  supplierId: fc.uuid(),
  name: fc.string(),
  status: fc.constantFrom('published', 'draft', 'suspended'),
  lotId: fc.constantFrom(LOT, OTHER_LOT),
  supplierActive: fc.boolean(),
  cpvCodes: fc.array(fc.constantFrom('72260000', '72268000', '72000000', '48000000', '79341000'), { maxLength: 3 }),
  categoryIds: fc.array(fc.constantFrom('c1', 'c2', 'c3'), { maxLength: 2 }),
  text: fc.array(fc.constantFrom('revenues', 'benefits', 'council', 'housing', 'waste', 'portal'), { maxLength: 5 }).map((w) => w.join(' ')),
  supplierIsSme: fc.boolean(),
  supplierIsVcse: fc.boolean(),
  supplierLocalTo: fc.array(fc.constantFrom('E08000035', 'E07000110'), { maxLength: 2 }),
  openSource: fc.boolean(),
  openStandards: fc.array(fc.constantFrom('OpenAPI', 'CSV'), { maxLength: 2 }),
  ukHosting: fc.boolean(),
});
const preferencesArb = fc.record({ sme: fc.boolean(), local: fc.boolean(), openSource: fc.boolean(), openStandards: fc.boolean(), ukHosting: fc.boolean() });

describe('opportunity ↔ listing match', () => {
  it('is eligible only when published, on the lot and the supplier is active', () => {
    expect(scoreListing(opportunity(), listing(), SETTINGS)).not.toBeNull();
    expect(scoreListing(opportunity(), listing({ status: 'suspended' }), SETTINGS)).toBeNull();
    expect(scoreListing(opportunity(), listing({ lotId: OTHER_LOT }), SETTINGS)).toBeNull();
    expect(scoreListing(opportunity(), listing({ supplierActive: false }), SETTINGS)).toBeNull();
  });

  it('stays in [0, 1] and is deterministic', () => {
    fc.assert(
      fc.property(listingArb, preferencesArb, (facts, preferences) => {
        const match = scoreListing(opportunity({ preferences, categoryIds: ['c1'] }), facts, SETTINGS);
        if (match === null) return;
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
        expect(match.score).toBeLessThanOrEqual(match.relevance + 1e-12);
        expect(scoreListing(opportunity({ preferences, categoryIds: ['c1'] }), facts, SETTINGS)).toEqual(match);
      }),
    );
  });

  it('never scores lower when the opportunity and the listing gain the same CPV code', () => {
    const code = fc.constantFrom('72260000', '72268000', '72000000', '48000000', '79341000', '90511000');
    fc.assert(
      fc.property(listingArb, preferencesArb, fc.array(code, { maxLength: 3 }), code, (facts, preferences, opportunityCodes, shared) => {
        const before = scoreListing(opportunity({ preferences, cpvCodes: opportunityCodes }), facts, SETTINGS);
        const after = scoreListing(opportunity({ preferences, cpvCodes: [...opportunityCodes, shared] }), { ...facts, cpvCodes: [...facts.cpvCodes, shared] }, SETTINGS);
        if (before === null || after === null) return;
        // An opportunity without codes is judged on text alone: gaining its first code adds a part.
        if (opportunityCodes.length === 0) return;
        expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-12);
      }),
    );
  });

  it('ranks the same whatever order the listings come in', () => {
    fc.assert(
      fc.property(fc.array(listingArb, { maxLength: 12 }), (listings) => {
        const forward = rankListings(opportunity(), listings, SETTINGS).map((match) => match.listingId);
        const backward = rankListings(opportunity(), [...listings].reverse(), SETTINGS).map((match) => match.listingId);
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('does not favour alphabetical order among equal listings', () => {
    // Twenty identical listings: only the tie-break orders them. Over many opportunities the
    // alphabetically first id should lead about 1 time in 20, not always.
    const same = Array.from({ length: 20 }, (_, index) => listing({ id: `listing-${String(index).padStart(2, '0')}`, supplierId: `s${index}` }));
    const alphabeticalFirst = same[0].id;
    let firstWins = 0;
    const leaders = new Set<string>();
    for (let run = 0; run < 200; run += 1) {
      const [leader] = rankListings(opportunity({ id: `opp-${run}` }), same, SETTINGS);
      leaders.add(leader.listingId);
      if (leader.listingId === alphabeticalFirst) firstWins += 1;
    }
    expect(firstWins).toBeLessThan(40);
    expect(leaders.size).toBeGreaterThan(10);
    // Renaming a listing does not move the others: the order is by (id, opportunity) hash only.
    fc.assert(
      fc.property(fc.uuid(), (renamed) => {
        const before = rankListings(opportunity(), same, SETTINGS).map((match) => match.listingId).filter((id) => id !== same[5].id);
        const after = rankListings(opportunity(), same.map((item, index) => (index === 5 ? { ...item, id: renamed } : item)), SETTINGS)
          .map((match) => match.listingId)
          .filter((id) => id !== renamed);
        expect(after).toEqual(before);
      }),
    );
  });

  /**
   * Golden example. Leeds and Wakefield buy a revenues and benefits system (72260000) and prefer
   * SMEs and local suppliers. A buyer expects: first the local SME whose product is exactly that;
   * then the large national firm with exactly that product (relevance beats preferences); then the
   * local SME that does general software development (72200000: same division, related only);
   * never the waste-routing product (90511000) nor anything on another lot.
   */
  it('ranks listings as a buyer would', () => {
    const buyers = opportunity({ councilCodes: ['E08000035', 'E08000036'], preferences: { ...NO_PREFERENCES, sme: true, local: true } });
    const localSme = listing({ id: 'local-sme-revs', supplierIsSme: true, supplierLocalTo: ['E08000036'] });
    const national = listing({ id: 'national-revs', supplierId: 'big' });
    const generalDev = listing({ id: 'local-sme-dev', cpvCodes: ['72200000'], text: 'Bespoke software development', supplierIsSme: true, supplierLocalTo: ['E08000035'] });
    const waste = listing({ id: 'waste', cpvCodes: ['90511000'], text: 'Waste collection route planning' });
    const otherLot = listing({ id: 'other-lot', lotId: OTHER_LOT });
    const ranked = rankListings(buyers, [waste, generalDev, national, otherLot, localSme], SETTINGS);
    expect(ranked.map((match) => match.listingId)).toEqual(['local-sme-revs', 'national-revs', 'local-sme-dev']);
    expect(ranked[0].flags).toEqual({ sme: true, vcse: false, local: true });
    expect(ranked[0].reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining(['offers 72260000', 'an SME, as the buyers prefer', 'local to a participating council']),
    );
  });
});
