import { accountFieldErrors } from './account-fields';

const good = { email: 'jo@leeds.gov.uk', password: 'correct horse battery', fullName: 'Jo Bloggs' };

describe('account fields', () => {
  it('accepts a sensible account', () => {
    expect(accountFieldErrors(good)).toEqual([]);
  });

  it('names every bad field', () => {
    const errors = accountFieldErrors({ email: 'not an email', password: 'short', fullName: '   ' });
    expect(errors.map((error) => error.field)).toEqual(['email', 'fullName', 'password']);
  });

  it('refuses oversize values', () => {
    expect(accountFieldErrors({ ...good, email: `${'a'.repeat(250)}@x.uk` })[0].field).toBe('email');
    expect(accountFieldErrors({ ...good, fullName: 'n'.repeat(201) })[0].field).toBe('fullName');
  });
});
