import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from '@app/shared';

// The constraint that explains a field best comes first: a wrong type says more than a length.
const FIRST_CONSTRAINTS = ['whitelistValidation', 'isDefined', 'isNotEmpty', 'isString', 'isBoolean', 'isInt', 'isNumber', 'isArray', 'isObject', 'isEnum', 'isIn'];

function messageFor(error: ValidationError, path: string): string | undefined {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return undefined;
  if (names.includes('whitelistValidation')) return `${path} is not a recognised field`;
  // A missing field is "required", not "must be shorter than 160 characters".
  if (error.value === undefined) return `${path} is required`;
  const best = FIRST_CONSTRAINTS.find((name) => names.includes(name)) ?? names[0];
  return constraints[best].replace(new RegExp(`^${error.property}\\b`), path);
}

/** Flattens class-validator's tree into `offices[0].councilCode`-style paths, one message each. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const message = messageFor(error, path);
    const own = message ? [{ field: path, message }] : [];
    return [...own, ...fieldErrorsOf(error.children ?? [], path)];
  });
}

/** Unknown fields are refused, types are checked, and the error names every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The value is kept only to tell a missing field from a wrong one; it never reaches the response.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => {
      const fieldErrors = fieldErrorsOf(errors);
      const detail = `Invalid request: ${fieldErrors.map((error) => error.message).join('; ')}`;
      return new DomainError('bad_request', 'INVALID_REQUEST', detail, fieldErrors);
    },
  });
}
