import type { FieldError } from '@app/shared';
import { passwordProblem } from './password-policy';

/** RFC 5321 caps a forward path at 256 octets, so an address is at most 254 characters. */
export const EMAIL_MAX_LENGTH = 254;
export const FULL_NAME_MAX_LENGTH = 200;

// Deliberately loose: the transports check the format strictly; this only keeps nonsense out of the table.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AccountFields {
  email: string;
  password: string;
  fullName: string;
}

/** Every problem with the fields an account is made from, each naming its field. */
export function accountFieldErrors(fields: AccountFields): FieldError[] {
  const errors: FieldError[] = [];
  const email = fields.email.trim();
  if (!EMAIL_SHAPE.test(email) || email.length > EMAIL_MAX_LENGTH) {
    errors.push({ field: 'email', message: 'email must be an email address' });
  }
  const name = fields.fullName.trim();
  if (name.length === 0) errors.push({ field: 'fullName', message: 'fullName must not be empty' });
  else if (name.length > FULL_NAME_MAX_LENGTH) {
    errors.push({ field: 'fullName', message: `fullName must be at most ${FULL_NAME_MAX_LENGTH} characters` });
  }
  const password = passwordProblem(fields.password);
  if (password) errors.push({ field: 'password', message: password });
  return errors;
}
