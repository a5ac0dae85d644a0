import { endingWithin, median, PeerContract, PeerNeed, PipelineContract, recommend } from './recommend';

const AS_OF = '2026-01-15';
const MAIDSTONE = 'E07000110';

const contract = (overrides: Partial<PipelineContract> = {}): PipelineContract => ({
  id: 'own',
  councilCode: MAIDSTONE,
  title: 'Revenues and benefits system',
  cpvCodes: ['72260000'],
  valuePence: 36_000_000n,
  annualValuePence: 12_000_000n,
  startDate: '2023-07-01',
  endDate: '2026-06-30',
  extensionUntil: null,
  ...overrides,
});

let peerSequence = 0;
const peer = (councilCode: string, councilName: string, overrides: Partial<PipelineContract> = {}): PeerContract => {
  peerSequence += 1;
  return { ...contract({ id: `peer-${peerSequence}`, councilCode, title: `Peer ${peerSequence}`, ...overrides }), councilName };
};

/** Three peers far from the contract's end (no partnership), priced at £90k, £100k and £110k a year. */
const pricedPeers = (cpv = '72260000') => [
  peer('E07000105', 'Ashford Borough Council', { cpvCodes: [cpv], annualValuePence: 9_000_000n, endDate: '2027-12-31' }),
  peer('E10000016', 'Kent County Council', { cpvCodes: [cpv], annualValuePence: 10_000_000n, endDate: '2027-12-31' }),
  peer('E08000035', 'Leeds City Council', { cpvCodes: [cpv], annualValuePence: 11_000_000n, endDate: '2025-06-30' }),
];

const need = (overrides: Partial<PeerNeed> = {}): PeerNeed => ({
  id: 'need-1',
  councilCode: 'E08000035',
  councilName: 'Leeds City Council',
  title: 'Council tax and benefits',
  cpvCodes: ['72262000'],
  wantedStartDate: '2026-09-01',
  currentEndDate: null,
  ...overrides,
});

const codes = (result: ReturnType<typeof recommend>) => result.reasons.map((reason) => reason.code);

