/** UK VAT registration numbers: GB and 9 digits, or GB and 12 for a branch of a group registration. */
export function normaliseVatNumber(raw: string): string {
  const compact = raw.trim().toUpperCase().replace(/[\s.-]+/g, '');
  // People often write the digits alone; the GB prefix is implied for a UK registration.
  return /^(\d{9}|\d{12})$/.test(compact) ? `GB${compact}` : compact;
}

export function isVatNumber(value: string): boolean {
  return /^GB(\d{9}|\d{12})$/.test(value);
}
