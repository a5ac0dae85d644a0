import fc from 'fast-check';
import { NeedFacts, needPartnerScore, PartnerWeights } from './need-partner-score';
import { rankPartners } from './partner-ranking';
import { timingSimilarity } from './timing';

const WEIGHTS: PartnerWeights = { cpv: 0.4, text: 0.2, timing: 0.2, lot: 0.1, region: 0.1 };
const LOT = '11111111-1111-4111-8111-111111111111';

function need(overrides: Partial<NeedFacts>): NeedFacts {
  return {
    id: 'n',
    councilCode: 'E08000035',
    region: 'Yorkshire and The Humber',
    title: '',
    description: '',
    cpvCodes: [],
    lotId: null,
    wantedStartDate: null,
    currentEndDate: null,
    ...overrides,
  };
}

const isoDate = fc.integer({ min: 0, max: 2000 }).map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
const cpvCode = fc.constantFrom('72260000', '72268000', '72212000', '72000000', '48000000', '48210000', '79341000', '79340000', '85310000', '90910000');
const words = fc.array(fc.constantFrom('revenues', 'benefits', 'housing', 'repairs', 'waste', 'collection', 'parking', 'permits', 'payments', 'portal'), { maxLength: 6 });
const needFacts = fc.record({
  id: fc.uuid(),
  councilCode: fc.constantFrom('E08000035', 'E07000110', 'E06000014'),
  region: fc.option(fc.constantFrom('Yorkshire and The Humber', 'South East'), { nil: null }),
  title: words.map((list) => list.join(' ')),
  description: words.map((list) => list.join(' ')),
  cpvCodes: fc.array(cpvCode, { maxLength: 4 }),
  lotId: fc.option(fc.constantFrom(LOT, '22222222-2222-4222-8222-222222222222'), { nil: null }),
  wantedStartDate: fc.option(isoDate, { nil: null }),
  currentEndDate: fc.option(isoDate, { nil: null }),
});

describe('need ↔ need partner score', () => {
  it('stays in [0, 1], is deterministic and symmetric, reasons included', () => {
    fc.assert(
      fc.property(needFacts, needFacts, (a, b) => {
        const ab = needPartnerScore(a, b, WEIGHTS);
        const ba = needPartnerScore(b, a, WEIGHTS);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(ba.score).toBeCloseTo(ab.score, 12);
        expect(ba.reasons.map((reason) => reason.text)).toEqual(ab.reasons.map((reason) => reason.text));
        expect(needPartnerScore(a, b, WEIGHTS)).toEqual(ab);
      }),
    );
  });

  it('never falls when both needs gain the same CPV code', () => {
    fc.assert(
      fc.property(needFacts, needFacts, cpvCode, (a, b, code) => {
        const before = needPartnerScore(a, b, WEIGHTS).score;
        const after = needPartnerScore({ ...a, cpvCodes: [...a.cpvCodes, code] }, { ...b, cpvCodes: [...b.cpvCodes, code] }, WEIGHTS).score;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it('scores timing 1 within 6 months, fading to 0 at 18', () => {
    const at = (end: string) => timingSimilarity({ wantedStartDate: null, currentEndDate: '2027-01-01' }, { wantedStartDate: null, currentEndDate: end });
    expect(at('2027-03-01')).toEqual({ score: 1, reasons: [{ code: 'timing', text: 'contracts end 2 months apart' }] });
    expect(at('2028-01-01').score).toBeCloseTo(0.5, 1);
    expect(at('2028-09-01').score).toBe(0);
    expect(timingSimilarity({ wantedStartDate: null, currentEndDate: null }, { wantedStartDate: '2027-01-01', currentEndDate: null }).score).toBe(0);
  });

  /**
   * Golden example. Leeds is replacing its revenues and benefits system (72260000 software services,
   * 48210000 network software is not it: 48 is software packages) with its contract ending in
   * January 2027. A buyer would put first Wakefield, same region, same CPV, same lot, contract ending
   * two months later; then Maidstone in the South East, buying the same thing on the same timing but
   * far away; then Bradford, a neighbour, but buying waste collection (90511000) two years later —
   * not a procurement to share. Bradford must fall below the 0.35 floor.
   */
  it('ranks partners as a buyer would', () => {
    const leeds = need({ id: 'leeds', councilCode: 'E08000035', title: 'Revenues and benefits system', cpvCodes: ['72260000'], lotId: LOT, currentEndDate: '2027-01-31' });
    const wakefield = need({ id: 'wakefield', councilCode: 'E08000036', title: 'Revenues & benefits software', cpvCodes: ['72260000', '72268000'], lotId: LOT, currentEndDate: '2027-03-31' });
    const maidstone = need({ id: 'maidstone', councilCode: 'E07000110', region: 'South East', title: 'Benefits processing software', cpvCodes: ['72260000'], currentEndDate: '2027-02-28' });
    const bradford = need({ id: 'bradford', councilCode: 'E08000032', title: 'Waste collection rounds', cpvCodes: ['90511000'], currentEndDate: '2029-01-31' });
    const ranked = rankPartners(leeds, [bradford, maidstone, wakefield], { weights: WEIGHTS, floor: 0.35, limit: 10 });
    expect(ranked.map((candidate) => candidate.partnerNeedId)).toEqual(['wakefield', 'maidstone']);
    expect(ranked[0].reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining(['both buy 72260000', 'contracts end 2 months apart', 'both in Yorkshire and The Humber']),
    );
  });

  it('orders equal partners by a hash of the pair, not by id spelling', () => {
    // Twenty identical candidates from twenty councils: only the tie-break orders them.
    const same = Array.from({ length: 20 }, (_, index) => need({ id: `need-${String(index).padStart(2, '0')}`, councilCode: `E0700${String(index).padStart(4, '0')}`, cpvCodes: ['72260000'] }));
    const leaders = new Set<string>();
    let firstWins = 0;
    for (let run = 0; run < 200; run += 1) {
      const [leader] = rankPartners(need({ id: `leeds-${run}`, cpvCodes: ['72260000'] }), same, { weights: WEIGHTS, floor: 0, limit: 1 });
      leaders.add(leader.partnerNeedId);
      if (leader.partnerNeedId === same[0].id) firstWins += 1;
    }
    expect(firstWins).toBeLessThan(40);
    expect(leaders.size).toBeGreaterThan(10);
  });

  it('never proposes a need of the same council, nor the need itself', () => {
    const leeds = need({ id: 'a', cpvCodes: ['72260000'] });
    expect(rankPartners(leeds, [leeds, need({ id: 'b', cpvCodes: ['72260000'] })], { weights: WEIGHTS, floor: 0, limit: 10 })).toEqual([]);
  });
});
