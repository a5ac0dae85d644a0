// Outward code (area letters, district digit and optional letter or digit), then the inward code
// (digit and two letters that are never C, I, K, M, O or V). GIR 0AA is the one historic exception.
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}$/;

/** Upper-cased with a single space before the inward code, the way Royal Mail writes it. */
export function normalisePostcode(raw: string): string {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export function isPostcode(value: string): boolean {
  return POSTCODE.test(value);
}
