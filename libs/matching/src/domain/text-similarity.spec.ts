import fc from 'fast-check';
import { textSimilarity, wordsOf } from './text-similarity';

const words = fc.array(fc.constantFrom('revenues', 'benefits', 'housing', 'repairs', 'waste', 'collection', 'the', 'and', 'Council', 'tax', 'a'), { maxLength: 8 });
const text = words.map((list) => list.join(' '));

describe('text similarity', () => {
  it('normalises words: case, plural s, short and stop words dropped', () => {
    expect([...wordsOf('The Benefits of a Housing System')].sort()).toEqual(['benefit', 'housing']);
    expect(textSimilarity('Housing repairs', 'housing REPAIR').score).toBe(1);
  });

  it('stays in [0, 1], is symmetric, and gives the same answer however calls interleave', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const ab = textSimilarity(a, b);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a).score).toBeCloseTo(ab.score, 12);
        // The left text's words are remembered between calls: a different left text in between
        // must not leak into the next answer.
        textSimilarity(c, a);
        expect(textSimilarity(a, b)).toEqual(ab);
      }),
    );
  });
});
