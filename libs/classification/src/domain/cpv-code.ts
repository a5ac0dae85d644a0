export const CPV_LEVELS = ['division', 'group', 'class', 'category', 'subcategory'] as const;
export type CpvLevel = (typeof CPV_LEVELS)[number];

/**
 * A CPV code as people write it: eight digits, optionally with the check digit (`72000000-5`).
 * Returns the eight digits, or null when the text is not a CPV code.
 */
export function parseCpvCode(raw: string): string | null {
  const match = /^(\d{8})(?:-\d)?$/.exec(raw.trim());
  return match ? match[1] : null;
}

/** A code prefix for browsing the tree: 2 to 8 digits (72 is a division, 722 a group within it). */
export function isCpvPrefix(value: string): boolean {
  return /^\d{1,8}$/.test(value);
}

export function isCpvLevel(value: string): value is CpvLevel {
  return (CPV_LEVELS as readonly string[]).includes(value);
}
