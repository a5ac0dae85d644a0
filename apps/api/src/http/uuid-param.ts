import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@app/shared';

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 that names the parameter. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('bad_request', 'INVALID_REQUEST', `${name} must be a UUID`, [{ field: name, message: `${name} must be a UUID` }]),
  });
}
