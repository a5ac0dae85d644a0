import { emailDomainOf, isOnEmailDomains, normaliseEmail } from './email';

describe('email', () => {
  it('normalises to lower case without surrounding spaces', () => {
    expect(normaliseEmail('  Jo.Bloggs@Leeds.GOV.uk ')).toBe('jo.bloggs@leeds.gov.uk');
  });

  it('takes the domain after the last @', () => {
    expect(emailDomainOf('"a@b"@Kent.gov.uk')).toBe('kent.gov.uk');
    expect(emailDomainOf('no-at-sign')).toBe('');
  });

  it('accepts the council domain and its subdomains, whatever the case', () => {
    const domains = ['leeds.gov.uk', '@Kent.gov.uk'];
    expect(isOnEmailDomains('jo@leeds.gov.uk', domains)).toBe(true);
    expect(isOnEmailDomains('jo@Digital.Leeds.gov.uk', domains)).toBe(true);
    expect(isOnEmailDomains('jo@kent.gov.uk', domains)).toBe(true);
  });

  it('refuses look-alike domains and empty lists', () => {
    expect(isOnEmailDomains('jo@notleeds.gov.uk', ['leeds.gov.uk'])).toBe(false);
    expect(isOnEmailDomains('jo@leeds.gov.uk.evil.example', ['leeds.gov.uk'])).toBe(false);
    expect(isOnEmailDomains('jo@gmail.com', ['leeds.gov.uk'])).toBe(false);
    expect(isOnEmailDomains('jo@leeds.gov.uk', [])).toBe(false);
    expect(isOnEmailDomains('jo@leeds.gov.uk', [''])).toBe(false);
  });
});
