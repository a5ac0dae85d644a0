import { isScore, rankResponses, ScoredResponse, weightedTotal } from './scoring';

const criteria = [
  { id: 'quality', weight: 60 },
  { id: 'social-value', weight: 10 },
  { id: 'price', weight: 30 },
];

const response = (id: string, pounds: number, scores: Record<string, number>): ScoredResponse => ({
  id,
  pricePence: BigInt(pounds * 100),
  scores: new Map(Object.entries(scores)),
});

describe('weightedTotal', () => {
  it('weights each criterion score by its percentage, exactly', () => {
    // 60 × 80 + 10 × 55 + 30 × 91 = 4800 + 550 + 2730 = 8080 hundredths = 80.80 points.
    expect(weightedTotal(criteria, new Map([['quality', 80], ['social-value', 55], ['price', 91]]))).toEqual({ hundredths: 8080, complete: true });
    expect(weightedTotal(criteria, new Map([['quality', 100], ['social-value', 100], ['price', 100]])).hundredths).toBe(10_000);
  });

  it('says when a criterion is still unscored', () => {
    expect(weightedTotal(criteria, new Map([['quality', 50]]))).toEqual({ hundredths: 3000, complete: false });
  });
});

describe('rankResponses', () => {
  it('ranks by weighted total, highest first', () => {
    const ranked = rankResponses(criteria, [
      response('a', 1000, { quality: 70, 'social-value': 70, price: 70 }), // 70.00
      response('b', 1000, { quality: 90, 'social-value': 10, price: 60 }), // 54 + 1 + 18 = 73.00
      response('c', 1000, { quality: 60, 'social-value': 100, price: 80 }), // 36 + 10 + 24 = 70.00
    ]);
    expect(ranked.map(({ id, weightedScore, rank }) => [id, weightedScore, rank])).toEqual([
      ['b', 73, 1],
      ['a', 70, 2],
      ['c', 70, 2],
    ]);
  });

  it('breaks an equal total on the lower price, and shares a rank only when both are equal', () => {
    const ranked = rankResponses(criteria, [
      response('dear', 2000, { quality: 50, 'social-value': 50, price: 50 }),
      response('cheap', 1500, { quality: 50, 'social-value': 50, price: 50 }),
      response('best', 9000, { quality: 51, 'social-value': 50, price: 50 }),
    ]);
    expect(ranked.map(({ id, rank }) => [id, rank])).toEqual([
      ['best', 1],
      ['cheap', 2],
      ['dear', 3],
    ]);
    expect(ranked[0].weightedScore).toBe(50.6);
  });

  it('leaves responses not fully scored unranked, after the ranked ones', () => {
    const ranked = rankResponses(criteria, [
      response('partial', 100, { quality: 100, 'social-value': 100 }),
      response('low', 100, { quality: 1, 'social-value': 1, price: 1 }),
    ]);
    expect(ranked).toEqual([
      { id: 'low', weightedScore: 1, complete: true, rank: 1 },
      { id: 'partial', weightedScore: 70, complete: false, rank: null },
    ]);
  });

  it('answers an empty list with an empty ranking', () => {
    expect(rankResponses(criteria, [])).toEqual([]);
  });
});

describe('isScore', () => {
  it('takes whole numbers from 0 to 100 only', () => {
    for (const good of [0, 1, 55, 100]) expect(isScore(good)).toBe(true);
    for (const bad of [-1, 101, 5.5, Number.NaN, '50', null]) expect(isScore(bad)).toBe(false);
  });
});
