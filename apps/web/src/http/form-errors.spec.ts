import { formErrors, formValues, retryMessage } from './form-errors';

describe('form errors', () => {
  it('links each field once, in the order the errors came', () => {
    const errors = formErrors([
      { field: 'email', message: 'Enter your email address' },
      { field: 'offices.0', message: 'Select a council' },
      { field: 'email', message: 'A second message for email' },
    ]);
    expect(errors.summary).toEqual([
      { text: 'Enter your email address', href: '#email' },
      { text: 'Select a council', href: '#offices-0' },
    ]);
    expect(errors.byField.email).toEqual({ text: 'Enter your email address' });
  });

  it('falls back to the message when no field is named', () => {
    expect(formErrors([], 'Too many attempts').summary).toEqual([{ text: 'Too many attempts' }]);
  });

  it('never puts a password or the CSRF token back into the form', () => {
    expect(formValues({ email: 'a@b.org', password: 'secret', newPassword: 'x', _csrf: 't', n: 3 })).toEqual({
      email: 'a@b.org',
    });
  });

  it('rounds the wait up to whole minutes', () => {
    expect(retryMessage(900)).toBe('Too many attempts, try again in 15 minutes');
    expect(retryMessage(61)).toBe('Too many attempts, try again in 2 minutes');
    expect(retryMessage(5)).toBe('Too many attempts, try again in 1 minute');
  });
});
