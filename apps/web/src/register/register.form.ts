import { EMAIL_MAX_LENGTH, FULL_NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@app/identity';
import type { Registration, SelfRegisteredRole } from '@app/identity';
import { DomainError, FieldError } from '@app/shared';

// Shape only; whether the address is already registered is AuthService's to keep quiet about.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

function isRole(value: string): value is SelfRegisteredRole {
  return value === 'supplier' || value === 'buyer';
}

/**
 * The registration form as typed, or a validation error naming each field in GOV.UK's words.
 * `isCouncil` checks a buyer's choice against the council list the page offered.
 */
export function readRegisterForm(body: unknown, isCouncil: (gssCode: string) => boolean): Registration {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const email = text(fields, 'email').trim();
  const fullName = text(fields, 'fullName').trim();
  const password = text(fields, 'password');
  const role = text(fields, 'role');
  const councilCode = text(fields, 'councilCode').trim();
  const errors: FieldError[] = [];

  if (!email) errors.push({ field: 'email', message: 'Enter your email address' });
  else if (email.length > EMAIL_MAX_LENGTH || !EMAIL_SHAPE.test(email)) {
    errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (!fullName) errors.push({ field: 'fullName', message: 'Enter your full name' });
  else if (fullName.length > FULL_NAME_MAX_LENGTH) {
    errors.push({ field: 'fullName', message: `Full name must be ${FULL_NAME_MAX_LENGTH} characters or fewer` });
  }
  if (!password) errors.push({ field: 'password', message: 'Enter a password' });
  else if (password.length < PASSWORD_MIN_LENGTH) {
    errors.push({ field: 'password', message: `Password must be ${PASSWORD_MIN_LENGTH} characters or more` });
  } else if (password.length > PASSWORD_MAX_LENGTH) {
    errors.push({ field: 'password', message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` });
  }
  if (!isRole(role)) errors.push({ field: 'role', message: 'Select whether you work for a supplier or a council' });
  else if (role === 'buyer' && !councilCode) errors.push({ field: 'councilCode', message: 'Select your council' });
  else if (role === 'buyer' && !isCouncil(councilCode)) errors.push({ field: 'councilCode', message: 'Select a council from the list' });

  if (errors.length > 0 || !isRole(role)) throw DomainError.validation('REGISTER_FORM_INVALID', errors);
  return { email, fullName, password, role, councilCode: role === 'buyer' ? councilCode : null };
}
