import { significantCpv } from '../domain/cpv-similarity';

/**
 * A set of CPV codes cut at the depths the prefilters compare: the division (2 digits), the group
 * (3), the class (4) and each code's own significant digits. `cpv_prefixes` (listings and needs)
 * holds every leading substring of a row's codes, so "shares the group of one of these codes" is
 * one GIN-indexed `&&`, and "has this prefix" one array containment, with no per-row subquery.
 */
export interface CpvTiers {
  /** Significant codes, sorted: 72260000 gives 7226. */
  significant: string[];
  classes: string[];
  groups: string[];
  divisions: string[];
}

export function cpvTiersOf(codes: readonly string[]): CpvTiers {
  const significant = [...new Set(codes.map(significantCpv).filter((code) => code.length >= 2))].sort();
  const cut = (length: number) => [...new Set(significant.filter((code) => code.length >= length).map((code) => code.slice(0, length)))].sort();
  return { significant, classes: cut(4), groups: cut(3), divisions: cut(2) };
}

/**
 * SQL for a cheap stand-in for cpvSetSimilarity(codes, row's codes) in [0, 1], from array
 * containment tests on the row's codes and prefixes (no per-row subquery). For each of our
 * significant codes, the closest of the row's codes: the same code, a longer code under it, or
 * the deepest shared prefix, scored as the exact similarity (shared prefix over the longer length)
 * would at most score it; averaged over our codes; then, for the
 * other direction, scaled down when the row has more codes than we do (its extra codes match
 * nothing of ours). Our codes are digits only (significantCpv), so they are written into the SQL.
 */
export function cpvProxySql(prefixColumn: string, codesColumn: string, tiers: CpvTiers): string {
  const codes = tiers.significant.filter((code) => /^\d{2,8}$/.test(code));
  if (codes.length === 0) return '0::float8';
  const perCode = codes.map((code) => {
    // From the division down, stopping at the first prefix the row lacks (prefix arrays hold every
    // shorter prefix too), so most rows cost one or two containment tests: a shared prefix scores
    // its length over ours; our whole code under a longer one of theirs at most our length over
    // one more; their very code 1.
    const has = (prefix: string) => `${prefixColumn} @> ARRAY['${prefix}']`;
    const steps = Array.from({ length: code.length - 1 }, (_, index) => index + 2).map(
      (depth) => `WHEN NOT ${has(code.slice(0, depth))} THEN ${(depth - 1 < 2 ? 0 : depth - 1) / code.length}`,
    );
    return `CASE ${steps.join(' ')} WHEN ${codesColumn} @> ARRAY['${code.padEnd(8, '0')}'] THEN 1 ELSE ${code.length / (code.length + 1)} END`;
  });
  const fromOurs = `((${perCode.map((sql) => `(${sql})`).join(' + ')})::float8 / ${codes.length})`;
  return `(${fromOurs} * (1 + least(1, ${codes.length}::float8 / greatest(cardinality(${codesColumn}), 1))) / 2)`;
}
