// Each label 1–63 letters, digits or inner hyphens; at least two labels; the last one alphabetic.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const MAX_EMAIL_DOMAIN_LENGTH = 253;
export const MAX_EMAIL_DOMAINS = 20;

/**
 * Domains shared by many organisations. Approving everyone on one of these for a single council
 * would let anyone with such an address buy on the council's behalf.
 */
const SHARED_DOMAINS = new Set([
  'gov.uk',
  'org.uk',
  'co.uk',
  'ac.uk',
  'nhs.uk',
  'nhs.net',
  'police.uk',
  'sch.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'net.uk',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.co.uk',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'aol.com',
  'btinternet.com',
  'proton.me',
  'protonmail.com',
]);

export function normaliseEmailDomain(raw: string): string {
  return raw.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/** Expects a normalised domain, such as `kent.gov.uk`. */
export function isEmailDomain(value: string): boolean {
  if (value.length === 0 || value.length > MAX_EMAIL_DOMAIN_LENGTH) return false;
  const labels = value.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /^[a-z]{2,}$/.test(labels[labels.length - 1]);
}

export function isSharedEmailDomain(value: string): boolean {
  return SHARED_DOMAINS.has(value);
}
