/** Addresses are compared lower-cased and trimmed, the form they are stored in. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The part after the last '@', lower-cased; '' when there is none. */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normaliseEmail(email.slice(at + 1));
}

function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/**
 * True when the address is on one of the domains or on a subdomain of one (a council that lists
 * leeds.gov.uk controls digital.leeds.gov.uk too). Never a suffix match on a bare string, so
 * notleeds.gov.uk does not pass for leeds.gov.uk.
 */
export function isOnEmailDomains(email: string, domains: readonly string[]): boolean {
  const domain = emailDomainOf(email).replace(/\.$/, '');
  if (!domain) return false;
  return domains.map(normaliseDomain).some((allowed) => allowed !== '' && (domain === allowed || domain.endsWith(`.${allowed}`)));
}