describe('renewal recommendation', () => {
  it('recommends a joint re-tender when other councils have similar contracts or needs near the end, naming them', () => {
    const result = recommend(
      contract({ annualValuePence: 13_000_000n, extensionUntil: '2027-06-30' }),
      {
        contracts: [...pricedPeers(), peer('E07000105', 'Ashford Borough Council', { id: 'ashford-near', title: 'Ashford R&B', cpvCodes: ['72212000'], endDate: '2026-10-31' })],
        needs: [need()],
      },
      AS_OF,
    );
    expect(result.recommendation).toBe('joint-retender');
    // Every finding is reported: partners, a price above the median, and the extension left.
    expect(result.applicable).toEqual(['joint-retender', 'renegotiate']);
    expect(codes(result)).toEqual(['partners-found', 'price-above-median', 'extension-available']);
    expect(result.reasons[0]).toEqual({
      code: 'partners-found',
      summary: "Ashford Borough Council, Leeds City Council have similar contracts or needs within 6 months of this contract's end",
      windowMonths: 6,
      partners: [
        {
          councilCode: 'E07000105',
          councilName: 'Ashford Borough Council',
          evidence: [{ kind: 'contract', id: 'ashford-near', title: 'Ashford R&B', dateKind: 'contract-end', date: '2026-10-31', monthsApart: 4 }],
        },
        {
          councilCode: 'E08000035',
          councilName: 'Leeds City Council',
          evidence: [{ kind: 'need', id: 'need-1', title: 'Council tax and benefits', dateKind: 'wanted-start', date: '2026-09-01', monthsApart: 2 }],
        },
      ],
    });
  });

  it('recommends renegotiating a price above the peer median, with the median and how far above', () => {
    const result = recommend(contract({ annualValuePence: 13_000_000n, extensionUntil: '2027-06-30' }), { contracts: pricedPeers(), needs: [] }, AS_OF);
    expect(result.recommendation).toBe('renegotiate');
    expect(result.applicable).toEqual(['renegotiate']);
    expect(codes(result)).toEqual(['no-partners', 'price-above-median', 'extension-available']);
    expect(result.reasons[1]).toEqual({
      code: 'price-above-median',
      summary: '£130000.00 a year is £30000.00 (30%) above the median of 3 similar contracts, £100000.00',
      annualValue: '130000.00',
      peerMedian: '100000.00',
      peerCount: 3,
      aboveBy: '30000.00',
      aboveByPercent: 30,
    });
  });

  it('recommends renewing when an extension is left and the price is not above the median', () => {
    const result = recommend(contract({ annualValuePence: 10_000_000n, extensionUntil: '2027-06-30' }), { contracts: pricedPeers(), needs: [] }, AS_OF);
    expect(result.recommendation).toBe('renew');
    expect(result.applicable).toEqual(['renew']);
    expect(result.reasons).toEqual([
      expect.objectContaining({ code: 'no-partners' }),
      expect.objectContaining({ code: 'price-not-above-median', annualValue: '100000.00', peerMedian: '100000.00', peerCount: 3 }),
      { code: 'extension-available', summary: 'The contract can be extended to 30 June 2027', extensionUntil: '2027-06-30', monthsAvailable: 12 },
    ]);
  });

  it('recommends re-tendering when nothing else applies, saying why', () => {
    const result = recommend(contract({ cpvCodes: ['72400000'] }), { contracts: pricedPeers(), needs: [need()] }, AS_OF);
    expect(result.recommendation).toBe('retender');
    expect(result.applicable).toEqual(['retender']);
    expect(codes(result)).toEqual(['no-partners', 'too-few-peer-prices', 'no-extension']);
    expect(result.reasons[1]).toMatchObject({ peerCount: 0, needed: 3 });
  });

  it('compares only the same CPV group and only other councils', () => {
    const ownOther = { ...peer(MAIDSTONE, 'Maidstone Borough Council', { endDate: '2026-07-31' }) };
    const otherGroup = peer('E07000105', 'Ashford Borough Council', { cpvCodes: ['72500000'], endDate: '2026-07-31' });
    const result = recommend(contract(), { contracts: [ownOther, otherGroup], needs: [need({ councilCode: MAIDSTONE })] }, AS_OF);
    expect(codes(result)[0]).toBe('no-partners');
    expect(result.reasons[1]).toMatchObject({ code: 'too-few-peer-prices', peerCount: 0 });
  });

  it('leaves out peer prices older than the lookback and partners more than 6 months away', () => {
    const stale = pricedPeers().map((p) => ({ ...p, endDate: '2023-12-31' }));
    const far = peer('E07000105', 'Ashford Borough Council', { endDate: '2027-01-01' });
    const result = recommend(contract(), { contracts: [...stale, far], needs: [need({ wantedStartDate: '2027-01-01', currentEndDate: '2025-12-29' })] }, AS_OF);
    expect(codes(result)[0]).toBe('no-partners');
    expect(result.reasons[1]).toMatchObject({ code: 'too-few-peer-prices', peerCount: 1 });
  });

  it('annualises a contract without an annual value, and says so', () => {
    const result = recommend(contract({ annualValuePence: null, valuePence: 30_000_000n, startDate: '2025-07-01', endDate: '2026-06-30' }), { contracts: pricedPeers(), needs: [] }, AS_OF);
    expect(result.annualValueDerived).toBe(true);
    // £300,000 over 365 days is a little more over 365.25.
    expect(result.annualValue).toBe('300205.48');
    expect(result.recommendation).toBe('renegotiate');
  });
});

describe('median and horizon', () => {
  it('takes the middle price, or halfway between the two middles rounded up to the penny', () => {
    expect(median([3n, 1n, 2n])).toBe(2n);
    expect(median([4n, 1n, 2n, 3n])).toBe(3n);
    expect(median([10n, 20n])).toBe(15n);
  });

  it('lists contracts ending from today to the horizon, soonest first', () => {
    const rows = [
      { id: 'b', endDate: '2027-07-15' },
      { id: 'a', endDate: '2026-02-01' },
      { id: 'past', endDate: '2026-01-14' },
      { id: 'beyond', endDate: '2027-07-16' },
    ];
    expect(endingWithin(rows, AS_OF, 18).map((row) => row.id)).toEqual(['a', 'b']);
  });
});
