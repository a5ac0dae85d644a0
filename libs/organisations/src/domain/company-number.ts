/**
 * Companies House registration numbers: eight characters, either eight digits (England and Wales)
 * or a two-letter prefix and six digits. Only prefixes Companies House is known to issue in that
 * shape are accepted; a number outside this list is far more likely a typo than a real company.
 * Left out on purpose: R0 (pre-partition Northern Ireland, not two letters), and the registered
 * society, industrial and provident and investment company prefixes (IP, SP, NP, IC, SI, NV, RC,
 * SR), whose numbers do not reliably follow the two-letters-six-digits shape or whose use by
 * Companies House could not be confirmed.
 */
export const COMPANY_NUMBER_PREFIXES: Readonly<Record<string, string>> = {
  SC: 'Scottish company',
  NI: 'Northern Ireland company',
  OC: 'Limited liability partnership, England and Wales',
  SO: 'Limited liability partnership, Scotland',
  NC: 'Limited liability partnership, Northern Ireland',
  LP: 'Limited partnership, England and Wales',
  SL: 'Limited partnership, Scotland',
  NL: 'Limited partnership, Northern Ireland',
  SG: 'Scottish qualifying partnership',
  FC: 'Overseas company',
  SF: 'Overseas company registered in Scotland before October 2009',
  NF: 'Overseas company registered in Northern Ireland before October 2009',
  GE: 'European Economic Interest Grouping, England and Wales',
  GS: 'European Economic Interest Grouping, Scotland',
  GN: 'European Economic Interest Grouping, Northern Ireland',
  SE: 'European company (Societas Europaea), England and Wales',
  ES: 'European company (Societas Europaea), Scotland',
  EN: 'European company (Societas Europaea), Northern Ireland',
  AC: 'Assurance company, England and Wales',
  SA: 'Assurance company, Scotland',
  NA: 'Assurance company, Northern Ireland',
  ZC: 'Unregistered company, England and Wales',
  SZ: 'Unregistered company, Scotland',
  NZ: 'Unregistered company, Northern Ireland',
  CE: 'Charitable incorporated organisation',
  CS: 'Scottish charitable incorporated organisation',
  OE: 'Overseas entity (Register of Overseas Entities)',
};

/** Trim, upper-case, drop spaces, and restore the leading zeros people often leave off an all-digit number. */
export function normaliseCompanyNumber(raw: string): string {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
  return /^\d{1,7}$/.test(compact) ? compact.padStart(8, '0') : compact;
}

/** Expects a normalised number. */
export function isCompanyNumber(value: string): boolean {
  if (/^\d{8}$/.test(value)) return value !== '00000000';
  const match = /^([A-Z]{2})(\d{6})$/.exec(value);
  return match !== null && match[1] in COMPANY_NUMBER_PREFIXES && match[2] !== '000000';
}
