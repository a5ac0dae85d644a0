import { isCompanyNumber, normaliseCompanyNumber } from './company-number';
import { isEmailDomain, isSharedEmailDomain, normaliseEmailDomain } from './email-domain';
import { isPostcode, normalisePostcode } from './postcode';
import { isVatNumber, normaliseVatNumber } from './vat-number';

describe('company numbers', () => {
  it('normalises spaces, case and missing leading zeros', () => {
    expect(normaliseCompanyNumber(' 0123 4567 ')).toBe('01234567');
    expect(normaliseCompanyNumber('1234567')).toBe('01234567');
    expect(normaliseCompanyNumber('4567')).toBe('00004567');
    expect(normaliseCompanyNumber('sc 123456')).toBe('SC123456');
  });

  it('accepts 8 digits or a Companies House prefix and 6 digits', () => {
    for (const valid of ['01234567', '12345678', 'SC123456', 'NI012345', 'OC301234', 'LP001234', 'FC012345', 'CE000123', 'OE001234']) {
      expect(isCompanyNumber(normaliseCompanyNumber(valid))).toBe(true);
    }
  });

  it('refuses other shapes and prefixes Companies House does not issue', () => {
    for (const invalid of ['123456789', 'XX123456', 'SC12345', 'SC1234567', 'S1234567', '1234-567', '', 'ABCDEFGH', '00000000', 'SC000000']) {
      expect(isCompanyNumber(normaliseCompanyNumber(invalid))).toBe(false);
    }
  });
});

describe('VAT numbers', () => {
  it('accepts GB and 9 or 12 digits, written with spaces or without the prefix', () => {
    expect(normaliseVatNumber('gb 123 4567 89')).toBe('GB123456789');
    expect(normaliseVatNumber('123456789')).toBe('GB123456789');
    expect(isVatNumber(normaliseVatNumber('GB123456789012'))).toBe(true);
  });

  it('refuses anything else', () => {
    for (const invalid of ['GB12345678', 'GB1234567890', 'FR123456789', 'GBABCDEFGHI']) {
      expect(isVatNumber(normaliseVatNumber(invalid))).toBe(false);
    }
  });
});

describe('postcodes', () => {
  it('normalises and accepts UK postcodes', () => {
    expect(normalisePostcode(' me141xq ')).toBe('ME14 1XQ');
    for (const valid of ['ME14 1XQ', 'SW1A 1AA', 'EC1A 1BB', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'LS1 1UR', 'GIR 0AA']) {
      expect(isPostcode(normalisePostcode(valid))).toBe(true);
    }
  });

  it('refuses malformed postcodes', () => {
    for (const invalid of ['ME14', '12345', 'ME14 1CI', 'QWERTY', 'ME14 11X', 'ABC1 1AA']) {
      expect(isPostcode(normalisePostcode(invalid))).toBe(false);
    }
  });
});

describe('email domains', () => {
  it('accepts domain names and normalises them', () => {
    expect(normaliseEmailDomain(' @Kent.GOV.uk. ')).toBe('kent.gov.uk');
    expect(isEmailDomain('kent.gov.uk')).toBe(true);
    expect(isEmailDomain('west-yorks.gov.uk')).toBe(true);
  });

  it('refuses things that are not domain names, and shared domains', () => {
    for (const invalid of ['kent', 'kent..gov.uk', '-kent.gov.uk', 'kent.gov.uk/x', 'a b.gov.uk', 'kent.gov.123', `${'a'.repeat(64)}.gov.uk`]) {
      expect(isEmailDomain(invalid)).toBe(false);
    }
    expect(isSharedEmailDomain('gov.uk')).toBe(true);
    expect(isSharedEmailDomain('gmail.com')).toBe(true);
    expect(isSharedEmailDomain('kent.gov.uk')).toBe(false);
  });
});
