import { DomainError } from '@app/shared';
import { readSignInForm } from './sign-in.form';

function fieldErrorsOf(body: unknown): Array<{ field: string; message: string }> {
  try {
    readSignInForm(body);
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected the form to be refused');
}

describe('readSignInForm', () => {
  it('names each missing field', () => {
    expect(fieldErrorsOf({})).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('refuses an email address that is not one', () => {
    expect(fieldErrorsOf({ email: 'buyer.example.org', password: 'x' })).toEqual([
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
    ]);
  });

  it('trims the email, keeps the password exactly and drops a return address that leaves the site', () => {
    expect(readSignInForm({ email: ' buyer@kent.gov.uk ', password: ' pass word ', returnTo: '//evil.example' })).toEqual({
      email: 'buyer@kent.gov.uk',
      password: ' pass word ',
      returnTo: undefined,
    });
    expect(readSignInForm({ email: 'a@b.org', password: 'p', returnTo: '/account' }).returnTo).toBe('/account');
  });
});
