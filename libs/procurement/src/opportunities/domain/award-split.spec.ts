import { splitAward } from './award-split';

const sum = (parts: bigint[]) => parts.reduce((a, b) => a + b, 0n);

describe('splitAward (largest remainder)', () => {
  it('splits in proportion when the shares divide exactly', () => {
    expect(splitAward(100_000n, [60n, 40n])).toEqual([60_000n, 40_000n]);
    expect(splitAward(100_000n, [1n])).toEqual([100_000n]);
  });

  it('gives the left-over pence to the largest remainders, and the parts sum to the total to the penny', () => {
    // £100.00 three ways: 3333.33… each; one penny is left and goes to the first (equal remainders).
    expect(splitAward(10_000n, [1n, 1n, 1n])).toEqual([3334n, 3333n, 3333n]);
    // Quotas 1428.57, 2857.14, 5714.28: remainders .57, .14, .28 → the penny goes to the first.
    expect(splitAward(10_000n, [1n, 2n, 4n])).toEqual([1429n, 2857n, 5714n]);
    // Quotas 33.33 and 66.66: a penny left, and the larger remainder (.66) takes it.
    expect(splitAward(100n, [1_000n, 2_000n, 0n])).toEqual([33n, 67n, 0n]);
  });

  it('always sums to the award value exactly, whatever the shares', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let round = 0; round < 500; round += 1) {
      const total = BigInt(next()) * 1_000n + BigInt(next() % 1000);
      const shares = Array.from({ length: 1 + (next() % 7) }, () => BigInt(next() % 5_000_000));
      if (sum(shares) === 0n) shares[0] = 1n;
      const parts = splitAward(total, shares);
      expect(sum(parts)).toBe(total);
      // No part is more than a penny away from its exact quota.
      parts.forEach((part, index) => {
        const exactTimesSum = total * shares[index];
        const scaled = part * sum(shares);
        expect(scaled - exactTimesSum < sum(shares) && exactTimesSum - scaled < sum(shares)).toBe(true);
      });
    }
  });

  it('keeps huge values exact (no float anywhere)', () => {
    const total = 9_999_999_999_999_99n;
    const parts = splitAward(total, [3n, 3n, 3n]);
    expect(sum(parts)).toBe(total);
    expect(parts).toEqual([333_333_333_333_333n, 333_333_333_333_333n, 333_333_333_333_333n]);
  });

  it('refuses shares it cannot split by', () => {
    expect(() => splitAward(100n, [])).toThrow(RangeError);
    expect(() => splitAward(100n, [0n, 0n])).toThrow(RangeError);
    expect(() => splitAward(100n, [-1n, 2n])).toThrow(RangeError);
    expect(() => splitAward(-1n, [1n])).toThrow(RangeError);
  });
});
