import { DomainError, FieldError } from '@app/shared';
import { safeReturnTo } from '../http/return-to';

export interface SignInForm {
  email: string;
  password: string;
  returnTo?: string;
}

// Shape only; whether the account exists is for AuthService to say (and not to reveal).
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** The sign-in form as typed, or a validation error naming each field in GOV.UK's words. */
export function readSignInForm(body: unknown): SignInForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const email = text(fields, 'email').trim();
  const password = text(fields, 'password');
  const errors: FieldError[] = [];
  if (!email) {
    errors.push({ field: 'email', message: 'Enter your email address' });
  } else if (email.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(email)) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  if (errors.length > 0) throw DomainError.validation('SIGN_IN_FORM_INVALID', errors);
  return { email, password, returnTo: safeReturnTo(fields.returnTo) };
}
