import fc from 'fast-check';
import { cpvCodeSimilarity, cpvSetSimilarity, significantCpv } from './cpv-similarity';

/** Real-looking CPV codes: a division 03-98 and six more digits, often ending in zeros. */
const cpvCode = fc
  .tuple(fc.integer({ min: 3, max: 98 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([division, zeros, rest]) => {
    const tail = String(rest).padStart(6, '0').slice(0, 6 - zeros).padEnd(6, '0');
    return `${String(division).padStart(2, '0')}${tail}`;
  });
const cpvSet = fc.array(cpvCode, { minLength: 0, maxLength: 6 });

describe('CPV similarity (DESIGN §4)', () => {
  it('keeps the significant digits, at least the division', () => {
    expect(significantCpv('72260000')).toBe('7226');
    expect(significantCpv('72000000')).toBe('72');
    expect(significantCpv('70000000')).toBe('70');
    expect(significantCpv('48000000-8')).toBe('48');
    expect(significantCpv('72268000')).toBe('72268');
  });

  it('is common prefix over the longer length, and 0 across divisions', () => {
    expect(cpvCodeSimilarity('72260000', '72260000')).toBe(1);
    // 7226 vs 72268: prefix 4 of 5.
    expect(cpvCodeSimilarity('72260000', '72268000')).toBeCloseTo(4 / 5);
    // 72 vs 7226: prefix 2 of 4.
    expect(cpvCodeSimilarity('72000000', '72260000')).toBeCloseTo(2 / 4);
    // Software packages (48) and software services (72) are different divisions.
    expect(cpvCodeSimilarity('48000000', '72000000')).toBe(0);
  });

  it('averages the best matches both ways', () => {
    // From {7226}: best 1. From {7226, 4821}: 1 and 0, mean 0.5. Both ways: 0.75.
    expect(cpvSetSimilarity(['72260000'], ['72260000', '48210000']).score).toBeCloseTo(0.75);
    expect(cpvSetSimilarity([], ['72260000']).score).toBe(0);
  });

  it('says which codes are shared, or the group two codes share', () => {
    expect(cpvSetSimilarity(['72260000'], ['72260000']).reasons).toEqual([{ code: 'shared-cpv', text: 'both buy 72260000' }]);
    expect(cpvSetSimilarity(['72261000'], ['72268000']).reasons[0].text).toBe('72261000 and 72268000 are both in CPV group 72260000');
  });

  it('stays in [0, 1], is symmetric and deterministic', () => {
    fc.assert(
      fc.property(cpvSet, cpvSet, (a, b) => {
        const ab = cpvSetSimilarity(a, b).score;
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(cpvSetSimilarity(b, a).score).toBeCloseTo(ab, 12);
        expect(cpvSetSimilarity(a, b)).toEqual(cpvSetSimilarity(a, b));
      }),
    );
  });

  it('never falls when both sides gain the same code', () => {
    fc.assert(
      fc.property(cpvSet, cpvSet, cpvCode, (a, b, shared) => {
        const before = cpvSetSimilarity(a, b).score;
        const after = cpvSetSimilarity([...a, shared], [...b, shared]).score;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });
});
