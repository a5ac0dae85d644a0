import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from '@app/shared';

/** Flattens class-validator's tree into `offices[0].councilCode`-style paths, one message each. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path,
      // class-validator says "property x should not exist"; say it the way a person reads it.
      message: message.startsWith('property ') ? `${path} is not a recognised field` : message,
    }));
    return [...own.slice(0, 1), ...fieldErrorsOf(error.children ?? [], path)];
  });
}

/** Unknown fields are refused, types are checked, and the error names every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = fieldErrorsOf(errors);
      const detail = `Invalid request: ${fieldErrors.map((error) => error.message).join('; ')}`;
      return new DomainError('bad_request', 'INVALID_REQUEST', detail, fieldErrors);
    },
  });
}
