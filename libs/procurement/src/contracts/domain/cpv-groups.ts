/**
 * CPV codes as procurement compares them.
 *
 * "Similar CPV" is the same CPV group: the first three digits (722 in 72260000, software-related
 * services). Divisions (two digits, 72 = IT services) are too broad to compare prices across, and
 * classes (four digits) too narrow for a register where councils classify the same service a
 * little differently.
 */
export function cpvGroupOf(code: string): string {
  return code.slice(0, 3);
}

export function cpvGroupsOf(codes: readonly string[]): string[] {
  return [...new Set(codes.map(cpvGroupOf))].sort();
}

/**
 * Every leading substring of every code from 2 to 8 digits (72260000 gives 72, 722, 7226, ...),
 * stored beside the codes so that "CPV starts with X" and "shares a group" are GIN containment and
 * overlap tests on one column.
 */
export function cpvPrefixesOf(codes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const code of codes) for (let length = 2; length <= code.length; length += 1) prefixes.add(code.slice(0, length));
  return [...prefixes].sort();
}

export function sharesCpvGroup(a: readonly string[], b: readonly string[]): boolean {
  const groups = new Set(a.map(cpvGroupOf));
  return b.some((code) => groups.has(cpvGroupOf(code)));
}

/** A CPV filter: 2 to 8 digits, matched against the start of each code. */
export function isCpvFilter(value: string): boolean {
  return /^\d{2,8}$/.test(value);
}
