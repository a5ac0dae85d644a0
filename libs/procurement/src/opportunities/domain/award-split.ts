/**
 * Splits an award value (pence) between participants in proportion to their value shares, by the
 * largest-remainder method: everyone gets the whole pence of their exact quota, and the pence left
 * over go one each to the largest fractional remainders. The parts always sum to the total exactly.
 * Ties between equal remainders go to the earlier participant (the lead comes first), so the split
 * is deterministic.
 */
export function splitAward(totalPence: bigint, shares: readonly bigint[]): bigint[] {
  if (totalPence < 0n) throw new RangeError('the award value cannot be negative');
  if (shares.length === 0) throw new RangeError('there must be at least one share');
  if (shares.some((share) => share < 0n)) throw new RangeError('a share cannot be negative');
  const sum = shares.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError('the shares cannot all be zero');

  const parts = shares.map((share) => (totalPence * share) / sum);
  // The remainder of each exact quota, in units of 1/sum of a penny: comparable as integers.
  const remainders = shares.map((share, index) => ({ index, remainder: (totalPence * share) % sum }));
  let left = totalPence - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts;
}
