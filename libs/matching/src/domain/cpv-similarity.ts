import { MatchReason, Scored, unit } from './match-reason';

/**
 * The significant digits of a CPV code: its eight digits (a "-7" check digit is ignored) without
 * trailing zeros, keeping at least the two-digit division. 72260000 gives 7226, 72000000 gives 72.
 */
export function significantCpv(code: string): string {
  const digits = code.replace(/-\d$/, '').replace(/\D/g, '').slice(0, 8);
  let end = digits.length;
  while (end > 2 && digits[end - 1] === '0') end -= 1;
  return digits.slice(0, end);
}

/**
 * Common prefix length over the longer length, 0 across divisions (different first two digits):
 * 7226 and 7226 give 1, 7226 and 7221 give 3/4, 72 and 7226 give 2/4, 72 and 48 give 0.
 */
export function cpvCodeSimilarity(a: string, b: string): number {
  const left = significantCpv(a);
  const right = significantCpv(b);
  if (left.length < 2 || right.length < 2 || left.slice(0, 2) !== right.slice(0, 2)) return 0;
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common += 1;
  return common / Math.max(left.length, right.length);
}

function meanBest(from: readonly string[], to: readonly string[]): number {
  let total = 0;
  for (const code of from) total += Math.max(...to.map((other) => cpvCodeSimilarity(code, other)));
  return total / from.length;
}

/**
 * Each code's best match in the other set, averaged, then the two directions averaged, so the
 * score is symmetric and a set with one stray code is not judged by that code alone.
 */
export function cpvSetSimilarity(a: readonly string[], b: readonly string[]): Scored {
  const left = [...new Set(a)];
  const right = [...new Set(b)];
  if (left.length === 0 || right.length === 0) return { score: 0, reasons: [] };
  const score = unit((meanBest(left, right) + meanBest(right, left)) / 2);
  return { score, reasons: cpvReasons(left, right) };
}

function cpvReasons(left: readonly string[], right: readonly string[]): MatchReason[] {
  const rightSet = new Set(right);
  const shared = left.filter((code) => rightSet.has(code)).sort();
  const reasons: MatchReason[] = shared.map((code) => ({ code: 'shared-cpv', text: `both buy ${code}` }));
  if (reasons.length > 0) return reasons;
  // No exact code in common: name the closest pair when they share more than the division. The
  // pair is written in code order and ties go to the lower pair, so the reason reads the same both ways.
  let best: { pair: [string, string]; similarity: number } | null = null;
  for (const a of left) {
    for (const b of right) {
      const similarity = cpvCodeSimilarity(a, b);
      const pair: [string, string] = a < b ? [a, b] : [b, a];
      if (similarity === 0) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && pair.join() < best.pair.join())) best = { pair, similarity };
    }
  }
  if (!best) return [];
  const [first, second] = best.pair;
  const prefix = commonPrefix(significantCpv(first), significantCpv(second));
  return [{ code: 'related-cpv', text: `${first} and ${second} are both in CPV group ${prefix.padEnd(8, '0')}` }];
}

function commonPrefix(a: string, b: string): string {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return a.slice(0, length);
}
